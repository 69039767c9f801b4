"""The logframe's line charts: an indicator's values over time as coordinates, for hand-made series.

The chart's plot runs from x 44 to 346 and from y 164 (zero) up to 28 (the top of its scale).
"""

import datetime
from decimal import Decimal

from django.utils import translation

from monitoring import charts
from monitoring.models import Programme
from monitoring.reporting import Reading

D = datetime.date
# A year-long programme: 1 January 2011 (x 44) to 31 December 2011 (x 346), 364 days between.
YEAR = Programme(start_date=D(2011, 1, 1), planned_months=12)
# DELGOSEA's calendar: March 2010, 30 months planned, run to 31 October 2012 (month 32); 975 days.
DELGOSEA = Programme(start_date=D(2010, 3, 1), planned_months=30, actual_end_date=D(2012, 10, 31))


OCTOBER = D(2011, 10, 1)


def chart(readings, targets=(), baseline=None, as_of=OCTOBER, programme=YEAR):
    with translation.override("en"):
        return charts.indicator_chart(programme, readings, list(targets), baseline, as_of)


def test_an_indicator_without_a_value_has_no_chart():
    assert chart([], targets=[(D(2011, 6, 30), Decimal(40))], baseline=Decimal(0)) is None


def test_each_value_is_a_point_at_its_date_and_height():
    drawn = chart([Reading(D(2011, 1, 1), Decimal(10)), Reading(D(2011, 7, 2), Decimal(30), sample=True)])
    # The scale: 30 is the highest value, so steps of 10 up to 40 (some room above the highest).
    assert [(tick.at, tick.label) for tick in drawn.scale] == [
        (164.0, "0"),
        (130.0, "10"),
        (96.0, "20"),
        (62.0, "30"),
        (28.0, "40"),
    ]
    # 1 January is the left edge; 2 July is day 182 of 364, halfway: 44 + 151.
    assert [(p.x, p.y, p.date, p.value, p.sample) for p in drawn.points] == [
        (44.0, 130.0, "1 January 2011", "10", False),
        (195.0, 62.0, "2 July 2011", "30", True),
    ]


def test_the_values_are_joined_as_steps_each_holding_until_the_next_and_the_last_until_the_date():
    drawn = chart([Reading(D(2011, 1, 1), Decimal(10)), Reading(D(2011, 7, 2), Decimal(30))], as_of=D(2011, 10, 1))
    # 1 October is day 273 of 364: 44 + 226.5.
    assert drawn.line == "44.0,130.0 195.0,130.0 195.0,62.0 270.5,62.0"


def test_the_chosen_date_is_a_line_at_its_day_labelled_on_the_side_that_keeps_it_on_the_chart():
    readings = [Reading(D(2011, 1, 1), Decimal(10))]
    late = chart(readings, as_of=D(2011, 10, 1))
    assert (late.date_x, late.date_label, late.date_anchor) == (270.5, "1 October 2011", "end")
    early = chart(readings, as_of=D(2011, 1, 1))
    assert (early.date_x, early.date_anchor) == (44.0, "start")
    assert chart(readings, as_of=D(2011, 12, 31)).date_x == 346.0


def test_a_date_after_the_programme_draws_no_date_line_and_the_last_value_holds_to_the_end():
    drawn = chart([Reading(D(2011, 1, 1), Decimal(10))], as_of=D(2012, 3, 1))
    assert drawn.date_x is None
    assert drawn.line == "44.0,73.3 346.0,73.3"  # 10 on a scale up to 15


def test_a_dated_target_is_a_point_at_its_date_and_one_without_a_date_a_line_across():
    drawn = chart(
        [Reading(D(2011, 1, 1), Decimal(10))],
        targets=[(D(2011, 10, 1), Decimal(80)), (None, Decimal(60))],
    )
    # The highest is the target of 80: steps of 20 up to 100.
    assert [tick.label for tick in drawn.scale] == ["0", "20", "40", "60", "80", "100"]
    dated, across = drawn.targets
    assert (dated.x, dated.y, dated.date, dated.value) == (270.5, 55.2, "1 October 2011", "80")
    assert (dated.label_x, dated.label_anchor) == (264.5, "end")  # right of the middle: its label runs left
    assert (across.x, across.y, across.date, across.label_x, across.label_anchor) == (None, 82.4, "", 340, "end")
    assert drawn.target_line == ""  # one dated target: a point, nothing to join


def test_per_period_targets_are_joined_by_a_line_in_date_order():
    drawn = chart(
        [Reading(D(2011, 1, 1), Decimal(10))],
        targets=[(D(2011, 12, 31), Decimal(80)), (D(2011, 7, 2), Decimal(40))],
    )
    assert drawn.target_line == "195.0,109.6 346.0,55.2"


def test_the_baseline_is_a_line_at_its_height():
    drawn = chart([Reading(D(2011, 7, 2), Decimal(30))], baseline=Decimal(20))
    assert (drawn.baseline.at, drawn.baseline.label) == (96.0, "20")
    assert chart([Reading(D(2011, 7, 2), Decimal(30))]).baseline is None


def test_the_axis_runs_over_the_programme_with_its_extension_and_the_years_between():
    drawn = chart([Reading(D(2010, 6, 12), Decimal(27))], as_of=D(2012, 10, 31), programme=DELGOSEA)
    assert (drawn.first_date, drawn.last_date) == ("1 March 2010", "31 October 2012")
    assert [tick.label for tick in drawn.years] == ["2011", "2012"]
    # Months 31 and 32, from 1 September 2012 (day 915 of 975) to the right edge.
    assert (drawn.extension.x, drawn.extension.width) == (327.4, 18.6)
    assert drawn.date_x == 346.0
    assert chart([Reading(D(2011, 1, 1), Decimal(1))]).extension is None  # no extension, no band


def test_a_value_before_the_programme_widens_the_axis_to_it():
    drawn = chart([Reading(D(2010, 12, 31), Decimal(5)), Reading(D(2011, 12, 31), Decimal(5))])
    assert (drawn.first_date, drawn.points[0].x, drawn.points[1].x) == ("31 December 2010", 44.0, 346.0)


def test_dates_read_in_thai_with_the_buddhist_era():
    with translation.override("th"):
        drawn = charts.indicator_chart(DELGOSEA, [Reading(D(2011, 6, 1), Decimal(3))], [], None, D(2011, 6, 1))
    assert (drawn.first_date, drawn.last_date, drawn.date_label) == ("1 มีนาคม 2553", "31 ตุลาคม 2555", "1 มิถุนายน 2554")
    assert [tick.label for tick in drawn.years] == ["2554", "2555"]
    assert drawn.points[0].date == "1 มิถุนายน 2554"


def test_small_values_get_a_scale_in_fractions():
    drawn = chart([Reading(D(2011, 1, 1), Decimal("0.3"))])
    assert [tick.label for tick in drawn.scale] == ["0", "0.1", "0.2", "0.3", "0.4"]
