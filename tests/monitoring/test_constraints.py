"""Workplan months lie between 1 and the programme's last month, in the database itself."""

import datetime
import itertools

import pytest
from django.db import IntegrityError, transaction

from monitoring.models import Activity, Indicator, IndicatorTarget, IndicatorValue, Milestone, Phase, Programme
from tests.raw_sql import app_check_constraints, guarded_in, guards, insert, refused_by, update


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


# ------------------------------------------------ each rule against raw SQL
# Rows written with plain SQL, so that only the database can refuse them. A CHECK passes
# when its condition is NULL: each rule is also tried with the other column empty.


MONTH_TRIGGERS = {
    "monitoring_phase_month_within_programme",
    "monitoring_activity_month_within_programme",
    "monitoring_milestone_month_within_programme",
    "programme_length_covers_plan",
    "indicator_target_period_within_programme",
    "monitoring_phase_activities_within_programme",
}


def sample_programme(**fields):
    values = {"acronym": "sample", "name_en": "Sample", "start_date": datetime.date(2010, 3, 1), "planned_months": 30}
    return Programme(**{**values, "source": "sample", **fields})


ACTIVITY_NUMBERS = itertools.count(100)


def activity(phase):
    return Activity(phase=phase, number=next(ACTIVITY_NUMBERS), title_en="Sample activity", source="sample")


def milestone(programme):
    return Milestone(programme=programme, slug="sample", title_en="Sample milestone", source="sample")


@pytest.fixture
def indicator(programme):
    return Indicator.objects.create(
        programme=programme, code="sample", name_en="Sample", unit="people", source="sample"
    )


def value(indicator):
    return IndicatorValue(indicator=indicator, as_of=datetime.date(2011, 1, 1), value=10, source="sample")


def test_every_check_constraint_and_month_trigger_of_monitoring_has_its_raw_sql_test():
    assert guarded_in(globals()) == app_check_constraints("monitoring") | MONTH_TRIGGERS


@guards("programme_planned_months_positive")
def test_raw_sql_cannot_store_a_programme_of_0_months(db):
    assert refused_by("programme_planned_months_positive", insert, sample_programme(), planned_months=0)
    assert insert(sample_programme(), planned_months=1)


@guards("programme_ends_after_start")
def test_raw_sql_cannot_store_a_programme_that_ends_before_it_starts(db):
    broken = sample_programme(actual_end_date=datetime.date(2010, 2, 28))
    assert refused_by("programme_ends_after_start", insert, broken)
    assert insert(sample_programme(actual_end_date=datetime.date(2010, 3, 1)))
    assert insert(sample_programme(acronym="open-ended"))


def phase(programme, start, end):
    return Phase(programme=programme, number=9, name_en="Sample", start_month=start, end_month=end, source="sample")


@guards("phase_start_month_from_1")
def test_raw_sql_cannot_store_a_phase_from_month_0(programme):
    assert refused_by("phase_start_month_from_1", insert, phase(programme, 0, 12))
    assert insert(phase(programme, 1, 1))


@guards("phase_end_month_from_1")
def test_raw_sql_cannot_store_a_phase_up_to_month_0(programme):
    # Checked in name order, this rule comes before the start-not-after-end one.
    assert refused_by("phase_end_month_from_1", insert, phase(programme, 1, 0))
    assert insert(phase(programme, 1, 1))


@guards("phase_start_month_not_after_end")
def test_raw_sql_cannot_store_a_phase_that_ends_before_it_starts(programme):
    assert refused_by("phase_start_month_not_after_end", insert, phase(programme, 12, 3))
    assert insert(phase(programme, 5, 5))


@guards("monitoring_phase_month_within_programme")
def test_raw_sql_cannot_store_a_phase_past_the_programme_s_last_month(programme):
    assert refused_by("monitoring_phase_month_within_programme", insert, phase(programme, 30, 33))
    assert insert(phase(programme, 30, 32))


@guards("activity_start_month_from_1")
def test_raw_sql_cannot_store_an_activity_from_month_0_even_without_an_end_month(year_one):
    assert refused_by("activity_start_month_from_1", insert, activity(year_one), planned_start_month=0)
    assert refused_by(
        "activity_start_month_from_1", insert, activity(year_one), planned_start_month=0, planned_end_month=5
    )
    assert insert(activity(year_one), planned_start_month=1)


