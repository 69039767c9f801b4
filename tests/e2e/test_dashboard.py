"""The steering committee's dashboard in Chromium, in Thai and in English."""

import pytest
from django.core.management import call_command
from openpyxl import load_workbook

from tests.e2e.conftest import axe_violations

pytestmark = pytest.mark.e2e

PASSWORD = "exchange-visit-2011"
WORDS = {
    "th": {
        "user": "ชื่อผู้ใช้",
        "password": "รหัสผ่าน",
        "sign_in": "เข้าสู่ระบบ",
        "as_of": "ณ วันที่",
        "show": "แสดง",
        "in_progress": "กำลังดำเนินการ",
        "not_started": "ยังไม่เริ่ม",
        "xlsx": "ตารางทั้งหมดเป็นไฟล์ XLSX",
        "pdf": "รายงานเป็นไฟล์ PDF",
        "workplan": "แผนการดำเนินงาน",
        "agreed": "ข้อตกลงการทำงาน ตั้งแต่ 1 กันยายน 2553",
    },
    "en": {
        "user": "Username",
        "password": "Password",
        "sign_in": "Log in",
        "as_of": "As of",
        "show": "Show",
        "in_progress": "In progress",
        "not_started": "Not started",
        "xlsx": "Every table as XLSX",
        "pdf": "The report as PDF",
        "workplan": "Workplan",
        "agreed": "Working agreement since 1 September 2010",
    },
}


def staff(username, role, country=None):
    from django.contrib.auth import get_user_model

    from kernel.workspace.roles import sync_groups

    sync_groups()  # a browser test's database is emptied after each test, the roles with it
    args = ["add_staff", username, "--role", role] + (["--country", country] if country else [])
    call_command(*args, verbosity=0)
    user = get_user_model().objects.get(username=username)
    user.set_password(PASSWORD)
    user.save()
    return user


def sign_in(page, portal, language, username):
    words = WORDS[language]
    page.goto(f"{portal}/{language}/dashboard/")
    page.wait_for_url(f"{portal}/{language}/admin/login/?next=/{language}/dashboard/")
    page.get_by_label(words["user"]).fill(username)
    page.get_by_label(words["password"]).fill(PASSWORD)
    page.get_by_role("button", name=words["sign_in"]).click()
    page.wait_for_url(f"{portal}/{language}/dashboard/")


def activity_status(page, number):
    return page.locator("#workplan table tbody tr").nth(number - 1).locator("td").last.inner_text()


@pytest.mark.parametrize("language", ["th", "en"])
def test_a_steering_committee_member_sets_1_june_2011_and_downloads_the_report(portal, browser, language, tmp_path):
    staff("steering", "steering-committee")
    words = WORDS[language]
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    page = context.new_page()
    sign_in(page, portal, language, "steering")

    page.get_by_label(words["as_of"], exact=True).fill("2011-06-01")
    page.get_by_role("button", name=words["show"], exact=True).click()
    page.wait_for_url(f"{portal}/{language}/dashboard/?as_of=2011-06-01")
    assert activity_status(page, 7) == words["in_progress"]
    assert activity_status(page, 10) == words["not_started"]
    assert page.locator("#replications tbody tr").count() == 15
    # every pilot at the seeded working agreement, with its date
    stages = page.locator("#replications tbody tr td:nth-child(3)").all_inner_texts()
    assert stages == [words["agreed"]] * 15
    assert axe_violations(page) == []

    with page.expect_download() as download:
        page.get_by_role("link", name=words["xlsx"]).click()
    download.value.save_as(tmp_path / "report.xlsx")
    workbook = load_workbook(tmp_path / "report.xlsx")
    assert workbook.sheetnames[0] == words["workplan"]
    statuses = {row[0]: row[10] for row in workbook.worksheets[0].iter_rows(min_row=2, values_only=True)}
    assert (statuses[7], statuses[10]) == (words["in_progress"], words["not_started"])

    if language == "th":
        import unicodedata

        from pypdf import PdfReader

        with page.expect_download(timeout=90_000) as download:
            page.get_by_role("link", name=words["pdf"]).click()
        text = PdfReader(download.value.path()).pages[0].extract_text()
        assert unicodedata.normalize("NFKC", "แดชบอร์ดของคณะกรรมการกำกับโครงการ") in unicodedata.normalize("NFKC", text)
    context.close()


def test_a_coordinator_sees_only_their_countrys_pilots(portal, browser):
    staff("somchai", "country-coordinator", "TH")
    page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    sign_in(page, portal, "en", "somchai")
    page.goto(f"{portal}/en/dashboard/?as_of=2011-06-01")
    assert page.locator("#replications h3").all_inner_texts() == ["Thailand"]
    assert page.locator("#replications tbody tr").count() == 4
    page.context.close()


def test_an_anonymous_visitor_is_sent_to_sign_in(portal, phone):
    phone.goto(f"{portal}/th/dashboard/?as_of=2011-06-01")
    assert phone.url == f"{portal}/th/admin/login/?next=/th/dashboard/%3Fas_of%3D2011-06-01"


@pytest.mark.parametrize("language", ["th", "en"])
def test_the_dashboard_fits_a_320_px_phone_and_axe_finds_nothing(portal, browser, language):
    staff("steering", "steering-committee")
    context = browser.new_context(viewport={"width": 320, "height": 640}, is_mobile=True)
    page = context.new_page()
    sign_in(page, portal, language, "steering")
    page.goto(f"{portal}/{language}/dashboard/?as_of=2012-10-31")
    # the page itself never scrolls sideways; the chart scrolls inside its own focusable box
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    assert axe_violations(page) == []
    context.close()


@pytest.mark.parametrize("width", [320, 1280])
@pytest.mark.parametrize("language", ["th", "en"])
def test_each_indicators_chart_fits_the_screen_with_its_table_beside_or_below_and_axe_finds_nothing(
    portal, browser, language, width
):
    from monitoring import demo

    demo.load()  # several values for the people trained by target group
    staff("steering", "steering-committee")
    context = browser.new_context(viewport={"width": width, "height": 900}, is_mobile=width < 400)
    page = context.new_page()
    sign_in(page, portal, language, "steering")
    page.goto(f"{portal}/{language}/dashboard/?as_of=2012-10-31")
    block = page.locator("#values-civil-servants-trained")
    chart, table = block.locator("svg.line-chart"), block.locator("table")
    assert chart.get_attribute("role") == "img"
    assert block.locator("tbody tr").count() == 4
    chart_box, table_box = chart.bounding_box(), table.bounding_box()
    assert chart_box["x"] >= 0 and chart_box["x"] + chart_box["width"] <= width
    if width == 320:
        assert table_box["y"] >= chart_box["y"] + chart_box["height"]  # below it
    else:
        assert table_box["x"] >= chart_box["x"] + chart_box["width"]  # beside it
        assert table_box["y"] < chart_box["y"] + chart_box["height"]
    # The chart's words stay readable: its scale's numbers at least 9 px high on a phone.
    label = chart.locator("text.chart-text").first.bounding_box()
    assert label["height"] >= 11
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert page.locator("svg.line-chart").count() == 7  # every indicator has a value with the sample layer
    assert axe_violations(page) == []
    context.close()
