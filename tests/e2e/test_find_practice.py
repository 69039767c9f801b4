"""Find a practice for my municipality, in Chromium on a 320-pixel phone and a 1280-pixel laptop,
in Thai and in English."""

import pytest

from tests.e2e.conftest import axe_violations, fits

pytestmark = pytest.mark.e2e

# What an officer reads and types, in each language. The problem is typed in Thai in both:
# the form takes the officer's own words whatever the page's language.
WORDS = {
    "th": {
        "link": "ค้นหาแนวปฏิบัติที่เหมาะกับเทศบาลของฉัน",
        "country": "ประเทศของคุณ",
        "kind": "ประเภทขององค์กรปกครองส่วนท้องถิ่น",
        "problem": "ปัญหาหรือเป้าหมาย เล่าด้วยคำของคุณเอง",
        "button": "ค้นหาแนวปฏิบัติ",
        "first": "การจัดการน้ำเสียแบบบึงประดิษฐ์",
        "reason": "คำของคุณปรากฏในเนื้อหาของแนวปฏิบัตินี้: น้ำเสีย",
        "contact": "สันนิบาตเทศบาลแห่งประเทศไทย",
        "other": "en",
        "switch": "English",
    },
    "en": {
        "link": "Find a practice for my municipality",
        "country": "Your country",
        "kind": "Kind of local government",
        "problem": "The problem or goal, in your own words",
        "button": "Find practices",
        "first": "Constructed Wetland for Wastewater Treatment",
        "reason": "Your words are in its description: น้ำเสีย.",
        "contact": "Municipal League of Thailand",
        "other": "th",
        "switch": "ไทย",
    },
}


@pytest.mark.parametrize("language", ["th", "en"])
def test_an_officer_describes_their_city_in_thai_words_and_gets_the_wetland_first_with_its_reasons(
    portal, screen, language
):
    page, words = screen, WORDS[language]
    page.goto(f"{portal}/{language}/")
    page.get_by_role("link", name=words["link"]).click()
    page.wait_for_url(f"{portal}/{language}/find-a-practice/")
    page.get_by_label(words["country"]).select_option("TH")
    page.get_by_label(words["kind"]).select_option("city-municipality")
    page.get_by_label(words["problem"]).fill("น้ำเสีย")
    page.get_by_role("button", name=words["button"]).click()
    page.wait_for_url(f"{portal}/{language}/find-a-practice/?*q=*")

    matches = page.locator("ol.matches > li")
    assert matches.count() >= 3  # ranked: the wetland, then the other Thai city municipalities' practices
    first = matches.first
    assert first.get_by_role("link").inner_text() == words["first"]
    assert first.locator(".reasons li").first.inner_text() == words["reason"]
    assert first.locator(".reasons li").count() >= 2
    assert words["contact"] in first.locator(".contact").inner_text()
    assert all(matches.nth(i).locator(".reasons li").count() >= 1 for i in range(matches.count()))
    assert first.is_visible() and first.get_by_role("link").is_visible()
    assert fits(page)

    # The same results, shared by URL, in the other language.
    page.get_by_role("link", name=words["switch"]).click()
    page.wait_for_url(f"{portal}/{words['other']}/find-a-practice/?*")
    assert page.locator("ol.matches > li").first.get_by_role("link").inner_text() == WORDS[words["other"]]["first"]
    assert fits(page)


@pytest.mark.parametrize("language", ["th", "en"])
@pytest.mark.parametrize("query", ["", "?country=TH&kind=city-municipality&q=น้ำเสีย", "?q=zzzz", "?population=lots"])
def test_the_form_and_its_results_have_no_accessibility_violation(portal, screen, language, query):
    screen.goto(f"{portal}/{language}/find-a-practice/{query}")
    assert axe_violations(screen) == []
    assert fits(screen)
