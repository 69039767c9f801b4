"""The dashboard's charts as geometry for server-drawn SVG: numbers in, coordinates out.

The template draws what these return (rectangles, points, lines and their words); the
figures themselves come from monitoring.reporting.
"""

import calendar
import datetime
import math
from dataclasses import dataclass, field
from decimal import Decimal

from kernel.formats import era_year, localdate, shown_number
from monitoring.models import months_between
from monitoring.reporting import last_day

LABEL_WIDTH = 250  # the activities' names and statuses, left of the bars
MONTH_WIDTH = 14
ROW_HEIGHT = 26
HEADER_HEIGHT = 34


@dataclass
class Bar:
    x: float
    width: float


@dataclass
class GanttRow:
    y: float
    kind: str  # "phase" or "activity"
    label: str
    status: str = ""
    status_label: str = ""
    planned: Bar | None = None
    planned_from_phase: bool = False
    actual: Bar | None = None
    points: list = field(default_factory=list)  # (x, title) of its milestones and events


@dataclass
class Gantt:
    width: float
    height: float
    months: int
    planned_months: int
    rows: list
    ticks: list  # (x, month number) every 6 months
    planned_end_x: float
    extension: Bar | None
    date_x: float | None  # the line at the chosen date, None when it is off the chart
    milestones: list  # (x, title)
    milestone_y: float


def x_of_month(month):
    """The left edge of a programme month (1 is the first)."""
    return LABEL_WIDTH + (month - 1) * MONTH_WIDTH


def x_of_date(programme, months, date):
    """Where a date falls, within the chart's months."""
    month = months_between(programme.start_date, date)
    fraction = (date.day - 1) / calendar.monthrange(date.year, date.month)[1]
    position = min(max(month - 1 + fraction, 0), months)
    return LABEL_WIDTH + position * MONTH_WIDTH


def gantt(programme, workplan, milestones, as_of):
    months = programme.last_month
    rows, y = [], HEADER_HEIGHT
    phase = None
    for row in workplan:
        if row.activity.phase_id != getattr(phase, "pk", None):
            phase = row.activity.phase
            rows.append(
                GanttRow(
                    y=y,
                    kind="phase",
                    label=str(phase.name),
                    planned=Bar(x_of_month(phase.start_month), (phase.end_month - phase.start_month + 1) * MONTH_WIDTH),
                )
            )
            y += ROW_HEIGHT
        actual = None
        if row.actual_start:
            left = x_of_date(programme, months, row.actual_start)
            right = x_of_date(programme, months, row.actual_end) + MONTH_WIDTH / 30  # at least a day
            actual = Bar(left, max(right - left, 2))
        rows.append(
            GanttRow(
                y=y,
                kind="activity",
                label=str(row.activity.number),
                status=row.status,
                status_label=str(row.status_label),
                planned=Bar(
                    x_of_month(row.planned_start_month),
                    (row.planned_end_month - row.planned_start_month + 1) * MONTH_WIDTH,
                ),
                planned_from_phase=row.planned_from_phase,
                actual=actual,
                points=[(x_of_date(programme, months, date), title) for date, title in row.milestones],
            )
        )
        y += ROW_HEIGHT
    milestone_y = y + ROW_HEIGHT / 2
    height = y + ROW_HEIGHT + 8
    end = programme.start_date <= as_of and months_between(programme.start_date, as_of) <= months
    extension = None
    if months > programme.planned_months:
        extension = Bar(x_of_month(programme.planned_months + 1), (months - programme.planned_months) * MONTH_WIDTH)
    return Gantt(
        width=LABEL_WIDTH + months * MONTH_WIDTH + 10,
        height=height,
        months=months,
        planned_months=programme.planned_months,
        rows=rows,
        ticks=[(x_of_month(m), m) for m in range(1, months + 1) if m == 1 or m % 6 == 0],
        planned_end_x=x_of_month(programme.planned_months + 1),
        extension=extension,
        date_x=x_of_date(programme, months, as_of) if end else None,
        milestones=[(x_of_date(programme, months, m.actual_start_date), str(m)) for m in milestones],
        milestone_y=milestone_y,
    )


@dataclass
class PlanBar:
    y: float
    label: str
    planned: str  # the planned figure as shown ("up to 80")
    actual: str
    planned_width: float
    actual_width: float | None  # None: nothing reached or recorded by the date


PLAN_WIDTH = 600
PLAN_ROW = 46


def plan_bars(plan, shown_number):
    """Plan against actual as pairs of bars, each pair on the scale of its larger figure."""
    bars = []
    for n, row in enumerate(plan):
        scale = max(row.planned or 0, row.actual or 0) or 1
        bars.append(
            PlanBar(
                y=n * PLAN_ROW,
                label=str(row.label),
                planned=f"{row.comparison_label} {shown_number(row.planned)}".strip(),
                actual="–" if row.actual is None else shown_number(row.actual),
                planned_width=float(row.planned or 0) / float(scale) * (PLAN_WIDTH - 160),
                actual_width=None if row.actual is None else float(row.actual) / float(scale) * (PLAN_WIDTH - 160),
            )
        )
    return bars, len(plan) * PLAN_ROW


# ---------------------------------------------------------------- an indicator's values over time

LINE_WIDTH = 360  # the viewBox: small enough that its words stay readable on a 320 px phone
LINE_HEIGHT = 210
LINE_LEFT = 44  # the values' scale, left of the plot
LINE_RIGHT = LINE_WIDTH - 14
LINE_TOP = 28  # the chosen date's label above the plot
LINE_BOTTOM = LINE_HEIGHT - 46  # two rows of dates below it


@dataclass
class ChartPoint:
    x: float
    y: float
    date: str  # as the reader reads it
    value: str
    sample: bool = False


