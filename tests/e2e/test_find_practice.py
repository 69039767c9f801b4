"""Find a practice for my municipality, in Chromium on a 320-pixel phone."""

import pytest

from tests.e2e.conftest import axe_violations

pytestmark = pytest.mark.e2e


@pytest.fixture
def small_phone(browser):
    context = browser.new_context(viewport={"width": 320, "height": 640}, is_mobile=True)
    page = context.new_page()
    yield page
    context.close()


def test_a_thai_officer_describes_their_city_and_gets_the_wetland_first_with_its_reasons(portal, small_phone):
    page = small_phone
    page.goto(f"{portal}/th/")
    page.get_by_role("link", name="ค้นหาแนวปฏิบัติที่เหมาะกับเทศบาลของฉัน").click()
    page.wait_for_url(f"{portal}/th/find-a-practice/")
    page.get_by_label("ประเทศของคุณ").select_option("TH")
    page.get_by_label("ประเภทขององค์กรปกครองส่วนท้องถิ่น").select_option("city-municipality")
    page.get_by_label("ปัญหาหรือเป้าหมาย เล่าด้วยคำของคุณเอง").fill("น้ำเสีย")
    page.get_by_role("button", name="ค้นหาแนวปฏิบัติ").click()
    page.wait_for_url(f"{portal}/th/find-a-practice/?*q=*")

    first = page.locator(".matches > li").first
    assert first.get_by_role("link").inner_text() == "การจัดการน้ำเสียแบบบึงประดิษฐ์"
    assert first.locator(".reasons li").first.inner_text() == "คำของคุณปรากฏในเนื้อหาของแนวปฏิบัตินี้: น้ำเสีย"
    assert "สันนิบาตเทศบาลแห่งประเทศไทย" in first.locator(".contact").inner_text()
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 320

    # The same results, shared by URL, in English.
    page.get_by_role("link", name="English").click()
    page.wait_for_url(f"{portal}/en/find-a-practice/?*")
    first = page.locator(".matches > li").first
    assert first.get_by_role("link").inner_text() == "Constructed Wetland for Wastewater Treatment"
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 320


@pytest.mark.parametrize("language", ["th", "en"])
@pytest.mark.parametrize("query", ["", "?country=TH&kind=city-municipality&q=น้ำเสีย", "?q=zzzz", "?population=lots"])
def test_the_form_and_its_results_have_no_accessibility_violation(portal, small_phone, language, query):
    small_phone.goto(f"{portal}/{language}/find-a-practice/{query}")
    assert axe_violations(small_phone) == []
    assert small_phone.evaluate("() => document.documentElement.scrollWidth") <= 320
