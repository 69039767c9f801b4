"""The dashboard's numbers (monitoring/reporting.py), against hand-counted fixtures on the seeded facts.

The programme starts on 1 March 2010 (month 1), was planned for 30 months (to 31 August 2012)
and ended on 31 October 2012 (month 32).
"""

import datetime
from decimal import Decimal

import pytest
from django.utils import translation

from monitoring import reporting
from monitoring.reporting import Span, WorkStatus, work_status
from municipalities.models import Country, LocalGovernment, Organisation, Person
from training.models import Event, Participation

D = datetime.date
DAY_BEFORE_START = D(2010, 2, 28)
MONTH_30 = D(2012, 8, 31)  # the planned end
MONTH_32 = D(2012, 10, 31)  # the actual end
AFTER_END = D(2012, 11, 1)


def statuses(as_of):
    programme = reporting.load_programme()
    return {row.activity.number: row.status for row in reporting.workplan(programme, as_of)}


def test_on_1_june_2011_the_exchange_visits_are_in_progress_and_the_national_dialogue_not_started(seeded):
    found = statuses(D(2011, 6, 1))
    assert found[7] == WorkStatus.IN_PROGRESS
    assert found[10] == WorkStatus.NOT_STARTED


def test_the_day_before_the_start_no_activity_has_started(seeded):
    assert set(statuses(DAY_BEFORE_START).values()) == {WorkStatus.NOT_STARTED}
    assert reporting.programme_month(reporting.load_programme(), DAY_BEFORE_START) == 0


def test_an_activity_with_nothing_recorded_says_so_once_its_planned_range_has_begun(seeded):
    # Activity 1 has no milestone or event linked to it: its phase (months 1-12) begins on 1 March 2010.
    assert statuses(D(2010, 3, 1))[1] == WorkStatus.NO_RECORD


def test_at_month_30_the_national_dialogue_is_in_progress_and_the_exchange_visits_done(seeded):
    found = statuses(MONTH_30)
    # National workshops on policy, April 2012, within phase 3 (months 25-30, to 31 August 2012).
    assert found[10] == WorkStatus.IN_PROGRESS
    # Exchange visits, May 2011 - March 2012, after phase 2 ended (February 2012).
    assert found[7] == WorkStatus.DONE
    assert reporting.programme_month(reporting.load_programme(), MONTH_30) == 30


def test_at_month_32_and_after_the_end_the_national_dialogue_is_done(seeded):
    assert statuses(MONTH_32)[10] == WorkStatus.DONE
    assert statuses(AFTER_END)[10] == WorkStatus.DONE
    assert reporting.programme_month(reporting.load_programme(), MONTH_32) == 32


def test_exchange_visits_running_past_their_phase_are_late_until_they_end(seeded):
    # Phase 2 ended on 29 February 2012; the visits ran to March 2012 (month precision: its last day).
    assert statuses(D(2012, 3, 15))[7] == WorkStatus.LATE
    assert statuses(D(2012, 4, 1))[7] == WorkStatus.DONE


def test_an_activity_without_months_of_its_own_is_planned_over_its_phase_and_says_so(seeded):
    rows = {row.activity.number: row for row in reporting.workplan(reporting.load_programme(), D(2011, 6, 1))}
    seven = rows[7]
    assert (seven.planned_start_month, seven.planned_end_month, seven.planned_from_phase) == (13, 24, True)
    assert (seven.planned_start, seven.planned_end) == (D(2011, 3, 1), D(2012, 2, 29))
    # Its actual span so far: from the first exchange visit (May 2011) to the date.
    assert (seven.actual_start, seven.actual_end) == (D(2011, 5, 1), D(2011, 6, 1))


def test_an_activity_with_its_own_months_is_planned_over_them(seeded):
    from monitoring.models import Activity

    Activity.objects.filter(number=7).update(planned_start_month=15, planned_end_month=20)
    seven = next(r for r in reporting.workplan(reporting.load_programme(), D(2011, 6, 1)) if r.activity.number == 7)
    assert (seven.planned_start, seven.planned_end, seven.planned_from_phase) == (D(2011, 5, 1), D(2011, 10, 31), False)


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        (D(2011, 1, 31), WorkStatus.NOT_STARTED),  # before the planned start, nothing begun
        (D(2011, 3, 1), WorkStatus.NO_RECORD),  # planned range begun, nothing recorded at all
        (D(2011, 7, 1), WorkStatus.NO_RECORD),
    ],
)
def test_the_status_of_an_activity_with_no_record(as_of, expected):
    assert work_status(as_of, D(2011, 3, 1), D(2011, 6, 30), []) == expected


