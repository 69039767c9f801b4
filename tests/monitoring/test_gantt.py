"""The workplan's Gantt as drawn on the dashboard: milestones as points, the line at the chosen date,
and planned bars that are their phase's months said so.

The chart's scale (monitoring/charts.py): the bars begin 250 px from the left, 14 px a month;
month 1 is March 2010, and a day moves a point by its share of its month. The x values below
are worked out by hand from that.
"""

import re

import pytest
from pytest_django.asserts import assertContains

from monitoring.models import Activity, Milestone

# (milestone slug, its date, its x): 250 + 14 × (whole months since March 2010 + (day - 1) / days in the month)
HAND_COUNTED = [
    ("start", "1 March 2010", 250.0),  # month 1, day 1
    ("phnom-penh-regional-workshop", "10 June 2010", 250 + 14 * (3 + 9 / 30)),  # 296.2
    ("training-of-coaches", "18 November 2010", 250 + 14 * (8 + 17 / 30)),  # 369.93
    ("exchange-visits", "May 2011", 250 + 14 * 14),  # 446: month 15
    ("evaluator-yala", "31 January 2012", 250 + 14 * (22 + 30 / 31)),  # 571.55
    ("final-conference", "7 August 2012", 250 + 14 * (29 + 6 / 31)),  # 658.71
    ("end", "31 October 2012", 250 + 14 * (31 + 30 / 31)),  # 697.55: the end of month 32
]

POINT = re.compile(r'<circle class="gantt-(?P<kind>milestone|point)" cx="(?P<x>[\d.]+)" cy="(?P<y>[\d.]+)" r="\d+">')
TITLED_POINT = re.compile(POINT.pattern + r"<title>(?P<title>[^<]*)</title>")


def svg_of(client, as_of, language="en"):
    page = client.get(f"/{language}/dashboard/?as_of={as_of}").content.decode()
    return re.search(r'<svg viewBox[^>]*aria-labelledby="gantt-title">.*?</svg>', page, flags=re.S).group(0)


def date_line(svg):
    found = re.findall(r'<line class="gantt-date" x1="([\d.]+)" x2="([\d.]+)"', svg)
    return [(float(x1), float(x2)) for x1, x2 in found]


def activity_row_y(svg, number):
    """The y of an activity's label, which its points share."""
    return float(re.search(rf'<text class="gantt-label" x="0" y="([\d.]+)">Activity {number}:', svg).group(1))


@pytest.fixture
def signed_in(client, steering_member):
    client.force_login(steering_member)
    return client


def test_every_milestone_is_a_point_on_the_milestone_line_at_its_date(seeded, signed_in):
    svg = svg_of(signed_in, "2012-10-31")
    points = [m for m in TITLED_POINT.finditer(svg) if m["kind"] == "milestone"]
    milestones = list(Milestone.objects.exclude(actual_start_date=None).order_by("actual_start_date", "slug"))
    assert len(points) == len(milestones) == 18
    assert len({m["y"] for m in points}) == 1  # one line of them, below the activities
    at = {m["title"]: float(m["x"]) for m in points}
    for slug, _date, x in HAND_COUNTED:
        title = Milestone.objects.get(slug=slug).title_en
        assert at[title] == pytest.approx(x, abs=0.01), slug
    # left to right in the order of their dates
    xs = [float(m["x"]) for m in points]
    assert xs == sorted(xs)


def test_an_activitys_milestones_and_events_are_points_on_its_row(seeded, signed_in):
    svg = svg_of(signed_in, "2011-06-01")
    points = [m for m in TITLED_POINT.finditer(svg) if m["kind"] == "point"]

    def on_row(number):
        y = activity_row_y(svg, number)
        return sorted((round(float(m["x"]), 2), m["title"]) for m in points if float(m["y"]) == y)

    assert on_row(2) == [(296.2, "Phnom Penh regional workshop: 27 proposals, 16 best practices selected")]
    # The training of coaches is both a milestone and an event, on 18 November 2010.
    assert [x for x, _title in on_row(4)] == [369.93, 369.93]
    # The transfer concepts (December 2010, month 10) and their national workshops (April 2011, month 14).
    assert [x for x, _title in on_row(5)] == [376.0, 432.0]
    assert on_row(7) == [(446.0, "16 exchange (study) visits, about 3 days each; the first: Tra Vinh to Yogyakarta")]
    # The policy workshops of April 2012 have not happened on 1 June 2011: no point yet.
    assert on_row(10) == []
    assert on_row(1) == []


@pytest.mark.parametrize(
    ("as_of", "x"),
    [
        ("2010-03-01", 250.0),  # the programme's first day
        ("2011-06-01", 250 + 14 * 15),  # month 16, its first day: 460
        ("2011-06-16", 250 + 14 * (15 + 15 / 30)),  # half through June: 467
        ("2012-08-31", 250 + 14 * (29 + 30 / 31)),  # the planned end, month 30
        ("2012-10-31", 250 + 14 * (31 + 30 / 31)),  # the actual end, month 32
    ],
)
def test_the_line_at_the_chosen_date_is_at_its_x(seeded, signed_in, as_of, x):
    [(x1, x2)] = date_line(svg_of(signed_in, as_of))
    assert x1 == x2 == pytest.approx(x, abs=0.01)


@pytest.mark.parametrize("as_of", ["2010-02-28", "2012-11-01"])
def test_a_date_off_the_chart_draws_no_line(seeded, signed_in, as_of):
    assert date_line(svg_of(signed_in, as_of)) == []


def test_an_activity_without_months_of_its_own_is_drawn_and_labelled_as_its_phases(seeded, signed_in):
    response = signed_in.get("/en/dashboard/?as_of=2011-06-01")
    # No activity has months of its own in the sources: each is labelled with its phase's.
    assertContains(response, 'Months 13–24 <span class="note">(the phase\'s months)</span>', count=4)
    assertContains(response, "(the phase's months)", count=10)
    assertContains(response, 'class="gantt-planned gantt-planned--phase"', count=10)
    assertContains(response, "<title>Planned: the phase's months</title>", count=10)
    thai = signed_in.get("/th/dashboard/?as_of=2011-06-01")
    assertContains(thai, "(ช่วงเดือนของระยะ)", count=10)
    assertContains(thai, "<title>ตามแผน: ช่วงเดือนของระยะ</title>", count=10)

    # Given months of its own, activity 7 is drawn over them and loses the label.
    Activity.objects.filter(number=7).update(planned_start_month=15, planned_end_month=20)
    response = signed_in.get("/en/dashboard/?as_of=2011-06-01")
    assertContains(response, "(the phase's months)", count=9)
    assertContains(response, "<td>Months 15–20</td>", count=1)
    svg = svg_of(signed_in, "2011-06-01")
    y = activity_row_y(svg, 7)
    bar = re.search(
        rf'<rect class="gantt-planned" x="([\d.]+)" y="{y - 13:g}" width="([\d.]+)" height="8"><title>Planned</title>',
        svg,
    )
    assert (float(bar.group(1)), float(bar.group(2))) == (446.0, 84.0)  # months 15-20: 250 + 14 × 14, 6 × 14
