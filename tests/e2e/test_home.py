import pytest

from tests.e2e.conftest import axe_violations

pytestmark = pytest.mark.e2e


def test_a_thai_reader_sees_the_thai_titles_and_switches_to_english_on_the_same_page(portal, phone):
    phone.goto(f"{portal}/th/")
    assert phone.locator("html").get_attribute("lang") == "th"
    assert phone.get_by_text("การจัดการน้ำเสียแบบบึงประดิษฐ์").is_visible()
    assert phone.locator(".practice-title").count() == 16

    phone.get_by_role("link", name="English").click()
    phone.wait_for_url(f"{portal}/en/")
    assert phone.locator("html").get_attribute("lang") == "en"
    assert phone.get_by_text("Constructed Wetland for Wastewater Treatment").is_visible()

    phone.get_by_role("link", name="ไทย").click()
    phone.wait_for_url(f"{portal}/th/")
    assert phone.get_by_text("การจัดการน้ำเสียแบบบึงประดิษฐ์").is_visible()


def test_the_thai_text_is_drawn_with_the_self_hosted_thai_font(portal, phone):
    requests = []
    phone.on("request", lambda request: requests.append(request.url))
    phone.goto(f"{portal}/th/")
    phone.evaluate("() => document.fonts.ready")
    assert phone.evaluate("() => document.fonts.check('16px \"Noto Sans Thai\"', 'ธรรมาภิบาล')")
    assert any("noto-sans-thai-thai-400-normal.woff2" in url for url in requests)
    assert all(url.startswith(portal) for url in requests), "a request left the server"


@pytest.mark.parametrize("language", ["th", "en"])
def test_the_home_page_has_no_accessibility_violation(portal, phone, language):
    phone.goto(f"{portal}/{language}/")
    assert axe_violations(phone) == []


def test_the_page_fits_a_320_pixel_phone(portal, browser):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    page.goto(f"{portal}/th/")
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 320
    context.close()


@pytest.mark.parametrize("language", ["th", "en"])
def test_a_first_visit_of_the_home_page_stays_within_200_kb(portal, browser, language):
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    sizes = []
    page.on("requestfinished", lambda request: sizes.append(request.sizes()["responseBodySize"]))
    page.goto(f"{portal}/{language}/", wait_until="load")
    page.wait_for_load_state("networkidle")
    context.close()
    assert len(sizes) >= 4  # the page, its two stylesheets, its fonts
    assert sum(sizes) <= 200 * 1024  # uncompressed here; gzip in production makes it smaller
