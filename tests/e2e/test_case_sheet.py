"""A practice's Thai case sheet, downloaded from its page in Chromium on a 320 px phone and a
1280 px laptop, in Thai and English: the PDF's text has the practice's Thai title."""

import pytest
from django.core.cache import cache
from pypdf import PdfReader

from tests.e2e.conftest import axe_violations, fits
from tests.practices.test_case_sheets import PRIVATE_USE, nfkc

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize("language", ["th", "en"])
def test_the_thai_case_sheet_from_the_practice_page_has_the_thai_title_as_text(portal, screen, language):
    screen.goto(f"{portal}/{language}/practices/10/")
    link = screen.locator('.case-sheet-links a[hreflang="th"]')
    assert link.is_visible()
    assert fits(screen)
    with screen.expect_download() as download:
        link.click()
    assert download.value.suggested_filename == "delgosea-practice-10-th.pdf"
    reader = PdfReader(download.value.path())
    text = " ".join(page.extract_text() for page in reader.pages)
    assert PRIVATE_USE.findall(text) == []
    assert nfkc("การจัดการน้ำเสียแบบบึงประดิษฐ์") in nfkc(text)
    assert nfkc("ตัวอย่างที่ดีลำดับที่ 10") in nfkc(text)


@pytest.mark.parametrize("language", ["th", "en"])
def test_the_page_saying_a_case_sheet_could_not_be_made_has_no_accessibility_violation(
    portal, screen, language, monkeypatch
):
    # The browser that draws the PDF is outside the project: point it at a program that is not there.
    monkeypatch.setenv("CHROMIUM", "/nonexistent/chromium")
    cache.clear()
    response = screen.goto(f"{portal}/{language}/practices/case-sheets.pdf?languages=both")
    assert response.status == 503
    assert screen.get_by_role("heading", level=1).is_visible()
    assert axe_violations(screen) == []
    assert fits(screen)