@dataclass
class TargetMark:
    x: float | None  # None: a target without a date, drawn as a line across the chart
    y: float
    date: str  # "" without a date
    value: str
    label_x: float  # where its label starts or ends (label_anchor), on the chart
    label_anchor: str


@dataclass
class Tick:
    at: float  # x for the time axis, y for the values' scale
    label: str


@dataclass
class LineChart:
    width: float
    height: float
    left: float  # the plot's edges
    right: float
    top: float
    bottom: float
    first_date: str  # the time axis runs from the programme's start to its last month's end
    last_date: str
    years: list  # Tick at the first of January of each year within
    scale: list  # Tick for each value on the scale, 0 first
    points: list  # ChartPoint, oldest first
    line: str  # the values as a step line (a value holds until the next), up to the date: SVG points
    targets: list  # TargetMark
    target_line: str  # the dated targets joined, as SVG points ("" for fewer than two)
    baseline: Tick | None  # at: y
    date_x: float | None  # the line at the chosen date, None when it is off the chart
    date_label: str
    date_anchor: str  # "start" or "end": the label stays on the chart
    extension: Bar | None  # the months beyond the planned length

    @property
    def plot_height(self):
        return self.bottom - self.top


def nice_step(top, ticks=4):
    """A round step (1, 2 or 5 times a power of ten) giving about ``ticks`` steps up to ``top``."""
    raw = top / ticks
    magnitude = 10 ** math.floor(math.log10(raw))
    return next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)


def rounded(value):
    return round(float(value), 1)


def indicator_chart(programme, readings, targets, baseline, as_of):
    """An indicator's values over time on the programme's calendar, or None when it has no value.

    ``readings``: reporting.Reading, oldest first, up to the date; ``targets``: (date or None,
    value), each drawn as a point at its date, or across the chart when it has none; ``baseline``:
    a value or None. The time axis runs from the programme's start to the end of its last month
    (extension included), widened to any reading or target outside it.
    """
    if not readings:
        return None
    dates = [reading.as_of for reading in readings] + [date for date, _value in targets if date]
    start = min([programme.start_date, *dates])
    end = max([last_day(programme, programme.last_month), *dates])
    days = max((end - start).days, 1)

    def x_of(date):
        return rounded(LINE_LEFT + (date - start).days / days * (LINE_RIGHT - LINE_LEFT))

    values = [float(reading.value) for reading in readings] + [float(value) for _date, value in targets]
    if baseline is not None:
        values.append(float(baseline))
    highest = max(values) or 1
    step = nice_step(highest)
    top_value = step * (math.floor(highest / step + 1e-9) + 1)  # always some room above the highest

    def y_of(value):
        return rounded(LINE_BOTTOM - float(value) / top_value * (LINE_BOTTOM - LINE_TOP))

    points = [
        ChartPoint(x_of(r.as_of), y_of(r.value), localdate(r.as_of), shown_number(r.value), r.sample) for r in readings
    ]
    corners = [(points[0].x, points[0].y)]
    for point in points[1:]:
        corners += [(point.x, corners[-1][1]), (point.x, point.y)]
    if x_of(min(as_of, end)) > corners[-1][0]:
        corners.append((x_of(min(as_of, end)), corners[-1][1]))  # the last value holds until the date
    marks = [target_mark(x_of(date) if date else None, y_of(value), date, value) for date, value in targets]
    dated = sorted((mark for mark in marks if mark.x is not None), key=lambda mark: mark.x)
    extension = None
    if programme.last_month > programme.planned_months:
        left = x_of(programme.planned_end_date + datetime.timedelta(days=1))
        extension = Bar(left, rounded(x_of(last_day(programme, programme.last_month)) - left))
    date_x = x_of(as_of) if start <= as_of <= end else None
    return LineChart(
        width=LINE_WIDTH,
        height=LINE_HEIGHT,
        left=LINE_LEFT,
        right=LINE_RIGHT,
        top=LINE_TOP,
        bottom=LINE_BOTTOM,
        first_date=localdate(start),
        last_date=localdate(end),
        years=[
            Tick(x_of(datetime.date(year, 1, 1)), str(era_year(year))) for year in range(start.year + 1, end.year + 1)
        ],
        scale=[
            Tick(y_of(step * n), shown_number(Decimal(str(round(step * n, 6)))))
            for n in range(round(top_value / step) + 1)
        ],
        points=points,
        line=" ".join(f"{x},{y}" for x, y in corners),
        targets=marks,
        target_line=" ".join(f"{mark.x},{mark.y}" for mark in dated) if len(dated) > 1 else "",
        baseline=None if baseline is None else Tick(y_of(baseline), shown_number(baseline)),
        date_x=date_x,
        date_label=localdate(as_of),
        date_anchor=anchor(date_x),
        extension=extension,
    )


def logframe_charts(programme, logframe, as_of):
    """The logframe (reporting.ResultRow) as (result, [(indicator row, its chart or None)])."""

    def chart(row):
        return indicator_chart(programme, row.charted_readings, row.series.targets, row.indicator.baseline, as_of)

    return [(group, [(row, chart(row)) for row in group.indicators]) for group in logframe]


def anchor(x):
    """A label's text-anchor at x: it runs to the left of a point right of the middle, so it stays on the chart."""
    return "end" if x is not None and x > (LINE_LEFT + LINE_RIGHT) / 2 else "start"


def target_mark(x, y, date, value):
    """A target's mark, its label a little aside so that it clears the date's line and the point."""
    if x is None:  # across the chart, labelled near its right end
        return TargetMark(None, y, "", shown_number(value), LINE_RIGHT - 6, "end")
    side = anchor(x)
    return TargetMark(x, y, localdate(date), shown_number(value), x - 6 if side == "end" else x + 6, side)
