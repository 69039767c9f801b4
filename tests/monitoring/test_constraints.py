"""Workplan months lie between 1 and the programme's last month, in the database itself."""

import datetime

import pytest
from django.db import IntegrityError, transaction

from monitoring.models import Activity, Milestone, Phase, Programme


@pytest.fixture
def programme(db):
    # 30 months planned from March 2010, extended to 31 October 2012: 32 months in all.
    return Programme.objects.create(
        acronym="delgosea",
        name_en="DELGOSEA",
        start_date=datetime.date(2010, 3, 1),
        planned_months=30,
        actual_end_date=datetime.date(2012, 10, 31),
    )


@pytest.fixture
def year_one(programme):
    return Phase.objects.create(programme=programme, number=1, name_en="Year 1", start_month=1, end_month=12)


def refused(**fields):
    with pytest.raises(IntegrityError), transaction.atomic():
        Activity.objects.create(number=1, title_en="Select best practices", **fields)
    return True


def test_the_programme_lasts_32_months_with_its_extension(programme):
    assert programme.actual_months == 32
    assert programme.last_month == 32
    assert programme.planned_end_date == datetime.date(2012, 8, 31)
    assert programme.month_of(datetime.date(2012, 8, 7)) == 30


def test_a_month_0_is_refused(year_one):
    assert refused(phase=year_one, planned_start_month=0)


def test_a_month_40_is_refused(year_one):
    assert refused(phase=year_one, planned_start_month=3, planned_end_month=40)


def test_a_month_in_the_extension_is_accepted(year_one):
    activity = Activity.objects.create(
        phase=year_one, number=1, title_en="Final report", planned_start_month=31, planned_end_month=32
    )
    assert activity.planned_end_month == 32


def test_a_month_past_the_extension_is_refused_on_update_too(year_one):
    Activity.objects.create(phase=year_one, number=1, title_en="A", planned_start_month=2)
    with pytest.raises(IntegrityError), transaction.atomic():
        Activity.objects.update(planned_start_month=33)


def test_a_start_month_after_the_end_month_is_refused(year_one):
    assert refused(phase=year_one, planned_start_month=12, planned_end_month=3)


def test_an_activity_that_ends_before_it_starts_is_refused(year_one):
    assert refused(
        phase=year_one, actual_start_date=datetime.date(2010, 6, 12), actual_end_date=datetime.date(2010, 6, 10)
    )


def test_a_phase_past_the_programme_is_refused(programme):
    with pytest.raises(IntegrityError), transaction.atomic():
        Phase.objects.create(programme=programme, number=4, name_en="Year 4", start_month=33, end_month=40)


def test_a_milestone_past_the_programme_is_refused(programme):
    with pytest.raises(IntegrityError), transaction.atomic():
        Milestone.objects.create(programme=programme, slug="late", title_en="Late", planned_month=40)


def test_shortening_the_programme_below_its_plan_is_refused(year_one, programme):
    Activity.objects.create(phase=year_one, number=1, title_en="A", planned_start_month=31)
    with pytest.raises(IntegrityError), transaction.atomic():
        Programme.objects.filter(pk=programme.pk).update(planned_months=12, actual_end_date=None)
    programme.refresh_from_db()
    assert programme.planned_months == 30


def test_a_logbook_entry_that_ends_before_it_starts_is_refused(db):
    from municipalities.models import Country, LocalGovernment
    from practices.models import Practice, Theme
    from replications.models import LogbookEntry, Replication

    thailand = Country.objects.create(code="TH", name_en="Thailand")
    yala = LocalGovernment.objects.create(slug="yala", name_en="Yala", kind="city", country=thailand)
    theme = Theme.objects.create(number=2, title_en="Institutional Governance")
    practice = Practice.objects.create(number=8, theme=theme, host=yala, title_en="Innovation")
    replication = Replication.objects.create(pilot=yala, practice=practice)
    with pytest.raises(IntegrityError), transaction.atomic():
        LogbookEntry.objects.create(
            replication=replication,
            period_start=datetime.date(2011, 9, 1),
            period_end=datetime.date(2011, 5, 1),
            status="on-track",
        )