def test_an_activity_not_begun_by_its_planned_end_is_late():
    later = [Span(D(2011, 9, 1), D(2011, 9, 3), "visit")]
    assert work_status(D(2011, 6, 30), D(2011, 3, 1), D(2011, 6, 30), later) == WorkStatus.NOT_STARTED
    assert work_status(D(2011, 7, 1), D(2011, 3, 1), D(2011, 6, 30), later) == WorkStatus.LATE


def test_an_activity_reported_done_is_done_once_its_work_has_ended():
    work = [Span(D(2011, 3, 5), D(2011, 3, 7), "workshop")]
    assert work_status(D(2011, 3, 8), D(2011, 3, 1), D(2011, 6, 30), work) == WorkStatus.IN_PROGRESS
    assert work_status(D(2011, 3, 8), D(2011, 3, 1), D(2011, 6, 30), work, reported_done=True) == WorkStatus.DONE
    assert work_status(D(2011, 3, 7), D(2011, 3, 1), D(2011, 6, 30), work, reported_done=True) == (
        WorkStatus.IN_PROGRESS
    )


# ---------------------------------------------------------------- indicators from the registers


@pytest.fixture
def trainees(seeded):
    """At the training of coaches (18-25 November 2010): 2 women and 1 man as trainees, one of the women
    also at a second training (counted once); a male speaker and a woman who did not attend (not counted)."""
    training = Event.objects.get(slug="training-of-coaches-2010")
    second = Event.objects.create(
        slug="sample-second-training",
        kind=Event.Kind.TRAINING_OF_COACHES,
        start_date=D(2011, 2, 1),
        title_en="Second training of coaches",
        source="sample",
    )
    mlt = Organisation.objects.get(acronym="MLT")

    def person(name, sex):
        return Person.objects.create(name_en=name, name_th=name, sex=sex, organisation=mlt, source="sample")

    anna, bua, chai = person("Anna", "female"), person("Bua", "female"), person("Chai", "male")
    for p in (anna, bua, chai):
        Participation.objects.create(person=p, event=training, role="trainee", source="sample")
    Participation.objects.create(person=anna, event=second, role="trainee", source="sample")
    Participation.objects.create(person=person("Dao", "male"), event=training, role="speaker", source="sample")
    Participation.objects.create(person=person("Ei", "female"), event=training, attended=False, source="sample")
    Participation.objects.create(person=person("Fon", "male"), event=second, role="participant", source="sample")


def coaches_row(as_of):
    rows = reporting.indicator_rows(reporting.load_programme(), as_of)
    return next(row for row in rows if row.indicator.code == "coaches-trained")


def test_coaches_trained_are_the_people_who_took_part_in_a_training_of_coaches_by_sex(trainees):
    row = coaches_row(D(2010, 11, 25))
    assert row.from_registers
    assert (row.current.value, row.current.female, row.current.male) == (3, 2, 1)
    assert row.progress == 3  # 3 of up to 80, in whole per cent


def test_coaches_trained_count_each_person_once_over_several_trainings(trainees):
    row = coaches_row(D(2011, 2, 1))
    assert [(r.as_of, r.value, r.female, r.male) for r in row.readings] == [
        (D(2010, 11, 25), 3, 2, 1),
        (D(2011, 2, 1), 4, 2, 2),
    ]


def test_coaches_are_not_counted_before_their_training_ends(trainees):
    row = coaches_row(D(2010, 11, 24))
    assert row.readings == []
    with translation.override("en"):
        assert "training of coaches" in str(row.empty_note)


def test_with_no_participation_recorded_the_coaches_indicator_says_how_to_record_them(seeded):
    row = coaches_row(AFTER_END)
    assert row.current is None
    assert row.progress is None
    with translation.override("en"):
        assert "Record them in the workspace" in str(row.empty_note)


