"""The dashboard's downloads: XLSX, CSV and PDF read the same report as the page."""

import csv
import datetime
import io
import os
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pytest
from django.template.loader import render_to_string
from django.utils import translation
from openpyxl import load_workbook
from pypdf import PdfReader

from monitoring.views import dashboard_context
from municipalities.models import LocalGovernment, Person
from training.models import Event, Participation

TABLES = ["workplan", "logframe", "indicator-targets", "indicator-values", "plan", "training", "replications"]
THAI_PILOTS = {"เทศบาลนครปากเกร็ด", "เทศบาลนครสงขลา", "เทศบาลนครยะลา", "เทศบาลนครเชียงราย"}
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


@pytest.fixture
def two_participants(seeded):
    """A woman trained as a coach in Pattaya (Thailand) and a man at Vietnam's national workshop, both sample."""
    yala = LocalGovernment.objects.get(slug="yala")
    da_nang = LocalGovernment.objects.get(slug="da-nang")
    for name, sex, place, event, role in [
        ("Sample trainee", Person.Sex.FEMALE, yala, "training-of-coaches-2010", Participation.Role.TRAINEE),
        ("Sample official", Person.Sex.MALE, da_nang, "national-workshop-vietnam-2011", Participation.Role.PARTICIPANT),
    ]:
        person = Person.objects.create(name_en=name, sex=sex, local_government=place, source="sample")
        Participation.objects.create(person=person, event=Event.objects.get(slug=event), role=role, source="sample")


def csv_rows(response):
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))


def as_csv_cell(value):
    """An XLSX cell as the CSV writes it: dates in ISO form, empty for nothing."""
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    return str(value)


def test_every_table_downloads_as_csv_in_thai_with_what_the_xlsx_has(two_participants, steering_member, client):
    client.force_login(steering_member)
    workbook = load_workbook(io.BytesIO(client.get("/th/dashboard/report.xlsx?as_of=2011-06-01").content))
    tables = {}
    for slug, sheet in zip(TABLES, workbook.worksheets, strict=True):
        response = client.get(f"/th/dashboard/{slug}.csv?as_of=2011-06-01")
        assert response.status_code == 200, slug
        assert response["Content-Type"] == "text/csv; charset=utf-8"
        expected_name = f"delgosea-dashboard-2011-06-01-th.{slug}.csv"
        assert response["Content-Disposition"] == f'attachment; filename="{expected_name}"'
        rows = csv_rows(response)
        # The same table, cell for cell, as the spreadsheet's sheet.
        assert rows == [[as_csv_cell(cell) for cell in row] for row in sheet.iter_rows(values_only=True)], slug
        tables[slug] = rows

    header, *workplan = tables["workplan"]
    assert (header[0], len(workplan)) == ("กิจกรรม", 10)
    assert workplan[6][0:2] == ["7", "ศึกษาดูงานจากเมืองตัวอย่างที่ดีโดยเทศบาลนำร่อง"]
    assert workplan[6][8:] == ["2011-05-01", "2011-06-01", "กำลังดำเนินการ"]

    header, *logframe = tables["logframe"]
    assert header[1] == "ตัวชี้วัด"
    logframe = {row[1]: row for row in logframe}
    assert len(logframe) == 7
    # pilots: target 20, 16 on the date, 80 %, typed in; coaches: counted from the register, 1 woman
    # (targets are, target is, target, its period's end, value, women, men, progress, from the registers)
    pilots, coaches = logframe["อปท.นำร่อง"], logframe["วิทยากรพี่เลี้ยงที่ได้รับการฝึกอบรม"]
    assert pilots[6] == "20" and pilots[8:] == ["16", "", "", "80", "ไม่ใช่"]
    assert coaches[5:7] == ["ไม่เกิน", "80"] and coaches[8:] == ["1", "1", "0", "1", "ใช่"]

    header, *values = tables["indicator-values"]
    assert header == ["ตัวชี้วัด", "วันที่", "ค่า", "หญิง", "ชาย", "ข้อมูลตัวอย่าง (ไม่ใช่ข้อมูลจริง)"]
    assert values == [
        ["ตัวอย่างที่ดีที่เสนอเข้ารับการคัดเลือก", "2010-06-12", "27", "", "", "ไม่ใช่"],
        ["ตัวอย่างที่ดีที่ได้รับการคัดเลือก", "2010-06-12", "16", "", "", "ไม่ใช่"],
        ["วิทยากรพี่เลี้ยงที่ได้รับการฝึกอบรม", "2010-11-25", "1", "1", "0", "ใช่"],
        ["อปท.นำร่อง", "2010-09-30", "16", "", "", "ไม่ใช่"],
    ]

    header, *plan = tables["plan"]
    plan = {row[0]: row for row in plan}
    assert plan["ระยะเวลาโครงการ"][1:5] == ["", "30", "16", "เดือน"]
    assert plan["อปท.นำร่อง"][1:5] == ["", "20", "16", "แห่ง"]
    assert plan["วิทยากรพี่เลี้ยงที่ได้รับการฝึกอบรม"][1:4] == ["ไม่เกิน", "80", "1"]

    # Training: by event kind and country, women, men, not stated, all.
    header, *training = tables["training"]
    assert header == ["ประเภทกิจกรรม", "ประเทศ", "หญิง", "ชาย", "ไม่ระบุ", "รวม"]
    assert training == [
        ["การประชุมเชิงปฏิบัติการระดับประเทศ", "เวียดนาม", "0", "1", "0", "1"],
        ["การฝึกอบรมวิทยากรพี่เลี้ยง", "ไทย", "1", "0", "0", "1"],
    ]

    header, *replications = tables["replications"]
    assert header[:2] == ["ประเทศ", "อปท.นำร่อง"]
    assert len(replications) == 15
    yala = next(row for row in replications if row[1] == "เทศบาลนครยะลา")
    assert yala == [
        "ไทย",
        "เทศบาลนครยะลา",
        "8. นวัตกรรมการจัดการองค์กรสาธารณะ",
        "เมืองลังซอน",
        "ข้อตกลงการทำงาน",
        "2010-09-01",
        "",
        "",
        "ต้องจับตา",
        "ยังอยู่ในขั้นข้อตกลงการทำงาน ทั้งที่การศึกษาดูงานเริ่มไปแล้ว",
        "ไม่ใช่",
    ]


