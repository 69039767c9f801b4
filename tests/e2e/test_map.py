"""The map in Chromium, on a 320 px phone and a 1280 px laptop, in Thai and English."""

import pytest

from tests.e2e.conftest import axe_violations

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize("width", [320, 1280])
@pytest.mark.parametrize("language", ["th", "en"])
def test_the_map_has_a_mark_for_each_place_that_opens_its_page_without_sideways_scrolling(
    portal, browser, width, language
):
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    page.goto(f"{portal}/{language}/map/")
    marks = page.locator("figure.map > svg a.map-place")
    assert marks.count() == 31
    hrefs = marks.evaluate_all("links => links.map(link => link.getAttribute('href'))")
    assert len(set(hrefs)) == 31
    assert all(href.startswith(f"/{language}/local-governments/") for href in hrefs)
    assert page.evaluate("() => document.documentElement.scrollWidth") <= width

    page.locator(f'a.map-place[href="/{language}/local-governments/udon-thani/"]').click()
    page.wait_for_url(f"{portal}/{language}/local-governments/udon-thani/")
    context.close()


def test_on_a_phone_tapping_a_country_zooms_in_and_its_marks_open_their_pages(portal, browser):
    context = browser.new_context(viewport={"width": 320, "height": 640}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(f"{portal}/th/map/")
    label = page.locator("text.map-label", has_text="ไทย").bounding_box()  # over Thailand's land
    page.mouse.click(label["x"] + label["width"] / 2, label["y"] + label["height"] / 2)
    page.wait_for_url(f"{portal}/th/map/?country=TH")
    mark = page.locator('a.map-place[href="/th/local-governments/yala/"] .map-marker')
    box = mark.bounding_box()
    assert box["width"] >= 8  # big enough to see and tap on a phone
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 320
    mark.click()
    page.wait_for_url(f"{portal}/th/local-governments/yala/")
    context.close()


@pytest.mark.parametrize("language", ["th", "en"])
def test_the_map_and_the_directory_have_no_accessibility_violation(portal, phone, language):
    found = {}
    for path in ("/map/", "/map/?country=KH", "/local-governments/", "/local-governments/?country=TH"):
        phone.goto(f"{portal}/{language}{path}")
        violations = axe_violations(phone)
        if violations:
            found[path] = violations
    assert found == {}