@pytest.fixture
def pilot_participants(seeded):
    """At two national workshops, people of pilots (Yala, Pak Kret): local government officials (2 women,
    1 man, one woman at both workshops), a local executive (a man), a civil-society representative (a
    woman); not counted: an official who spoke, an official who did not attend, a participant with no
    target group, officials of a host that is no pilot (Udon Thani), of no local government, and a local
    executive of a local government whose candidacy was not selected."""
    first, second = (
        Event.objects.create(
            slug="sample-workshop-1",
            kind=Event.Kind.NATIONAL_WORKSHOP,
            start_date=D(2011, 5, 10),
            end_date=D(2011, 5, 12),
            title_en="Sample workshop 1",
            source="sample",
        ),
        Event.objects.create(
            slug="sample-workshop-2",
            kind=Event.Kind.NATIONAL_WORKSHOP,
            start_date=D(2011, 9, 1),
            title_en="Sample workshop 2",
            source="sample",
        ),
    )
    officials = Participation.TargetGroup.LOCAL_OFFICIALS
    yala, pak_kret, udon_thani = (LocalGovernment.objects.get(slug=slug) for slug in ("yala", "pak-kret", "udon-thani"))
    from replications.models import PilotCandidacy

    candidate = LocalGovernment.objects.get(slug="khon-kaen")
    PilotCandidacy.objects.create(local_government=candidate, status="candidate", source="sample")

    def took_part(name, sex, event, group, where=yala, **kwargs):
        person = Person.objects.filter(name_en=name).first() or Person.objects.create(
            name_en=name, name_th=name, sex=sex, local_government=where, source="sample"
        )
        Participation.objects.create(person=person, event=event, target_group=group, source="sample", **kwargs)

    took_part("Anong", "female", first, officials)
    took_part("Boon", "male", first, officials, where=pak_kret)
    took_part("Anong", "female", second, officials)
    took_part("Chom", "female", second, officials, where=pak_kret)
    took_part("Dee", "male", first, Participation.TargetGroup.LOCAL_EXECUTIVES)
    took_part("Ekk", "female", second, Participation.TargetGroup.CIVIL_SOCIETY)
    took_part("Fah", "female", first, officials, role="speaker")
    took_part("Gun", "male", first, officials, attended=False)
    took_part("Hom", "female", first, "")
    took_part("Ice", "female", first, officials, where=udon_thani)
    took_part("Jin", "male", second, officials, where=None)
    took_part("Kla", "male", first, Participation.TargetGroup.LOCAL_EXECUTIVES, where=candidate)


def indicator_row(code, as_of):
    rows = reporting.indicator_rows(reporting.load_programme(), as_of)
    return next(row for row in rows if row.indicator.code == code)


def test_civil_servants_trained_are_the_local_government_officials_who_took_part_by_sex(pilot_participants):
    row = indicator_row("civil-servants-trained", D(2011, 9, 1))
    assert row.from_registers
    assert [(r.as_of, r.value, r.female, r.male) for r in row.readings] == [
        (D(2011, 5, 12), 2, 1, 1),
        (D(2011, 9, 1), 3, 2, 1),  # Anong, at both workshops, counts once
    ]
    assert row.progress == 2  # 3 of up to 120, in whole per cent


def test_people_trained_in_pilot_cities_are_only_those_of_a_pilot_local_government(pilot_participants):
    # Ice (Udon Thani hosts a practice, pilots none), Jin (no local government) and Kla (Khon Kaen,
    # a candidate never selected) took part as their target group, yet are no people of a pilot.
    servants = indicator_row("civil-servants-trained", D(2011, 9, 1)).current
    makers = indicator_row("decision-makers-trained", D(2011, 9, 1)).current
    assert (servants.value, servants.female, servants.male) == (3, 2, 1)  # Anong, Boon, Chom
    assert (makers.value, makers.female, makers.male) == (1, 0, 1)  # Dee
    from replications.models import PilotCandidacy

    PilotCandidacy.objects.filter(local_government__slug="khon-kaen").update(status="selected")
    makers = indicator_row("decision-makers-trained", D(2011, 9, 1)).current
    assert (makers.value, makers.female, makers.male) == (2, 0, 2)  # Kla, once Khon Kaen is a pilot


def test_coaches_trained_are_not_limited_to_pilots(trainees):
    # The trainees work for the Municipal League of Thailand, no local government at all.
    assert coaches_row(D(2010, 11, 25)).current.value == 3


def test_decision_makers_and_civil_society_trained_count_their_own_target_group(pilot_participants):
    makers = indicator_row("decision-makers-trained", D(2011, 9, 1)).current
    society = indicator_row("civil-society-trained", D(2011, 9, 1)).current
    assert (makers.value, makers.female, makers.male) == (1, 0, 1)
    assert (society.value, society.female, society.male) == (1, 1, 0)


