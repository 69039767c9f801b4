import pytest

from tests.e2e.conftest import axe_violations

pytestmark = pytest.mark.e2e


def test_a_reader_opens_a_practice_and_switching_language_keeps_it(portal, phone):
    phone.goto(f"{portal}/th/")
    phone.get_by_role("link", name="การจัดการน้ำเสียแบบบึงประดิษฐ์").click()
    phone.wait_for_url(f"{portal}/th/practices/10/")
    assert phone.get_by_text("OPAL / Alaminos City").is_visible()

    phone.get_by_role("link", name="English").click()
    phone.wait_for_url(f"{portal}/en/practices/10/")
    assert phone.get_by_role("heading", level=1).inner_text() == "Constructed Wetland for Wastewater Treatment"


@pytest.mark.parametrize("language", ["th", "en"])
def test_the_practice_page_has_no_accessibility_violation(portal, phone, language):
    phone.goto(f"{portal}/{language}/practices/12/")
    assert axe_violations(phone) == []
