"""The dashboard's charts as geometry for server-drawn SVG: numbers in, coordinates out.

The template draws what these return (rectangles, points, lines and their words); the
figures themselves come from monitoring.reporting.
"""

import calendar
from dataclasses import dataclass, field

from monitoring.models import months_between

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