@guards("activity_end_month_from_1")
def test_raw_sql_cannot_store_an_activity_up_to_month_0_even_without_a_start_month(year_one):
    assert refused_by("activity_end_month_from_1", insert, activity(year_one), planned_end_month=0)
    pk = insert(activity(year_one), planned_end_month=1)
    assert refused_by("activity_end_month_from_1", update, Activity, pk, planned_end_month=0)
    assert Activity.objects.get(pk=pk).planned_end_month == 1


@guards("activity_start_month_not_after_end")
def test_raw_sql_cannot_store_an_activity_that_ends_before_it_starts_in_months(year_one):
    assert refused_by(
        "activity_start_month_not_after_end", insert, activity(year_one), planned_start_month=12, planned_end_month=3
    )
    assert insert(activity(year_one), planned_start_month=3, planned_end_month=3)


@guards("monitoring_activity_month_within_programme")
def test_raw_sql_cannot_store_a_lone_activity_month_past_the_programme_s_last_month(year_one):
    trigger = "monitoring_activity_month_within_programme"
    assert refused_by(trigger, insert, activity(year_one), planned_end_month=33)
    assert refused_by(trigger, insert, activity(year_one), planned_start_month=33)
    pk = insert(activity(year_one), planned_end_month=32)
    assert refused_by(trigger, update, Activity, pk, planned_end_month=33)
    assert insert(activity(year_one), planned_start_month=32)


@guards("activity_ends_after_start")
def test_raw_sql_cannot_store_an_activity_whose_actual_dates_run_backwards(year_one):
    backwards = {"actual_start_date": datetime.date(2010, 6, 12), "actual_end_date": datetime.date(2010, 6, 10)}
    assert refused_by("activity_ends_after_start", insert, activity(year_one), **backwards)
    assert insert(activity(year_one), actual_start_date=datetime.date(2010, 6, 12))
    assert insert(activity(year_one), actual_end_date=datetime.date(2010, 6, 10))


@guards("milestone_month_from_1")
def test_raw_sql_cannot_store_a_milestone_in_month_0(programme):
    assert refused_by("milestone_month_from_1", insert, milestone(programme), planned_month=0)
    assert insert(milestone(programme), planned_month=1)


@guards("monitoring_milestone_month_within_programme")
def test_raw_sql_cannot_store_a_milestone_past_the_programme_s_last_month(programme):
    assert refused_by("monitoring_milestone_month_within_programme", insert, milestone(programme), planned_month=33)
    assert insert(milestone(programme), planned_month=32)


@guards("milestone_ends_after_start")
def test_raw_sql_cannot_store_a_milestone_that_ends_before_it_starts(programme):
    backwards = {"actual_start_date": datetime.date(2012, 8, 7), "actual_end_date": datetime.date(2012, 8, 6)}
    assert refused_by("milestone_ends_after_start", insert, milestone(programme), **backwards)
    assert insert(milestone(programme), actual_start_date=datetime.date(2012, 8, 7))


@guards("programme_length_covers_plan")
def test_raw_sql_cannot_shorten_the_programme_below_a_lone_planned_end_month(year_one, programme):
    insert(activity(year_one), planned_end_month=31)
    shorter = {"planned_months": 30, "actual_end_date": None}
    assert refused_by("programme_length_covers_plan", update, Programme, programme.pk, **shorter)
    update(Programme, programme.pk, planned_months=31, actual_end_date=None)
    assert Programme.objects.get(pk=programme.pk).last_month == 31


@guards("monitoring_phase_activities_within_programme")
def test_raw_sql_cannot_move_a_phase_to_a_programme_that_ends_before_its_activities(year_one):
    shorter = Programme.objects.get(pk=insert(sample_programme(acronym="short", planned_months=12)))
    late = insert(activity(year_one), planned_start_month=20)
    trigger = "monitoring_phase_activities_within_programme"
    assert refused_by(trigger, update, Phase, year_one.pk, programme_id=shorter.pk)
    update(Activity, late, planned_start_month=12)
    update(Phase, year_one.pk, programme_id=shorter.pk)
    assert Phase.objects.get(pk=year_one.pk).programme == shorter