def test_people_trained_by_target_group_are_not_counted_before_their_event_ends(pilot_participants):
    assert indicator_row("civil-servants-trained", D(2011, 5, 11)).readings == []
    assert indicator_row("civil-society-trained", D(2011, 8, 31)).readings == []


def test_a_typed_value_of_an_indicator_the_registers_define_is_not_read(pilot_participants):
    from monitoring.models import Indicator, IndicatorValue

    indicator = Indicator.objects.get(code="civil-servants-trained")
    IndicatorValue.objects.create(indicator=indicator, as_of=D(2011, 6, 1), value=99, source="sample")
    assert indicator_row("civil-servants-trained", D(2011, 9, 1)).current.value == 3


def test_with_no_participation_by_target_group_the_indicator_says_how_to_record_it(seeded):
    row = indicator_row("decision-makers-trained", AFTER_END)
    assert row.current is None
    with translation.override("en"):
        assert "as Local executives" in str(row.empty_note)
        assert "target group" in str(row.empty_note)


def test_a_reported_indicator_takes_its_last_value_by_the_date(seeded):
    rows = {r.indicator.code: r for r in reporting.indicator_rows(reporting.load_programme(), D(2010, 9, 30))}
    assert rows["pilots"].current.value == 16
    assert rows["pilots"].progress == 80
    earlier = {r.indicator.code: r for r in reporting.indicator_rows(reporting.load_programme(), D(2010, 9, 29))}
    assert earlier["pilots"].current is None


def test_the_logframe_lists_each_expected_result_with_its_indicators(seeded):
    results = reporting.logframe(reporting.load_programme(), AFTER_END)
    by_number = {r.result.number if r.result else None: [i.indicator.code for i in r.indicators] for r in results}
    assert by_number[1] == ["candidate-practices", "selected-practices"]
    assert by_number[2] == ["coaches-trained"]
    assert by_number[3] == by_number[4] == by_number[5] == []
    assert sorted(by_number[None]) == [
        "civil-servants-trained",
        "civil-society-trained",
        "decision-makers-trained",
        "pilots",
    ]


# ---------------------------------------------------------------- plan against actual


def plan(as_of):
    rows = reporting.plan_against_actual(reporting.load_programme(), as_of)
    return {row.code: (row.planned, row.actual) for row in rows}


def test_plan_against_actual_after_the_end_reads_the_seeded_facts(seeded):
    found = plan(AFTER_END)
    assert found["months"] == (30, 32)
    assert found["candidate-practices"] == (27, 27)
    assert found["selected-practices"] == (16, 16)
    assert found["pilots"] == (20, 16)
    assert found["coaches-trained"] == (80, None)


def test_plan_against_actual_counts_the_months_while_the_programme_runs(seeded):
    assert plan(MONTH_30)["months"] == (30, 30)
    assert plan(MONTH_32)["months"] == (30, 32)
    assert plan(DAY_BEFORE_START)["months"] == (30, None)
    assert plan(DAY_BEFORE_START)["pilots"] == (20, None)


def test_plan_against_actual_reads_the_coaches_from_the_register(trainees):
    assert plan(AFTER_END)["coaches-trained"] == (80, Decimal(4))


# ---------------------------------------------------------------- training


def test_training_participants_are_counted_by_event_kind_country_and_sex(trainees):
    final = Event.objects.get(slug="final-conference-2012")
    yala = LocalGovernment.objects.get(slug="yala")
    Participation.objects.create(
        person=Person.objects.create(name_en="Officer", sex="female", local_government=yala, source="sample"),
        event=final,
        source="sample",
    )
    rows = reporting.training_participants(AFTER_END)
    found = [((r.kind, r.country), (r.female, r.male, r.unstated, r.total)) for r in rows]
    assert len(found) == 3  # one row per kind and country
    found = dict(found)
    # The first training (TH): Anna, Bua, Chai and the speaker Dao attended; Ei did not.
    # The second (no country): Anna and Fon.
    assert found == {
        ("training-of-coaches", "TH"): (2, 2, 0, 4),
        ("training-of-coaches", ""): (1, 1, 0, 2),
        ("conference", "TH"): (1, 0, 0, 1),
    }
    assert {(r.kind, r.country) for r in reporting.training_participants(D(2012, 8, 6))} == {
        ("training-of-coaches", "TH"),
        ("training-of-coaches", ""),
    }


