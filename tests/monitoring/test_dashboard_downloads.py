"""The dashboard's downloads: XLSX, CSV and PDF read the same report as the page."""

import datetime
import io
import os
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader

PROJECT = Path(__file__).resolve().parents[2]


def test_the_xlsx_has_a_sheet_per_table_with_real_numbers_and_dates(seeded, steering_member, client):
    client.force_login(steering_member)
    response = client.get("/en/dashboard/report.xlsx?as_of=2011-06-01")
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="delgosea-dashboard-2011-06-01-en.xlsx"'
    workbook = load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames == [
        "Workplan",
        "Logframe",
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


def test_the_xlsx_holds_a_title_with_a_control_character_pasted_into_it(seeded, steering_member, client):
    from practices.models import Practice

    # A vertical tab (a word processor's line break) an XLSX cell cannot hold.
    Practice.objects.filter(number=10).update(title_en="Constructed\x0bwetland", title_th="บึง\x0bประดิษฐ์")
    client.force_login(steering_member)
    for language, title in (("en", "Constructed\ufffdwetland"), ("th", "บึง\ufffdประดิษฐ์")):
        response = client.get(f"/{language}/dashboard/report.xlsx?as_of=2011-06-01")
        assert response.status_code == 200
        sheet = load_workbook(io.BytesIO(response.content)).worksheets[-1]
        assert f"10. {title}" in [row[2] for row in sheet.iter_rows(values_only=True)]
    response = client.get("/en/dashboard/replications.csv?as_of=2011-06-01")
    assert "10. Constructed\x0bwetland" in response.content.decode("utf-8-sig")


def test_a_pdf_that_cannot_be_made_gives_a_clear_message(seeded, steering_member, client, monkeypatch):
    # The browser is outside the project: point it at a program that is not there.
    monkeypatch.setenv("CHROMIUM", "/nonexistent/chromium")
    client.force_login(steering_member)
    response = client.get("/en/dashboard/report.pdf?as_of=2011-06-01")
    assert response.status_code == 503
    assert b"The PDF could not be made" in response.content


def test_a_pdf_that_takes_longer_than_its_limit_gives_the_message_in_the_readers_language(
    seeded, steering_member, client, settings
):
    # A real Chromium, given less time than it needs to start: it is stopped and the page says so.
    settings.PDF_TIMEOUT_SECONDS = 0.3
    client.force_login(steering_member)
    started = time.monotonic()
    response = client.get("/th/dashboard/report.pdf?as_of=2011-06-01")
    assert time.monotonic() - started < 10
    assert response.status_code == 503
    assert "สร้างไฟล์ PDF ไม่สำเร็จ" in response.content.decode()
    assert 'href="/th/dashboard/report.xlsx?as_of=2011-06-01"' in response.content.decode()


SETTINGS_PROBE = (
    "from django.conf import settings; from delgosea import gunicorn_conf;"
    "print(settings.PDF_TIMEOUT_SECONDS, settings.WEB_TIMEOUT, gunicorn_conf.timeout)"
)


def settings_in(environment):
    """The PDF limit, the settings' worker timeout and gunicorn's, in a fresh process with these variables."""
    env = {k: v for k, v in os.environ.items() if k not in ("PDF_TIMEOUT_SECONDS", "WEB_TIMEOUT")}
    env.update(environment, DJANGO_SETTINGS_MODULE="delgosea.settings")
    return subprocess.run(
        [sys.executable, "-c", SETTINGS_PROBE], cwd=PROJECT, env=env, capture_output=True, text=True, timeout=60
    )


def test_the_pdf_is_given_up_well_before_gunicorn_would_kill_the_worker():
    result = settings_in({})
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["25.0", "60", "60"]
    result = settings_in({"WEB_TIMEOUT": "120", "PDF_TIMEOUT_SECONDS": "90"})
    assert result.stdout.split() == ["90.0", "120", "120"]


def test_a_pdf_limit_too_close_to_the_worker_timeout_stops_the_portal_from_starting():
    for environment in ({"PDF_TIMEOUT_SECONDS": "60"}, {"WEB_TIMEOUT": "30", "PDF_TIMEOUT_SECONDS": "26"}):
        result = settings_in(environment)
        assert result.returncode != 0
        assert "ImproperlyConfigured: PDF_TIMEOUT_SECONDS" in result.stderr
        assert "must be at least 5 s below gunicorn's WEB_TIMEOUT" in result.stderr
