"""Case sheets: each practice as a PDF in Thai, English or both side by side, and the booklet of all 16,
drawn by Chromium so that Thai is shaped and its text searchable."""

import io
import re
import shutil
import subprocess
import unicodedata

import pytest
from pypdf import PdfReader

from practices.models import Practice

PRIVATE_USE = re.compile("[\ue000-\uf8ff]")


def nfkc(text):
    """Text as a search compares it: NFKC (so sara am ำ is nikhahit and sara aa, ํา), the nikhahit
    after any tone mark (HarfBuzz draws ำ as a nikhahit moved before the tone marks and a sara aa,
    and a reader of the text layer gets them in that order: hb-ot-shaper-thai.cc, preprocess_text_thai),
    without line breaks, doubled spaces or the spaces the extraction puts around a hyphen, and
    without spaces between Thai letters (see thai_words).
    Nothing here maps private-use code points back: the PDF itself must not have any."""
    text = unicodedata.normalize("NFKC", text)
    text = re.sub("\u0e4d([\u0e48-\u0e4b]+)", "\\1\u0e4d", text)
    return thai_words(re.sub(r"\s*-\s*", "-", re.sub(r"\s+", " ", text)))


def thai_words(text):
    """Text without the spaces between Thai letters. Extractors (pypdf and poppler alike) guess a
    space from a gap between glyphs, and after a tall consonant whose marks the font shifts left
    (ฟื้นฟู, ฝั่ง) the last mark ends short of the next letter: they read "ฟื้ นฟู". Thai writes no
    space inside a phrase, so the comparison leaves out every space between Thai letters, on both sides."""
    return re.sub("(?<=[\u0e01-\u0e5b]) (?=[\u0e01-\u0e5b])", "", text)


def pdf_text(response):
    assert response.status_code == 200, response.content[:300]
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    text = " ".join(page.extract_text() for page in reader.pages)
    assert PRIVATE_USE.findall(text) == []
    return reader, nfkc(text)


def test_every_practices_thai_case_sheet_has_its_thai_title_as_searchable_text(client, seeded):
    practices = Practice.objects.selected().order_by("number")
    assert len(practices) == 16
    missing = {}
    for practice in practices:
        # pdf_text fails on any private-use code point in the text layer.
        reader, text = pdf_text(client.get(f"/th/practices/{practice.number}/case-sheet.pdf?languages=th"))
        # Always the system's fonts (kernel/pdf.py, WEB_FONTS): a sheet the portal's own Thai
        # font got into, when it loaded in time, did not read back.
        fonts = {
            str(font.get_object().get("/BaseFont", "")).split("+")[-1]
            for page in reader.pages
            for font in page["/Resources"]["/Font"].values()
        }
        assert "Loma" in fonts and not any(name.startswith("NotoSans") for name in fonts), fonts
        # Tone marks over upper vowels and over the leftward-shifted marks of the Thai fonts:
        # the heading's "ตัวอย่างที่ดีลำดับที่" is on every sheet.
        wanted = [practice.title_th, "ตัวอย่าง", "ที่ดี", "ลำดับที่"]
        if practice.number == 10:
            wanted += ["น้ำเสีย", "การจัดการน้ำเสียแบบบึงประดิษฐ์"]
        missing[practice.number] = [word for word in wanted if nfkc(word) not in text]
    assert missing == {number: [] for number in missing}


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils' pdftotext is not installed")
def test_pdftotext_reads_each_thai_title_exactly(client, seeded, tmp_path):
    # Poppler reads the spans Chromium marks with their actual text, so sara am comes back whole:
    # the titles are compared as they are stored (NFC), with only the line breaks and the spaces
    # guessed between Thai letters taken out.
    for number in (1, 3, 10, 11, 15, 16):
        practice = Practice.objects.get(number=number)
        file = tmp_path / f"{number}.pdf"
        file.write_bytes(client.get(f"/th/practices/{number}/case-sheet.pdf?languages=th").content)
        text = subprocess.run(["pdftotext", str(file), "-"], capture_output=True, check=True, text=True).stdout
        assert PRIVATE_USE.findall(text) == []
        text = thai_words(unicodedata.normalize("NFC", re.sub(r"\s+", " ", text)))
        assert thai_words(unicodedata.normalize("NFC", practice.title_th)) in text
        assert "ตัวอย่างที่ดีลำดับที่" in text


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


def test_a_case_sheet_drawn_before_the_thai_text_fix_is_not_served_from_the_cache(client, seeded, settings):
    from django.core.cache import cache

    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "old"}}
    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()
    assert client.get("/th/practices/10/case-sheet.pdf?languages=th").status_code == 200
    [stored] = [key.split(":", 2)[2] for key in cache._cache if ":case-sheet:" in key]
    digest = stored.rsplit(":", 1)[1]
    # What the portal stored before its PDFs were drawn with standard Thai text: the same page's
    # digest without a render version. Nor may the page cache hold the PDF under its URL.
    cache.clear()
    cache.set("case-sheet:" + digest, b"%PDF-drawn-the-old-way")
    again = client.get("/th/practices/10/case-sheet.pdf?languages=th")
    assert again.content != b"%PDF-drawn-the-old-way"
    assert "X-Page-Cache" not in again
    _reader, text = pdf_text(again)
    assert nfkc("การจัดการน้ำเสียแบบบึงประดิษฐ์") in text
