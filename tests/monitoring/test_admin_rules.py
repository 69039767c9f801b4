"""The workplan's rules in the admin: a refused save says why in the editor's language, never a 500
or Django's "Constraint … is violated."."""

import datetime

import pytest
from pytest_django.asserts import assertContains, assertNotContains

from monitoring.models import Activity, Milestone, Phase, Programme
from tests.admin_forms import form_data


def change_url(language, obj):
    return f"/{language}/admin/monitoring/{obj._meta.model_name}/{obj.pk}/change/"


def post_change(client, language, obj, **changes):
    url = change_url(language, obj)
    data = form_data(client.get(url))
    data.update({name: str(value) for name, value in changes.items()})
    return client.post(url, data)


def refused_saying(response, message):
    assert response.status_code == 200  # the form again, not a redirect
    assertContains(response, message)
    assertNotContains(response, "violated")
    return True


@pytest.fixture
def year_one(seeded):
    return Phase.objects.get(programme__acronym="delgosea", number=1)


@pytest.mark.parametrize(
    ("language", "message"),
    [("en", "The first month cannot be after the last month."), ("th", "เดือนแรกต้องไม่อยู่หลังเดือนสุดท้าย")],
)
def test_a_phase_that_ends_before_it_starts_is_refused_saying_so(client, office_editor, year_one, language, message):
    client.force_login(office_editor)
    assert refused_saying(post_change(client, language, year_one, start_month=12, end_month=3), message)
    year_one.refresh_from_db()
    assert (year_one.start_month, year_one.end_month) == (1, 12)


@pytest.mark.parametrize(
    ("language", "message"),
    [("en", "The first month is month 1 or later."), ("th", "เดือนแรกต้องเป็นเดือนที่ 1 ขึ้นไป")],
)
def test_a_phase_from_month_0_is_refused_saying_so(client, office_editor, year_one, language, message):
    client.force_login(office_editor)
    assert refused_saying(post_change(client, language, year_one, start_month=0), message)


@pytest.mark.parametrize(
    ("language", "message"),
    [("en", "The last month is month 1 or later."), ("th", "เดือนสุดท้ายต้องเป็นเดือนที่ 1 ขึ้นไป")],
)
def test_an_activity_up_to_month_0_is_refused_saying_so(client, office_editor, year_one, language, message):
    activity = year_one.activities.order_by("number").first()
    client.force_login(office_editor)
    assert refused_saying(post_change(client, language, activity, planned_end_month=0), message)
    activity.refresh_from_db()
    assert activity.planned_end_month is None


@pytest.mark.parametrize(
    ("language", "message"),
    [("en", "The first month cannot be after the last month."), ("th", "เดือนแรกต้องไม่อยู่หลังเดือนสุดท้าย")],
)
def test_an_activity_in_the_phase_s_inline_that_ends_before_it_starts_is_refused(
    client, office_editor, year_one, language, message
):
    activity = year_one.activities.order_by("number").first()
    client.force_login(office_editor)
    url = change_url(language, year_one)
    data = form_data(client.get(url))
    prefix = next(name for name, value in data.items() if name.endswith("-id") and value == str(activity.pk))[:-3]
    data.update({f"{prefix}-planned_start_month": "5", f"{prefix}-planned_end_month": "2"})
    assert refused_saying(client.post(url, data), message)
    assert Activity.objects.get(pk=activity.pk).planned_start_month is None


@pytest.mark.parametrize(
    ("language", "message"),
    [("en", "The planned month is month 1 or later."), ("th", "เดือนตามแผนต้องเป็นเดือนที่ 1 ขึ้นไป")],
)
def test_a_milestone_in_month_0_is_refused_saying_so(client, office_editor, seeded, language, message):
    milestone = Milestone.objects.order_by("pk").first()
    client.force_login(office_editor)
    assert refused_saying(post_change(client, language, milestone, planned_month=0), message)


