"""Targets per period in the admin: an inline on the indicator, checked before the database
refuses, in the editor's language, and kept in the indicator's history."""

import datetime

import pytest
from pytest_django.asserts import assertContains
from reversion.models import Version

from monitoring.models import Indicator, IndicatorTarget
from tests.municipalities.test_workspace_editing import form_data

D = datetime.date


@pytest.fixture
def pilots(seeded):
    return Indicator.objects.get(code="pilots")


def with_targets(client, url, *targets):
    """The indicator's change form with its seeded target and new targets (period end, value) added."""
    data = form_data(client.get(url))
    first = int(data["targets-TOTAL_FORMS"])
    data["targets-TOTAL_FORMS"] = str(first + len(targets))
    for index, (end, value) in enumerate(targets, start=first):
        data.update(
            {
                f"targets-{index}-period_end": end,
                f"targets-{index}-value": value,
                f"targets-{index}-comparison": "at-least",
                f"targets-{index}-source": "sample",
            }
        )
    return data


def test_an_editor_adds_targets_per_period_and_finds_them_in_the_history(client, pilots, office_editor):
    client.force_login(office_editor)
    url = f"/en/admin/monitoring/indicator/{pilots.pk}/change/"
    data = with_targets(client, url, ("2010-12-31", "10"), ("2012-10-31", "20"))
    data["targets_are"] = "incremental"
    assert client.post(url, data).status_code == 302
    pilots.refresh_from_db()
    assert pilots.targets_are == "incremental"
    assert [(t.period_end, int(t.value)) for t in pilots.targets.all()] == [
        (D(2010, 12, 31), 10),
        (D(2012, 8, 31), 20),
        (D(2012, 10, 31), 20),
    ]
    added = pilots.targets.get(period_end=D(2010, 12, 31))
    version = Version.objects.get_for_object(added).get()
    assert version.revision.user == office_editor
    assert Version.objects.get_for_object(pilots).get().revision == version.revision
    history = client.get(f"/en/admin/monitoring/indicator/{pilots.pk}/history/")
    assert history.status_code == 200


@pytest.mark.parametrize(
    ("targets", "message"),
    [
        ([("2010-02-28", "10")], "ช่วงเวลาของค่าเป้าหมายต้องสิ้นสุดภายในระยะเวลาโครงการ"),
        ([("2012-11-01", "10")], "ช่วงเวลาของค่าเป้าหมายต้องสิ้นสุดภายในระยะเวลาโครงการ"),
        ([("2011-09-30", "-1")], "ค่าเป้าหมายติดลบไม่ได้"),
        ([("2011-09-30", "5"), ("2011-09-30", "6")], "โปรดแก้ไขข้อมูลที่ซ้ำ"),
        ([("2012-08-31", "5")], "โปรดแก้ไขข้อมูลที่ซ้ำ"),  # the seeded target's period
    ],
)
def test_a_bad_target_gets_a_thai_message_and_nothing_is_saved(client, pilots, office_editor, targets, message):
    client.force_login(office_editor)
    url = f"/th/admin/monitoring/indicator/{pilots.pk}/change/"
    response = client.post(url, with_targets(client, url, *targets))
    assertContains(response, message)
    assert [t.period_end for t in pilots.targets.all()] == [D(2012, 8, 31)]


def test_a_new_indicator_with_a_target_outside_the_programme_gets_a_message_not_an_error(client, pilots, office_editor):
    client.force_login(office_editor)
    url = "/th/admin/monitoring/indicator/add/"
    data = form_data(client.get(url))
    data.update(
        {
            "programme": str(pilots.programme_id),
            "code": "sample-new",
            "name_th": "ตัวชี้วัดตัวอย่าง",
            "unit_th": "คน",
            "targets_are": "cumulative",
            "source": "sample",
            "targets-TOTAL_FORMS": "1",
            "targets-0-period_end": "2013-01-31",
            "targets-0-value": "3",
            "targets-0-comparison": "exactly",
            "targets-0-source": "sample",
        }
    )
    response = client.post(url, data)
    assertContains(response, "ช่วงเวลาของค่าเป้าหมายต้องสิ้นสุดภายในระยะเวลาโครงการ")
    assert not Indicator.objects.filter(code="sample-new").exists()
    data["targets-0-period_end"] = "2012-10-31"
    assert client.post(url, data).status_code == 302
    assert IndicatorTarget.objects.get(indicator__code="sample-new").period_end == D(2012, 10, 31)


def test_shortening_the_programme_past_a_target_s_period_gets_a_message_not_an_error(client, pilots, office_editor):
    from monitoring.models import Programme

    IndicatorTarget.objects.create(indicator=pilots, period_end=D(2012, 10, 31), value=20, source="sample")
    programme = Programme.objects.get()
    client.force_login(office_editor)
    url = f"/th/admin/monitoring/programme/{programme.pk}/change/"
    data = form_data(client.get(url))
    data["actual_end_date"] = "2012-09-30"  # month 31: the target's period ends in month 32
    response = client.post(url, data)
    assertContains(response, "ค่าเป้าหมายของตัวชี้วัดบางค่ามีช่วงเวลาที่สิ้นสุดนอกวันที่เหล่านี้")
    programme.refresh_from_db()
    assert programme.actual_end_date == D(2012, 10, 31)


def test_shortening_the_programme_below_a_planned_month_gets_a_message_not_an_error(client, seeded, office_editor):
    from monitoring.models import Milestone, Programme

    programme = Programme.objects.get()
    Milestone.objects.create(programme=programme, slug="sample-late", title_en="Sample", planned_month=32)
    client.force_login(office_editor)
    url = f"/th/admin/monitoring/programme/{programme.pk}/change/"
    data = form_data(client.get(url))
    data["actual_end_date"] = ""
    response = client.post(url, data)
    assertContains(response, "เมื่อกำหนดระยะเวลาเช่นนี้ เดือนสุดท้ายของโครงการคือเดือนที่ 30")
    assert Programme.objects.get().actual_end_date == D(2012, 10, 31)


def test_the_target_s_own_admin_page_names_a_second_target_for_the_period_and_a_period_outside(
    client, pilots, office_editor
):
    client.force_login(office_editor)
    url = "/th/admin/monitoring/indicatortarget/add/"
    data = form_data(client.get(url))
    data.update({"indicator": str(pilots.pk), "period_end": "2012-08-31", "value": "5", "comparison": "exactly"})
    data["source"] = "sample"
    assertContains(client.post(url, data), "ตัวชี้วัดนี้มีค่าเป้าหมายของช่วงเวลาที่สิ้นสุดในวันนั้นอยู่แล้ว")
    data["period_end"] = "2013-08-31"
    assertContains(client.post(url, data), "ช่วงเวลาของค่าเป้าหมายต้องสิ้นสุดภายในระยะเวลาโครงการ")
    assert pilots.targets.count() == 1
    data["period_end"] = "2011-08-31"
    assert client.post(url, data).status_code == 302
    assert pilots.targets.count() == 2
