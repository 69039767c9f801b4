"""The public portal in Chromium at a phone's size."""

import pytest

from tests.e2e.conftest import axe_violations

pytestmark = pytest.mark.e2e

PAGES = [
    "/",
    "/practices/",
    "/practices/?theme=3&country=PH",
    "/practices/?q=zzzz",
    "/practices/10/",
    "/themes/",
    "/local-governments/",
    "/local-governments/yala/",
    "/local-governments/kupang/",
    "/map/",
    "/programme/",
    "/open-data/",
    "/no-such-page/",
]


def test_a_thai_officer_searches_wastewater_opens_it_sees_its_pilot_and_switches_to_english(portal, phone):
    phone.goto(f"{portal}/th/")
    phone.get_by_label("ค้นหาตัวอย่างที่ดี").fill("น้ำเสีย")
    phone.get_by_role("button", name="ค้นหา", exact=True).click()
    phone.wait_for_url(f"{portal}/th/practices/?q=*")
    assert phone.get_by_text("พบตัวอย่างที่ดี 1 ตัวอย่าง").is_visible()

    phone.get_by_role("link", name="การจัดการน้ำเสียแบบบึงประดิษฐ์").click()
    phone.wait_for_url(f"{portal}/th/practices/10/")
    pilot = phone.locator(".pilot-list").get_by_role("link", name="OPAL / Alaminos City")
    assert pilot.is_visible()

    phone.get_by_role("link", name="English").click()
    phone.wait_for_url(f"{portal}/en/practices/10/")
    assert phone.get_by_role("heading", level=1).inner_text() == "Constructed Wetland for Wastewater Treatment"

    phone.locator(".pilot-list").get_by_role("link", name="OPAL / Alaminos City").click()
    phone.wait_for_url(f"{portal}/en/local-governments/opal/")
    assert phone.get_by_text("Replicates").is_visible()


def test_theme_3_and_the_philippines_show_exactly_marikina_and_olongapo(portal, phone):
    phone.goto(f"{portal}/en/practices/")
    phone.get_by_label("Theme").select_option("3")
    phone.get_by_label("Country").select_option("PH")
    phone.get_by_role("button", name="Show practices").click()
    phone.wait_for_url(f"{portal}/en/practices/?*theme=3*")
    hosts = phone.locator(".card__host").all_inner_texts()
    assert hosts == ["Marikina City, Philippines", "Olongapo City, Philippines"]

    phone.get_by_role("link", name="ภาษาไทย").click()
    phone.wait_for_url(f"{portal}/th/practices/?*country=PH*")
    assert phone.locator(".card").count() == 2


# The matching form and its results: tests/e2e/test_find_practice.py; the map and the directory
# with a country chosen: test_map.py; a case sheet that cannot be made: test_case_sheet.py.
@pytest.mark.parametrize("language", ["th", "en"])
def test_no_page_type_has_an_accessibility_violation(portal, screen, language):
    found = {}
    for path in PAGES:
        screen.goto(f"{portal}/{language}{path}")
        violations = axe_violations(screen)
        if violations:
            found[path] = violations
    assert found == {}


def test_every_page_fits_a_320_pixel_phone_and_asks_nothing_of_another_server(portal, browser):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    too_wide = {}
    for path in PAGES:
        page.goto(f"{portal}/th{path}")
        width = page.evaluate("() => document.documentElement.scrollWidth")
        if width > 320:
            too_wide[path] = width
    context.close()
    assert too_wide == {}
    assert [url for url in requests if not url.startswith(portal)] == []


def test_the_keyboard_reaches_the_search_and_shows_where_focus_is(portal, phone):
    phone.goto(f"{portal}/en/practices/")
    for _ in range(20):
        phone.keyboard.press("Tab")
        if phone.evaluate("() => document.activeElement.id") == "id_q":
            break
    assert phone.evaluate("() => document.activeElement.id") == "id_q"
    outline = phone.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"
