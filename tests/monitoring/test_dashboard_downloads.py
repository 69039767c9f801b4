"""The dashboard's downloads: XLSX, CSV and PDF read the same report as the page."""

import datetime
import io
import unicodedata

from openpyxl import load_workbook
from pypdf import PdfReader

from kernel import pdf


def test_the_xlsx_has_a_sheet_per_table_with_real_numbers_and_dates(seeded, steering_member, client):
    client.force_login(steering_member)
    response = client.get("/en/dashboard/report.xlsx?as_of=2011-06-01")
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="delgosea-dashboard-2011-06-01-en.xlsx"'
    workbook = load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames == [
        "Workplan",
        "Logframe",
        "Targets per period",
        "Values over time",
        "Plan against actual",
        "Training",
        "Replications",
    ]
    workplan = workbook["Workplan"]
    assert workplan.freeze_panes == "A2"
    seven = next(row for row in workplan.iter_rows(min_row=2, values_only=True) if row[0] == 7)
    assert seven[3:5] == (13, 24)
    assert seven[8] == datetime.datetime(2011, 5, 1)
    assert seven[10] == "In progress"
    plan = {row[0]: row for row in workbook["Plan against actual"].iter_rows(min_row=2, values_only=True)}
    assert (plan["Pilot local governments"][2], plan["Pilot local governments"][3]) == (20, 16)
    assert plan["Length of the programme"][2:4] == (30, 16)
    headers, *rows = workbook["Targets per period"].iter_rows(values_only=True)
    targets = {row[0]: row[1:] for row in rows}
    assert targets["Coaches trained"] == (
        "Cumulative",
        datetime.datetime(2010, 3, 1),
        datetime.datetime(2010, 11, 25),
        "up to",
        80,
        "yes",  # the last target stands after its period
    )
    logframe = {row[1]: row for row in workbook["Logframe"].iter_rows(min_row=2, values_only=True)}
    assert logframe["Pilot local governments"][4:9] == ("Cumulative", "exactly", 20, datetime.datetime(2012, 8, 31), 16)


def test_each_table_downloads_as_csv_with_a_byte_order_mark(seeded, steering_member, client):
    client.force_login(steering_member)
    response = client.get("/th/dashboard/workplan.csv?as_of=2011-06-01")
    assert response.status_code == 200
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeffกิจกรรม,")
    assert "7,ศึกษาดูงานจากเมืองตัวอย่างที่ดีโดยเทศบาลนำร่อง" in text
    assert client.get("/th/dashboard/nothing.csv").status_code == 404


def test_an_anonymous_visitor_cannot_download(seeded, client):
    assert client.get("/en/dashboard/report.xlsx").status_code == 302
    assert client.get("/en/dashboard/plan.csv").status_code == 302
    assert client.get("/en/dashboard/report.pdf").status_code == 302


def test_the_pdf_is_a4_with_the_thai_title_and_page_numbers(seeded, steering_member, client):
    client.force_login(steering_member)
    response = client.get("/th/dashboard/report.pdf?as_of=2011-06-01")
    assert response.status_code == 200, response.content[:500]
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    first = reader.pages[0]
    assert (int(first.mediabox.width), int(first.mediabox.height)) == (595, 842)  # A4: 210 x 297 mm
    # The PDF's text maps sara am (ำ) to its two parts (ํา): compare in compatibility form.
    text = unicodedata.normalize("NFKC", first.extract_text())
    assert unicodedata.normalize("NFKC", "แดชบอร์ดของคณะกรรมการกำกับโครงการ") in text
    assert f"1 / {len(reader.pages)}" in text
    assert "ภาษาไทย" in reader.metadata.title


def test_a_pdf_that_cannot_be_made_gives_a_clear_message(seeded, steering_member, client, monkeypatch):
    # The browser is outside the project: point it at a program that is not there.
    monkeypatch.setenv("CHROMIUM", "/nonexistent/chromium")
    client.force_login(steering_member)
    response = client.get("/en/dashboard/report.pdf?as_of=2011-06-01")
    assert response.status_code == 503
    assert b"The PDF could not be made" in response.content
    assert pdf.TIMEOUT_SECONDS == 60