# ---------------------------------------------------------------- the plan within the programme's months


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("en", "With this length the programme&#x27;s last month is month 24, but its plan goes on after it"),
        ("th", "เมื่อกำหนดระยะเวลาเช่นนี้ เดือนสุดท้ายของโครงการคือเดือนที่ 24"),
    ],
)
def test_shortening_the_programme_below_its_phases_is_refused_saying_which(
    client, office_editor, year_one, language, message
):
    programme = year_one.programme
    client.force_login(office_editor)
    response = post_change(client, language, programme, planned_months=24, actual_end_date="")
    assert refused_saying(response, message)
    assertContains(response, "Year 3" if language == "en" else "ปีที่ 3")
    programme.refresh_from_db()
    assert (programme.planned_months, programme.actual_end_date) == (30, datetime.date(2012, 10, 31))


def test_shortening_the_programme_to_its_plan_goes_through(client, office_editor, year_one):
    programme = year_one.programme
    client.force_login(office_editor)
    response = post_change(client, "en", programme, actual_end_date="")
    assert response.status_code == 302
    programme.refresh_from_db()
    assert programme.last_month == 30


@pytest.fixture
def shorter_programme(seeded):
    return Programme.objects.create(
        acronym="sample-short",
        name_en="Sample short programme",
        start_date=datetime.date(2010, 3, 1),
        planned_months=12,
        source="sample",
    )


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("en", "The programme&#x27;s last month is month 12, but activities of this phase are planned after it"),
        ("th", "เดือนสุดท้ายของโครงการคือเดือนที่ 12 แต่ระยะนี้มีกิจกรรมที่วางแผนไว้หลังจากนั้น"),
    ],
)
def test_moving_a_phase_to_a_programme_that_ends_before_its_activities_is_refused(
    client, office_editor, year_one, shorter_programme, language, message
):
    late = year_one.activities.order_by("number").first()
    Activity.objects.filter(pk=late.pk).update(planned_start_month=14, planned_end_month=20)
    client.force_login(office_editor)
    assert refused_saying(post_change(client, language, year_one, programme=shorter_programme.pk), message)
    assert Phase.objects.get(pk=year_one.pk).programme.acronym == "delgosea"

    Activity.objects.filter(pk=late.pk).update(planned_start_month=None, planned_end_month=12)
    assert post_change(client, language, year_one, programme=shorter_programme.pk).status_code == 302
    assert Phase.objects.get(pk=year_one.pk).programme == shorter_programme


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("en", "The programme&#x27;s last month is month 32: an activity cannot be planned after it."),
        ("th", "เดือนสุดท้ายของโครงการคือเดือนที่ 32 จะวางแผนกิจกรรมหลังจากเดือนนี้ไม่ได้"),
    ],
)
def test_an_activity_after_the_programme_s_last_month_is_refused_not_a_server_error(
    client, office_editor, year_one, language, message
):
    activity = year_one.activities.order_by("number").first()
    client.force_login(office_editor)
    assert refused_saying(post_change(client, language, activity, planned_end_month=33), message)
    assert post_change(client, language, activity, planned_end_month=32).status_code == 302


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("en", "The programme&#x27;s last month is month 32: a phase cannot go on after it."),
        ("th", "เดือนสุดท้ายของโครงการคือเดือนที่ 32 ระยะจะเลยเดือนนี้ไปไม่ได้"),
    ],
)
def test_a_phase_after_the_programme_s_last_month_is_refused_not_a_server_error(
    client, office_editor, year_one, language, message
):
    client.force_login(office_editor)
    assert refused_saying(post_change(client, language, year_one, end_month=40), message)


def test_a_milestone_after_the_programme_s_last_month_is_refused_not_a_server_error(client, office_editor, seeded):
    milestone = Milestone.objects.order_by("pk").first()
    client.force_login(office_editor)
    response = post_change(client, "en", milestone, planned_month=33)
    assert refused_saying(response, "The programme&#x27;s last month is month 32: a milestone cannot be planned")
