"""The catalogue and the directory as CSV and XLSX, filtered as their pages, safe for a spreadsheet."""

import csv
import io

import openpyxl
import pytest
from pytest_django.asserts import assertContains

from municipalities.models import LocalGovernment
from practices.models import Practice


def csv_rows(response):
    content = response.content
    assert content.startswith(b"\xef\xbb\xbf"), "a byte-order mark first, for Excel"
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))


def xlsx_rows(response):
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    return [["" if cell is None else cell for cell in row] for row in sheet.iter_rows(values_only=True)]


@pytest.mark.parametrize("query", ["", "theme=3&country=PH", "q=น้ำเสีย"])
def test_the_catalogue_downloads_as_its_page_filters_it(client, seeded, query):
    page = client.get(f"/th/practices/?{query}").context["page"]
    rows = csv_rows(client.get(f"/th/practices/download.csv?{query}"))
    assert [int(row[0]) for row in rows[1:]] == [p.number for p in page.paginator.object_list]
    sheet = xlsx_rows(client.get(f"/en/practices/download.xlsx?{query}"))
    assert [row[0] for row in sheet[1:]] == [p.number for p in page.paginator.object_list]


def test_the_download_has_both_languages_with_headings_in_the_readers(client, seeded):
    wetland = Practice.objects.get(number=10)
    thai = csv_rows(client.get("/th/practices/download.csv"))
    assert thai[0][:4] == ["ลำดับที่", "ประเด็น", "ชื่อเรื่อง (ภาษาไทย)", "ชื่อเรื่อง (ภาษาอังกฤษ)"]
    row = next(r for r in thai if r[0] == "10")
    assert row[2:4] == [wetland.title_th, wetland.title_en]
    response = client.get("/en/practices/download.xlsx")
    assert response["Content-Disposition"] == 'attachment; filename="delgosea-practices-en.xlsx"'
    assert xlsx_rows(response)[0][:3] == ["Number", "Theme", "Title (Thai)"]


def test_a_text_that_starts_like_a_formula_is_kept_as_text(client, seeded):
    Practice.objects.filter(number=10).update(title_en='=HYPERLINK("http://evil.example")', summary_th="+1-2")
    row = next(r for r in csv_rows(client.get("/en/practices/download.csv")) if r[0] == "10")
    assert row[3] == '\'=HYPERLINK("http://evil.example")' and row[4] == "'+1-2"
    sheet_row = next(r for r in xlsx_rows(client.get("/en/practices/download.xlsx")) if r[0] == 10)
    assert sheet_row[3] == '\'=HYPERLINK("http://evil.example")'


def test_a_text_pasted_from_a_word_processor_with_control_characters_still_downloads(client, seeded):
    # Word writes a line break inside a paragraph as a vertical tab; an XLSX cell cannot hold one.
    Practice.objects.filter(number=10).update(title_en="Constructed\x0bwetland\x01", summary_th="ก\x0cข")
    for language in ("th", "en"):
        response = client.get(f"/{language}/practices/download.xlsx")
        assert response.status_code == 200
        row = next(r for r in xlsx_rows(response) if r[0] == 10)
        assert row[3] == "Constructed\ufffdwetland\ufffd" and row[4] == "ก\ufffdข"
    # A CSV holds any character: it keeps the text as it is.
    row = next(r for r in csv_rows(client.get("/en/practices/download.csv")) if r[0] == "10")
    assert row[3] == "Constructed\x0bwetland\x01"


def test_the_directory_downloads_a_name_with_a_control_character(client, seeded):
    LocalGovernment.objects.filter(slug="yala").update(name_en="Yala\x0bCity")
    response = client.get("/en/local-governments/download.xlsx")
    assert response.status_code == 200
    assert any("Yala\ufffdCity" in row for row in xlsx_rows(response))


@pytest.mark.parametrize("query", ["", "country=TH", "role=pilot"])
def test_the_directory_downloads_as_its_page_filters_it(client, seeded, query):
    listed = client.get(f"/en/local-governments/?{query}").context["local_governments"]
    rows = csv_rows(client.get(f"/en/local-governments/download.csv?{query}"))
    assert [row[0] for row in rows[1:]] == [lg.slug for lg in listed]
    sheet = xlsx_rows(client.get(f"/th/local-governments/download.xlsx?{query}"))
    assert len(sheet) - 1 == len(listed)


def test_a_pilot_row_names_the_practice_it_replicates(client, seeded):
    rows = csv_rows(client.get("/en/local-governments/download.csv"))
    yala = next(r for r in rows if r[0] == "yala")
    assert yala[-1] and all(n.isdigit() for n in yala[-1].split())


@pytest.mark.parametrize(
    ("page", "link"),
    [
        ("/th/practices/?theme=3&country=PH", "/th/practices/download.csv?theme=3&amp;country=PH"),
        ("/en/practices/", 'href="/en/practices/download.xlsx"'),
        ("/en/local-governments/?role=pilot", "/en/local-governments/download.xlsx?role=pilot"),
        ("/th/local-governments/", 'href="/th/local-governments/download.csv"'),
    ],
)
def test_each_list_links_to_its_downloads_with_its_filters(client, seeded, page, link):
    assertContains(client.get(page), link)


def test_a_format_the_portal_does_not_make_is_not_found(client, seeded):
    assert client.get("/en/practices/download.json").status_code == 404
    assert client.get("/th/local-governments/download.exe").status_code == 404


@pytest.mark.parametrize("url", ["/en/practices/download.xlsx", "/th/local-governments/download.csv"])
def test_a_download_keeps_its_query_count_as_the_catalogue_grows(
    client, many_practices, django_assert_max_num_queries, url
):
    client.get(url)
    with django_assert_max_num_queries(6):
        client.get(url)
    many_practices(100)
    with django_assert_max_num_queries(6):
        assert client.get(url).status_code == 200