def test_a_coordinators_downloads_hold_only_their_countrys_pilots_and_events(
    two_participants, thai_coordinator, client, rf
):
    client.force_login(thai_coordinator)
    workbook = load_workbook(io.BytesIO(client.get("/th/dashboard/report.xlsx?as_of=2011-06-01").content))
    replications = list(workbook["การถอดแบบ"].iter_rows(min_row=2, values_only=True))
    assert {row[1] for row in replications} == THAI_PILOTS
    assert {row[0] for row in replications} == {"ไทย"}
    training = list(workbook[workbook.sheetnames[TABLES.index("training")]].iter_rows(min_row=2, values_only=True))
    assert [row[1] for row in training] == ["ไทย"]  # Vietnam's workshop is not theirs

    _header, *replications = csv_rows(client.get("/th/dashboard/replications.csv?as_of=2011-06-01"))
    assert {row[1] for row in replications} == THAI_PILOTS
    _header, *training = csv_rows(client.get("/th/dashboard/training.csv?as_of=2011-06-01"))
    assert training == [["การฝึกอบรมวิทยากรพี่เลี้ยง", "ไทย", "1", "0", "0", "1"]]

    # The PDF's page, as its view makes it before Chromium draws it.
    request = rf.get("/th/dashboard/report.pdf", {"as_of": "2011-06-01"})
    request.user = thai_coordinator
    with translation.override("th"):
        context = dashboard_context(request, print_view=True)
        page = render_to_string("monitoring/dashboard.html", context, request=request)
    pilots = {row.replication.pilot.slug for row in context["report"].replications}
    assert pilots == {"pak-kret", "songkhla", "yala", "chiang-rai"}
    assert [row.country for row in context["report"].training] == ["TH"]
    for pilot in THAI_PILOTS:
        assert pilot in page
    for elsewhere in ["Da Nang City", "Tra Vinh City", "Kampot Municipality", "Kupang City", "Bacolod City"]:
        assert elsewhere not in page


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
    # The date in the title and on the page, its year in the Buddhist Era (2011 + 543).
    assert "1 มิถุนายน 2554" in reader.metadata.title
    assert "1 มิถุนายน 2554" in " ".join(text.split())  # the text layer spaces words out
    assert "2011" not in reader.metadata.title


def test_the_english_pdf_has_the_date_and_language_in_its_title(seeded, steering_member, client):
    client.force_login(steering_member)
    response = client.get("/en/dashboard/report.pdf?as_of=2011-06-01")
    assert response.status_code == 200, response.content[:500]
    title = PdfReader(io.BytesIO(response.content)).metadata.title
    assert "The steering committee's dashboard, 1 June 2011" in title
    assert "English" in title and "2554" not in title


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