def test_moving_a_phase_with_a_lone_end_month_past_the_new_programme_is_refused_through_the_orm(year_one):
    shorter = Programme.objects.create(
        acronym="short", name_en="Short", start_date=datetime.date(2010, 3, 1), planned_months=12, source="sample"
    )
    Activity.objects.create(phase=year_one, number=1, title_en="A", planned_end_month=13, source="sample")
    with pytest.raises(IntegrityError), transaction.atomic():
        Phase.objects.filter(pk=year_one.pk).update(programme=shorter)
    year_one.programme = shorter
    with pytest.raises(IntegrityError), transaction.atomic():
        year_one.save()
    assert Phase.objects.get(pk=year_one.pk).programme.acronym == "delgosea"


def target(indicator, **fields):
    return IndicatorTarget(
        indicator=indicator, period_end=datetime.date(2011, 9, 30), value=120, source="sample", **fields
    )


@guards("indicator_target_value_not_negative")
def test_raw_sql_cannot_store_a_negative_indicator_target(indicator):
    assert refused_by("indicator_target_value_not_negative", insert, target(indicator), value=-1)
    pk = insert(target(indicator), value=0)
    assert refused_by("indicator_target_value_not_negative", update, IndicatorTarget, pk, value=-5)


def test_raw_sql_cannot_store_two_targets_of_an_indicator_for_the_same_period(indicator):
    insert(target(indicator))
    assert refused_by("indicator_target_once_per_period", insert, target(indicator), value=200)
    assert insert(target(indicator), period_end=datetime.date(2012, 8, 31))


def test_the_orm_refuses_a_second_target_for_the_same_period_in_bulk_too(indicator):
    IndicatorTarget.objects.create(indicator=indicator, period_end=datetime.date(2011, 9, 30), value=120)
    with pytest.raises(IntegrityError), transaction.atomic():
        IndicatorTarget.objects.bulk_create([target(indicator)])


@guards("indicator_target_period_within_programme")
def test_raw_sql_cannot_store_a_target_period_ending_outside_the_programme(indicator):
    trigger = "indicator_target_period_within_programme"
    # The programme runs from 1 March 2010 to 31 October 2012 (32 months with its extension).
    assert refused_by(trigger, insert, target(indicator), period_end=datetime.date(2010, 2, 28))
    assert refused_by(trigger, insert, target(indicator), period_end=datetime.date(2012, 11, 1))
    assert insert(target(indicator), period_end=datetime.date(2010, 3, 1))
    pk = insert(target(indicator), period_end=datetime.date(2012, 10, 31))
    assert refused_by(trigger, update, IndicatorTarget, pk, period_end=datetime.date(2013, 1, 1))


def test_the_programme_cannot_be_shortened_or_moved_away_from_a_target_period(indicator):
    insert(target(indicator), period_end=datetime.date(2010, 3, 15))  # month 1
    insert(target(indicator), period_end=datetime.date(2012, 10, 31))  # month 32
    programme = indicator.programme
    rule = "programme_length_covers_plan"
    assert refused_by(rule, update, Programme, programme.pk, actual_end_date=None)  # 30 months: to 31 August
    assert refused_by(rule, update, Programme, programme.pk, start_date=datetime.date(2010, 4, 1))
    update(Programme, programme.pk, actual_end_date=datetime.date(2012, 12, 31))
    assert Programme.objects.get(pk=programme.pk).last_day == datetime.date(2012, 12, 31)


@guards("indicator_value_not_negative")
def test_raw_sql_cannot_store_a_negative_indicator_value(indicator):
    assert refused_by("indicator_value_not_negative", insert, value(indicator), value=-1)
    assert insert(value(indicator), value=0)


@guards("indicator_value_sexes_within_total")
def test_raw_sql_cannot_store_more_women_or_men_than_the_total_even_when_the_other_is_empty(indicator):
    rule = "indicator_value_sexes_within_total"
    assert refused_by(rule, insert, value(indicator), female=50)
    assert refused_by(rule, insert, value(indicator), male=50)
    assert refused_by(rule, insert, value(indicator), female=6, male=5)
    pk = insert(value(indicator), female=10)
    assert refused_by(rule, update, IndicatorValue, pk, value=9)
    update(IndicatorValue, pk, female=6, male=4)
    assert IndicatorValue.objects.get(pk=pk).female == 6