def test_a_coordinator_counts_only_their_own_countrys_events(trainees):
    vietnam = Country.objects.get(code="VN")
    thailand = Country.objects.get(code="TH")
    assert reporting.training_participants(AFTER_END, vietnam) == []
    assert [(r.kind, r.total) for r in reporting.training_participants(AFTER_END, thailand)] == [
        ("training-of-coaches", 4)
    ]


# ---------------------------------------------------------------- targets per period


@pytest.fixture
def reported(seeded):
    """A sample indicator with three target periods: to month 12 (28 February 2011), to month 30
    (31 August 2012, the planned end) and to month 32 (31 October 2012, the actual end); and its values,
    each a running total from the start, one on each period's last day."""
    from monitoring.models import Indicator, IndicatorTarget, IndicatorValue

    indicator = Indicator.objects.create(
        programme=reporting.load_programme(), code="sample-reports", name_en="Sample reports", unit_en="reports"
    )
    for end, value in [(D(2011, 2, 28), 10), (D(2012, 8, 31), 20), (D(2012, 10, 31), 10)]:
        IndicatorTarget.objects.create(indicator=indicator, period_end=end, value=value, source="sample")
    for as_of, value, female, male in [
        (D(2010, 6, 30), 4, 1, 3),
        (D(2011, 2, 28), 10, 4, 6),
        (D(2011, 3, 1), 12, None, None),
        (D(2012, 8, 31), 30, None, None),
        (D(2012, 9, 15), 33, None, None),
        (D(2012, 10, 31), 40, None, None),
        (D(2012, 11, 15), 45, None, None),  # after the programme's end
    ]:
        IndicatorValue.objects.create(
            indicator=indicator, as_of=as_of, value=value, female=female, male=male, source="sample"
        )
    return indicator


def sample_row(as_of):
    return indicator_row("sample-reports", as_of)


def incremental(indicator):
    indicator.targets_are = "incremental"
    indicator.save()


def shown(row):
    """The target in force (its period and value), the value on the date and the progress."""
    target = (row.target.start, row.target.end, int(row.target.value)) if row.target else None
    return target, row.current.value if row.current else None, row.progress


FIRST = (D(2010, 3, 1), D(2011, 2, 28), 10)
SECOND = (D(2011, 3, 1), D(2012, 8, 31), 20)
THIRD = (D(2012, 9, 1), D(2012, 10, 31), 10)


def test_the_targets_follow_one_another_from_the_programme_s_start(reported):
    row = sample_row(AFTER_END)
    assert [(t.start, t.end, int(t.value)) for t in row.targets] == [FIRST, SECOND, THIRD]


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        (DAY_BEFORE_START, (FIRST, None, None)),  # the first target ahead, nothing reached
        (D(2011, 2, 28), (FIRST, 10, 100)),  # the first period's last day
        (D(2011, 3, 1), (SECOND, 12, 60)),  # the second's first day: the running total
        (MONTH_30, (SECOND, 30, 150)),
        (D(2012, 9, 1), (THIRD, 30, 300)),
        (MONTH_32, (THIRD, 40, 400)),
        (AFTER_END, (THIRD, 40, 400)),  # after the last period, the last target stands
        (D(2012, 11, 20), (THIRD, 45, 450)),
    ],
)
def test_a_cumulative_indicator_compares_its_running_total_with_the_target_in_force(reported, as_of, expected):
    assert shown(sample_row(as_of)) == expected


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        (DAY_BEFORE_START, (FIRST, None, None)),
        (D(2011, 2, 28), (FIRST, 10, 100)),
        (D(2011, 3, 1), (SECOND, 2, 10)),  # 12 in all, 10 of them in the first period
        (MONTH_30, (SECOND, 20, 100)),  # 30 - 10
        (D(2012, 9, 1), (THIRD, None, None)),  # nothing reported yet within the third period
        (D(2012, 9, 15), (THIRD, 3, 30)),
        (MONTH_32, (THIRD, 10, 100)),  # 40 - 30
        (AFTER_END, (THIRD, 10, 100)),
        (D(2012, 11, 20), (THIRD, 10, 100)),  # 45 on 15 November is in no target's period
    ],
)
def test_an_incremental_indicator_counts_only_what_was_reached_within_the_target_s_period(reported, as_of, expected):
    incremental(reported)
    assert shown(sample_row(as_of)) == expected


