"""The workplan's rules in the admin: a refused save says why in the editor's language, never a 500
or Django's "Constraint … is violated."."""

import pytest
from pytest_django.asserts import assertContains, assertNotContains

from monitoring.models import Activity, Milestone, Phase
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
