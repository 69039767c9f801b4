"""Case sheets: each practice as a PDF in Thai, English or both side by side, and the booklet of all 16,
drawn by Chromium so that Thai is shaped and its text searchable."""

import io
import re
import unicodedata

import pytest
from pypdf import PdfReader

from practices.models import Practice

# The Thai fonts (Noto Sans Thai and TLWG alike) reach their lowered and left-shifted marks through
# the legacy private-use code points, and Chromium's text layer names those glyphs by them: map them
# back to the marks they draw (U+F701-F704: sara i-ue left; F705-F709 and F713-F717: tone marks left;
# F70A-F70E: tone marks low; F710-F712: mai han-akat, nikhahit, maitaikhu left; F718-F71A: sara u-uu, phinthu low).
PRIVATE_USE = {
    **{0xF701 + i: 0x0E34 + i for i in range(4)},
    **{0xF705 + i: 0x0E48 + i for i in range(5)},
    **{0xF70A + i: 0x0E48 + i for i in range(5)},
    **{0xF713 + i: 0x0E48 + i for i in range(5)},
    0xF700: 0x0E10,
    0xF70F: 0x0E0D,
    0xF710: 0x0E31,
    0xF711: 0x0E4D,
    0xF712: 0x0E47,
    **{0xF718 + i: 0x0E38 + i for i in range(3)},
}


def nfkc(text):
    """Text as compared: marks back from private use, sara am (ำ) as its two parts (ํา) in the order
    the PDF writes them (nikhahit before a tone mark), without line breaks, doubled spaces or the spaces
    the extraction puts around a hyphen."""
    text = unicodedata.normalize("NFKC", text.translate(PRIVATE_USE))
    text = re.sub(r"([\u0e48-\u0e4b])\u0e4d", "\u0e4d\\1", text)
    return re.sub(r"\s*-\s*", "-", re.sub(r"\s+", " ", text))


def pdf_text(response):
    assert response.status_code == 200, response.content[:300]
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    return reader, nfkc(" ".join(page.extract_text() for page in reader.pages))


def test_a_practices_thai_case_sheet_has_its_thai_title_as_searchable_text(client, seeded):
    _reader, text = pdf_text(client.get("/th/practices/10/case-sheet.pdf?languages=th"))
    assert nfkc("การจัดการน้ำเสียแบบบึงประดิษฐ์") in text
    assert "Constructed Wetland for Wastewater Treatment" not in text


def test_the_english_case_sheet_has_the_english_title_only(client, seeded):
    response = client.get("/th/practices/10/case-sheet.pdf?languages=en")
    _reader, text = pdf_text(response)
    assert "Constructed Wetland for Wastewater Treatment" in text
    assert nfkc("การจัดการน้ำเสียแบบบึงประดิษฐ์") not in text
    assert response["Content-Disposition"] == 'attachment; filename="delgosea-practice-10-en.pdf"'


def test_both_languages_side_by_side_on_one_page(client, seeded):
    reader, text = pdf_text(client.get("/en/practices/10/case-sheet.pdf?languages=both"))
    first = nfkc(reader.pages[0].extract_text())
    assert nfkc("การจัดการน้ำเสียแบบบึงประดิษฐ์") in first
    assert "Constructed Wetland for Wastewater Treatment" in first


def test_an_unknown_languages_choice_gives_the_pages_language(client, seeded):
    _reader, text = pdf_text(client.get("/en/practices/10/case-sheet.pdf?languages=<fr>"))
    assert "Constructed Wetland for Wastewater Treatment" in text
    assert nfkc("การจัดการน้ำเสียแบบบึงประดิษฐ์") not in text


def test_the_booklet_has_a_table_of_contents_and_all_16_titles(client, seeded):
    reader, text = pdf_text(client.get("/th/practices/case-sheets.pdf?languages=th"))
    contents = nfkc(reader.pages[0].extract_text())
    assert nfkc("สารบัญ") in contents
    for practice in Practice.objects.selected():
        assert nfkc(practice.title_th or practice.title_en) in contents
        assert nfkc(practice.title_th or practice.title_en) in text
    assert len(reader.pages) >= 17  # the contents, then each practice from a new page


def test_no_case_sheet_for_a_practice_that_does_not_exist(client, seeded):
    assert client.get("/th/practices/99/case-sheet.pdf").status_code == 404


def test_a_pdf_that_cannot_be_made_gives_a_clear_message(client, seeded, monkeypatch):
    # The browser is outside the project: point it at a program that is not there.
    monkeypatch.setenv("CHROMIUM", "/nonexistent/chromium")
    response = client.get("/th/practices/10/case-sheet.pdf?languages=both")
    assert response.status_code == 503
    assert "สร้างไฟล์ PDF ไม่สำเร็จ" in response.content.decode()


@pytest.mark.parametrize("language", ["th", "en"])
def test_the_practice_page_and_the_catalogue_link_to_the_case_sheets(client, seeded, language):
    page = client.get(f"/{language}/practices/10/").content.decode()
    for choice in ("th", "en", "both"):
        assert f'href="/{language}/practices/10/case-sheet.pdf?languages={choice}"' in page
    catalogue = client.get(f"/{language}/practices/").content.decode()
    assert f'href="/{language}/practices/case-sheets.pdf?languages=both"' in catalogue


def test_a_case_sheet_is_drawn_once_and_then_served_from_the_cache_whatever_else_the_link_says(
    client, seeded, settings
):
    from django.core.cache import cache

    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "sheets"}}
    cache.clear()
    assert client.get("/th/practices/10/case-sheet.pdf?languages=th").status_code == 200
    [stored] = [key for key in cache._cache if ":case-sheet:" in key]
    cache.set(stored.split(":", 2)[2], b"%PDF-from-the-cache")  # what a second drawing would not give
    again = client.get("/th/practices/10/case-sheet.pdf?languages=th&utm_source=line&x=1")
    assert again.status_code == 200
    assert again.content == b"%PDF-from-the-cache"