def test_an_incremental_value_keeps_women_and_men_where_both_readings_count_them(reported):
    incremental(reported)
    first = sample_row(D(2011, 2, 28)).current
    assert (first.female, first.male) == (4, 6)
    second = sample_row(D(2011, 3, 1)).current
    assert (second.female, second.male) == (None, None)


def test_an_incremental_period_with_no_value_yet_says_so(reported):
    incremental(reported)
    with translation.override("en"):
        assert "within the period of the target in force" in str(sample_row(D(2012, 9, 1)).empty_note)


def test_the_series_gives_values_over_time_and_the_targets_at_their_periods_ends(reported):
    targets = [(D(2011, 2, 28), 10), (D(2012, 8, 31), 20), (D(2012, 10, 31), 10)]
    cumulative = sample_row(D(2012, 11, 20)).series
    assert cumulative.values == [
        (D(2010, 6, 30), 4),
        (D(2011, 2, 28), 10),
        (D(2011, 3, 1), 12),
        (D(2012, 8, 31), 30),
        (D(2012, 9, 15), 33),
        (D(2012, 10, 31), 40),
        (D(2012, 11, 15), 45),
    ]
    assert cumulative.targets == targets
    incremental(reported)
    series = sample_row(D(2012, 11, 20)).series
    assert series.values == [
        (D(2010, 6, 30), 4),
        (D(2011, 2, 28), 10),
        (D(2011, 3, 1), 2),
        (D(2012, 8, 31), 20),
        (D(2012, 9, 15), 3),
        (D(2012, 10, 31), 10),
    ]
    assert series.targets == targets
    assert sample_row(MONTH_30).series.values[-1] == (D(2012, 8, 31), 20)  # up to the date only


def test_plan_against_actual_reads_the_target_in_force(reported):
    assert plan(D(2011, 3, 1))["sample-reports"] == (20, 12)
    incremental(reported)
    assert plan(D(2011, 3, 1))["sample-reports"] == (20, 2)
    assert plan(MONTH_32)["sample-reports"] == (10, 10)


def test_the_seeded_targets_are_in_force_before_the_start_and_after_their_period(seeded):
    for as_of in (DAY_BEFORE_START, D(2011, 9, 30), MONTH_30, MONTH_32, AFTER_END):
        rows = {r.indicator.code: r for r in reporting.indicator_rows(reporting.load_programme(), as_of)}
        assert (rows["civil-servants-trained"].target.end, rows["civil-servants-trained"].target.value) == (
            D(2011, 9, 30),
            120,
        )
        assert (rows["pilots"].target.start, rows["pilots"].target.end) == (D(2010, 3, 1), MONTH_30)


def test_an_incremental_register_indicator_counts_the_people_trained_within_the_period(trainees):
    from monitoring.models import Indicator, IndicatorTarget

    coaches = Indicator.objects.get(code="coaches-trained")
    IndicatorTarget.objects.create(indicator=coaches, period_end=D(2011, 6, 30), value=5, source="sample")
    assert (coaches_row(D(2011, 2, 1)).current.value, coaches_row(D(2011, 2, 1)).progress) == (4, 80)
    incremental(coaches)
    # Between 26 November 2010 and 30 June 2011: Anna (again) and Fon at the second training.
    row = coaches_row(D(2011, 2, 1))
    assert (row.target.start, row.target.end) == (D(2010, 11, 26), D(2011, 6, 30))
    assert (row.current.value, row.current.female, row.current.male, row.progress) == (2, 1, 1, 40)
    # Before the second training, the register holds people, none of them new in this period: zero.
    quiet = coaches_row(D(2010, 12, 1)).current
    assert (quiet.value, quiet.female, quiet.male) == (0, 0, 0)
    assert coaches_row(D(2010, 11, 25)).current.value == 3  # the first period: the first training


def test_what_was_reached_toward_a_period_not_begun_by_the_date_is_nothing(reported):
    row = sample_row(D(2011, 3, 1))
    first, second, third = row.targets
    assert (row.reached(first).value, row.reached(second).value, row.reached(third)) == (10, 12, None)
    incremental(reported)
    row = sample_row(D(2011, 3, 1))
    assert (row.reached(first).value, row.reached(second).value, row.reached(third)) == (10, 2, None)
