"""The dashboard's numbers: every figure the steering committee reads, as a named definition.

Queries and calculations only, no HTML. The dashboard page, its CSV and XLSX downloads and
its PDF all read this module, so that the four always agree. Everything is "as of" a date:
a record counts only once it has happened by that date.

The definitions:

- ``workplan``: each activity's planned range (its own months, else its phase's, said so),
  its actual span (from the milestones linked to it, the events of the kinds it covers and
  its own actual dates) and its status on the date (``WorkStatus``).
- ``logframe``: each expected result with its indicators: baseline, targets per period
  (``target_periods``) and the one in force on the date (``target_in_force``), the value on
  the date (the running total, or for an incremental indicator what was reached within the
  target's period), progress toward the target in force, and ``series`` for a chart. An
  indicator the registers define (``REGISTER_INDICATORS``) is computed from them, never typed
  twice; those "in pilot cities" count the people of pilot local governments only.
- ``milestone_timeline``: every milestone, reached or not by the date (the public programme page).
- ``plan_against_actual``: the programme's length and every indicator with a target (the one in force).
- ``training_participants``: participants by event kind, country and sex.
- ``replications``: every pilot's replication, its stage on the date (its dated stage history)
  and since when, its coach, last logbook entry and traffic light.
"""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.db import models
from django.db.models import Count, Exists, OuterRef, Prefetch, Q
from django.utils.translation import gettext_lazy as _

from kernel.formats import localdate
from monitoring.models import (
    Activity,
    Indicator,
    IndicatorTarget,
    IndicatorValue,
    Milestone,
    Programme,
    months_between,
)
from municipalities.models import LocalGovernment, Person
from replications.models import CoachAssignment, LogbookEntry, Replication, Stage, StageChange
from training.models import Event, Participation

# ---------------------------------------------------------------- dates and months


def first_day(programme, month):
    """The first day of a programme month (month 1 is the programme's first)."""
    index = programme.start_date.month - 1 + month - 1
    return datetime.date(programme.start_date.year + index // 12, index % 12 + 1, 1)


def last_day(programme, month):
    return first_day(programme, month + 1) - datetime.timedelta(days=1)


def end_of_month(date):
    following = date.replace(day=28) + datetime.timedelta(days=4)
    return following - datetime.timedelta(days=following.day)


def default_as_of(programme, today):
    """Today, or the programme's end when today is past it."""
    end = programme.actual_end_date or programme.planned_end_date
    return min(today, end)


def programme_month(programme, as_of):
    """The programme month the date falls in: 0 before the start, past the last month after the end."""
    if as_of < programme.start_date:
        return 0
    return months_between(programme.start_date, as_of)


# ---------------------------------------------------------------- the workplan


class WorkStatus(models.TextChoices):
    NOT_STARTED = "not-started", _("Not started")
    IN_PROGRESS = "in-progress", _("In progress")
    DONE = "done", _("Done")
    LATE = "late", _("Late")
    NO_RECORD = "no-record", _("No record yet")


# The events whose kind is the work of one activity (numbered 1-10): their dates are its actual span.
ACTIVITY_EVENT_KINDS = {
    4: [Event.Kind.TRAINING_OF_COACHES],
    6: [Event.Kind.CAPACITY_BUILDING],
    7: [Event.Kind.EXCHANGE_VISIT],
}


@dataclass
class Span:
    """A dated record of an activity's work: a milestone, an event or the activity's own dates."""

    start: datetime.date
    end: datetime.date | None  # None: still going on
    label: str


def milestone_span(milestone):
    end = milestone.actual_end_date or milestone.actual_start_date
    if milestone.date_precision == Milestone.Precision.MONTH:
        end = end_of_month(end)
    return Span(milestone.actual_start_date, end, str(milestone))


def event_span(event):
    return Span(event.start_date, event.end_date or event.start_date, str(event))


def work_status(as_of, planned_start, planned_end, spans, reported_done=False):
    """An activity's status on a date, from its planned range and the spans recorded for it.

    - not started: nothing recorded has begun, and the planned range has not ended;
    - late: nothing has begun by the planned end, or work is still going on after it;
    - done: all recorded work began and ended before the date, and either the planned
      range is over or staff reported the activity done;
    - in progress: work has begun and the above do not hold;
    - no record yet: the planned range has begun and nothing at all is recorded for it.
    """
    if not spans and as_of >= planned_start:
        return WorkStatus.NO_RECORD
    begun = [span for span in spans if span.start <= as_of]
    if not begun:
        return WorkStatus.LATE if as_of > planned_end else WorkStatus.NOT_STARTED
    over = all(span.end is not None and span.end < as_of for span in begun) and len(begun) == len(spans)
    if over and (reported_done or as_of > planned_end):
        return WorkStatus.DONE
    if as_of > planned_end:
        return WorkStatus.LATE
    return WorkStatus.IN_PROGRESS


@dataclass
class WorkplanRow:
    activity: Activity
    planned_start_month: int
    planned_end_month: int
    planned_from_phase: bool  # the activity has no months of its own: its phase's range
    planned_start: datetime.date
    planned_end: datetime.date
    actual_start: datetime.date | None  # the first recorded work begun by the date
    actual_end: datetime.date | None  # the last recorded work's end, or the date while it goes on
    status: str
    milestones: list = field(default_factory=list)  # (date, title) of its milestones reached by the date

    @property
    def status_label(self):
        return WorkStatus(self.status).label


def load_programme():
    return Programme.objects.first()


def workplan(programme, as_of):
    """The 10 activities, phase by phase, on the date."""
    activities = (
        Activity.objects.filter(phase__programme=programme)
        .select_related("phase")
        .prefetch_related(Prefetch("milestones", queryset=Milestone.objects.order_by("actual_start_date")))
        .order_by("phase__number", "number")
    )
    kinds = {kind for kinds in ACTIVITY_EVENT_KINDS.values() for kind in kinds}
    events = list(Event.objects.filter(kind__in=kinds).order_by("start_date"))
    rows = []
    for activity in activities:
        own = activity.planned_start_month is not None and activity.planned_end_month is not None
        start_month = activity.planned_start_month if own else activity.phase.start_month
        end_month = activity.planned_end_month if own else activity.phase.end_month
        spans = [milestone_span(m) for m in activity.milestones.all() if m.actual_start_date]
        spans += [event_span(e) for e in events if e.kind in ACTIVITY_EVENT_KINDS.get(activity.number, [])]
        if activity.actual_start_date:
            spans.append(Span(activity.actual_start_date, activity.actual_end_date, str(activity)))
        planned_start, planned_end = first_day(programme, start_month), last_day(programme, end_month)
        begun = [span for span in spans if span.start <= as_of]
        actual_end = None
        if begun:
            ends = [span.end or as_of for span in begun]
            actual_end = min(max(ends), as_of)
        rows.append(
            WorkplanRow(
                activity=activity,
                planned_start_month=start_month,
                planned_end_month=end_month,
                planned_from_phase=not own,
                planned_start=planned_start,
                planned_end=planned_end,
                actual_start=min((span.start for span in begun), default=None),
                actual_end=actual_end,
                status=work_status(as_of, planned_start, planned_end, spans, activity.status == Activity.Status.DONE),
                milestones=[(span.start, span.label) for span in spans if span.start <= as_of],
            )
        )
    return rows


def milestones(programme):
    return list(programme.milestones.exclude(actual_start_date=None).order_by("actual_start_date"))


@dataclass
class MilestoneRow:
    milestone: Milestone
    done: bool  # reached by the date: its actual date is on or before it


def milestone_timeline(programme, as_of):
    """Every milestone in the programme's order (Milestone.Meta: by actual date, the undated last
    by planned month), each done when it was reached by the date."""
    return [
        MilestoneRow(m, m.actual_start_date is not None and m.actual_start_date <= as_of)
        for m in programme.milestones.all()
    ]


# ---------------------------------------------------------------- the logframe


@dataclass
class Reading:
    """An indicator's value on one date, with women and men where they are counted."""

    as_of: datetime.date
    value: Decimal
    female: int | None = None
    male: int | None = None
    sample: bool = False


def people_trained(participations, as_of):
    """The people of the given participations (loaded by ``register_participations``, oldest event
    first) whose event ended by the date; each person once. One cumulative reading per event end
    date, with women and men."""
    readings, seen, sample = [], {}, False
    for participation in participations:
        event = participation.event
        ended = event.end_date or event.start_date
        if ended > as_of:
            continue
        seen.setdefault(participation.person_id, participation.person.sex)
        sample = sample or participation.source == "sample"
        female = sum(1 for sex in seen.values() if sex == Person.Sex.FEMALE)
        male = sum(1 for sex in seen.values() if sex == Person.Sex.MALE)
        reading = Reading(ended, Decimal(len(seen)), female, male, sample)
        if readings and readings[-1].as_of == ended:
            readings[-1] = reading
        else:
            readings.append(reading)
    return readings


class Trained:
    """An indicator the registers define: the people who took part (as participant or trainee,
    attended) in the participations it selects, by the date; with ``pilots_only``, only people of
    a pilot local government (the role the replications app registers, municipalities/roles.py)."""

    def __init__(self, condition, target_group="", pilots_only=False):
        self.condition = condition  # a Q on Participation
        self.target_group = target_group  # the target group it counts, if that is what it selects
        self.pilots_only = pilots_only

    def selects(self, participation):
        """Whether a participation loaded by ``register_participations`` counts for this indicator."""
        if self.pilots_only and not participation.of_pilot:
            return False
        if self.target_group:
            return participation.target_group == self.target_group
        return participation.event.kind == Event.Kind.TRAINING_OF_COACHES


def of_a_pilot():
    """A Q on Participation: the person works for a local government that is a pilot."""
    return Q(person__local_government__in=LocalGovernment.objects.with_role("pilot"))


def trained_in(target_group, pilots_only=False):
    """People who took part in any event as the target group (the logframe's civil servants,
    civil-society representatives and decision makers trained)."""
    return Trained(Q(target_group=target_group), target_group, pilots_only)


# Indicators the registers define: computed from them, never typed.
# The logframe's "civil servants" are the target group "local government officials", its
# "political decision makers" the "local executives". The three are trained "in pilot cities"
# (programme-facts.md, September 2011): people of a pilot local government, as each person records.
REGISTER_INDICATORS = {
    # people who took part in a training of coaches
    "coaches-trained": Trained(Q(event__kind=Event.Kind.TRAINING_OF_COACHES)),
    "civil-servants-trained": trained_in(Participation.TargetGroup.LOCAL_OFFICIALS, pilots_only=True),
    "civil-society-trained": trained_in(Participation.TargetGroup.CIVIL_SOCIETY, pilots_only=True),
    "decision-makers-trained": trained_in(Participation.TargetGroup.LOCAL_EXECUTIVES, pilots_only=True),
}


def register_participations(codes):
    """In one query, the participations any of the given register indicators may count, oldest event
    first, each with ``of_pilot``: whether the person works for a pilot local government."""
    condition = Q(pk__in=[])
    for code in codes:
        trained = REGISTER_INDICATORS[code]
        condition |= trained.condition & of_a_pilot() if trained.pilots_only else trained.condition
    pilots = LocalGovernment.objects.with_role("pilot").filter(pk=OuterRef("person__local_government"))
    return list(
        Participation.objects.filter(condition)
        .filter(attended=True, role__in=[Participation.Role.PARTICIPANT, Participation.Role.TRAINEE])
        .annotate(of_pilot=Exists(pilots))
        .select_related("event", "person")
        .order_by("event__start_date", "event_id")
    )


def event_ended(participation):
    event = participation.event
    return event.end_date or event.start_date


TARGET_GROUP_HOWTO = _(
    "No one of a pilot local government is recorded yet as taking part in an event as %(group)s. Record them "
    "in the workspace: Events, the event, its participants (each person with their local government, sex "
    "and target group)."
)
# What to record, and where, when a register is still empty.
REGISTER_HOWTO = {
    "coaches-trained": _(
        "No one is recorded yet as taking part in a training of coaches. Record them in the workspace: "
        "Events, the training of coaches, its participants (each person with their sex)."
    ),
}


# ---------------------------------------------------------------- targets per period


@dataclass
class TargetPeriod:
    """One of an indicator's targets with its period: from ``start`` (the day after the previous
    target's period ended, or the programme's start) to ``end``, both included."""

    start: datetime.date
    end: datetime.date
    value: Decimal
    comparison: str  # Indicator.Comparison
    sample: bool = False

    @property
    def comparison_label(self):
        """ "up to" or "at least" before the figure; nothing for "exactly"."""
        if self.comparison == Indicator.Comparison.EXACTLY:
            return ""
        return Indicator.Comparison(self.comparison).label

    @property
    def comparison_name(self):
        """ "exactly", "up to" or "at least", for a table's column of its own."""
        return Indicator.Comparison(self.comparison).label


def target_periods(indicator, programme):
    """The indicator's targets (``indicator.targets``, prefetched, by period end) as periods."""
    periods, start = [], programme.start_date
    for target in indicator.targets.all():
        periods.append(
            TargetPeriod(start, target.period_end, target.value, target.comparison, target.source == "sample")
        )
        start = target.period_end + datetime.timedelta(days=1)
    return periods


def target_in_force(periods, as_of):
    """The target whose period the date falls in; before the first period, the first (the one being
    worked toward); after the last period, the last (the final target stands). None without targets."""
    for period in periods:
        if as_of <= period.end:
            return period
    return periods[-1] if periods else None


def within_period(readings, previous_end, end):
    """Typed running totals turned into what was reached within a period: each reading after
    ``previous_end`` (None: from the beginning) up to ``end``, less the last reading by ``previous_end``."""
    base = None
    if previous_end is not None:
        base = next((r for r in reversed(readings) if r.as_of <= previous_end), None)

    def less(value, before):
        if value is None or (base is not None and before is None):
            return None
        return value - (before or 0)

    return [
        Reading(
            r.as_of,
            r.value - (base.value if base else 0),
            less(r.female, base.female if base else None),
            less(r.male, base.male if base else None),
            r.sample,
        )
        for r in readings
        if (previous_end is None or r.as_of > previous_end) and r.as_of <= end
    ]


@dataclass
class Series:
    """What a chart of an indicator draws: its values over time and its targets at their periods' ends.
    An incremental indicator's values start again from zero in each target's period."""

    values: list  # [(date, value)], oldest first, up to the date
    targets: list  # [(period_end, target)]


@dataclass
class IndicatorRow:
    indicator: Indicator
    readings: list  # Reading, oldest first, up to the date: running totals from the start
    from_registers: bool
    targets: list = field(default_factory=list)  # TargetPeriod, by period end
    target: TargetPeriod | None = None  # the one in force on the date (target_in_force)
    # Incremental indicators with targets: per target period (by its end), the Readings within that period.
    period_readings: dict | None = None
    as_of: datetime.date | None = None

    @property
    def incremental(self):
        return self.period_readings is not None

    @property
    def current(self):
        """The value on the date: the running total (cumulative), or what was reached within the period
        of the target in force (incremental)."""
        if not self.incremental:
            return self.readings[-1] if self.readings else None
        return self.reached(self.target)

    def reached(self, period):
        """What counts toward one target period, by the row's date: the running total at the period's end
        (cumulative), or what was reached within it (incremental; zero from the registers when they held
        people by then but none new). None when nothing is recorded, or the period had not begun."""
        if self.as_of < period.start:
            return None
        if not self.incremental:
            return next((r for r in reversed(self.readings) if r.as_of <= period.end), None)
        within = self.period_readings[period.end]
        if within:
            return within[-1]
        if self.from_registers and any(r.as_of <= period.end for r in self.readings):
            return Reading(min(self.as_of, period.end), Decimal(0), 0, 0)
        return None

    @property
    def progress(self):
        """The value as a share of the target in force, in per cent (whole), or None."""
        if not self.current or not self.target or not self.target.value:
            return None
        return int(self.current.value * 100 / self.target.value)

    @property
    def charted_readings(self):
        """The Readings a chart draws: the running totals, or (incremental) each target period's own,
        starting again from zero in each period."""
        if self.incremental:
            return [r for t in self.targets for r in self.period_readings[t.end]]
        return self.readings

    @property
    def series(self):
        values = [(r.as_of, r.value) for r in self.charted_readings]
        return Series(values, [(t.end, t.value) for t in self.targets])

    @property
    def empty_note(self):
        if self.current:
            return ""
        if self.from_registers:
            target_group = REGISTER_INDICATORS[self.indicator.code].target_group
            if target_group:
                group = Participation.TargetGroup(target_group).label
                return TARGET_GROUP_HOWTO % {"group": group}
            return REGISTER_HOWTO[self.indicator.code]
        if self.readings:
            return _(
                "No value reported within the period of the target in force by this date. Staff record values "
                "in the workspace: Indicators, Indicator values (each a running total from the start)."
            )
        return _("No value reported by this date. Staff record values in the workspace: Indicators, Indicator values.")


def indicator_rows(programme, as_of):
    """Every indicator on the date: its readings (computed from the registers for those they define,
    typed otherwise), its targets per period, the one in force, the value on the date and progress."""
    indicators = list(
        Indicator.objects.filter(programme=programme)
        .prefetch_related(
            Prefetch("values", queryset=IndicatorValue.objects.filter(as_of__lte=as_of).order_by("as_of")),
            Prefetch("targets", queryset=IndicatorTarget.objects.order_by("period_end")),
        )
        .order_by("expected_result__number", "pk")
    )
    codes = [indicator.code for indicator in indicators if indicator.code in REGISTER_INDICATORS]
    registers = register_participations(codes) if codes else []
    rows = []
    for indicator in indicators:
        trained = REGISTER_INDICATORS.get(indicator.code)
        if trained:
            selected = [p for p in registers if trained.selects(p)]
            readings = people_trained(selected, as_of)
        else:
            readings = [
                Reading(v.as_of, v.value, v.female, v.male, v.source == "sample") for v in indicator.values.all()
            ]
        targets = target_periods(indicator, programme)
        period_readings = None
        if indicator.targets_are == Indicator.TargetsAre.INCREMENTAL and targets:
            period_readings, previous_end = {}, None
            for target in targets:
                if trained:
                    within = [
                        p
                        for p in selected
                        if (previous_end is None or event_ended(p) > previous_end) and event_ended(p) <= target.end
                    ]
                    period_readings[target.end] = people_trained(within, as_of)
                else:
                    period_readings[target.end] = within_period(readings, previous_end, target.end)
                previous_end = target.end
        rows.append(
            IndicatorRow(
                indicator,
                readings,
                trained is not None,
                targets,
                target_in_force(targets, as_of),
                period_readings,
                as_of,
            )
        )
    return rows


@dataclass
class ResultRow:
    result: object  # an ExpectedResult, or None for indicators not linked to one
    indicators: list


def logframe(programme, as_of, rows=None):
    """Each expected result with its indicator rows; indicators linked to no result come last."""
    rows = indicator_rows(programme, as_of) if rows is None else rows
    results = [
        ResultRow(result, [row for row in rows if row.indicator.expected_result_id == result.pk])
        for result in programme.expected_results.order_by("number")
    ]
    unlinked = [row for row in rows if row.indicator.expected_result_id is None]
    if unlinked:
        results.append(ResultRow(None, unlinked))
    return results


# ---------------------------------------------------------------- plan against actual


@dataclass
class PlanRow:
    code: str  # the indicator's code, or "months"
    label: str
    planned: Decimal | None
    comparison: str  # Indicator.Comparison, for "up to 80"
    actual: Decimal | None
    unit: str
    note: str = ""

    @property
    def comparison_label(self):
        """ "up to" or "at least" before the planned figure; nothing for "exactly"."""
        if self.comparison == Indicator.Comparison.EXACTLY:
            return ""
        return Indicator.Comparison(self.comparison).label


def plan_against_actual(programme, as_of, rows=None):
    """The programme's length, then every indicator with a target: the target in force on the date
    against the value on the date."""
    if as_of < programme.start_date:
        actual_months, note = None, _("The programme has not started on this date.")
    elif programme.actual_end_date and as_of >= programme.actual_end_date:
        actual_months, note = (
            programme.actual_months,
            _("Ended on %(date)s.") % {"date": localdate(programme.actual_end_date)},
        )
    else:
        actual_months, note = programme_month(programme, as_of), _("Still running: the month of the date.")
    plan = [
        PlanRow(
            "months",
            _("Length of the programme"),
            Decimal(programme.planned_months),
            Indicator.Comparison.EXACTLY,
            None if actual_months is None else Decimal(actual_months),
            _("months"),
            note,
        )
    ]
    rows = indicator_rows(programme, as_of) if rows is None else rows
    for row in rows:
        if row.target is None:
            continue
        plan.append(
            PlanRow(
                row.indicator.code,
                row.indicator.name,
                row.target.value,
                row.target.comparison,
                row.current.value if row.current else None,
                row.indicator.unit,
                row.empty_note,
            )
        )
    return plan


# ---------------------------------------------------------------- training


@dataclass
class TrainingRow:
    kind: str
    kind_label: str
    country: str  # ISO code, or "" for an event without a country
    country_name: str
    female: int
    male: int
    unstated: int
    sample: int = 0  # how many of them are sample rows

    @property
    def total(self):
        return self.female + self.male + self.unstated


def training_participants(as_of, country=None):
    """People who attended events begun by the date, by event kind, country and sex.

    ``country``: a coordinator's country; only events in it count."""
    participations = Participation.objects.filter(attended=True, event__start_date__lte=as_of)
    if country is not None:
        participations = participations.filter(event__country=country)
    # order_by(): without it the model's ordering (event, person) would split the groups.
    counts = (
        participations.order_by()
        .values("event__kind", "event__country__code", "event__country__name")
        .annotate(
            female=Count("pk", filter=Q(person__sex=Person.Sex.FEMALE)),
            male=Count("pk", filter=Q(person__sex=Person.Sex.MALE)),
            unstated=Count("pk", filter=Q(person__sex=Person.Sex.UNSTATED)),
            sample=Count("pk", filter=Q(source="sample")),
        )
    )
    kinds = dict(Event.Kind.choices)
    return sorted(
        (
            TrainingRow(
                c["event__kind"],
                kinds.get(c["event__kind"], c["event__kind"]),
                c["event__country__code"] or "",
                c["event__country__name"] or "",
                c["female"],
                c["male"],
                c["unstated"],
                c["sample"],
            )
            for c in counts
        ),
        key=lambda row: (row.kind, row.country),
    )


# ---------------------------------------------------------------- replications


class Light(models.TextChoices):
    RED = "red", _("Stuck")
    AMBER = "amber", _("Watch")
    GREEN = "green", _("On track")
    GREY = "grey", _("No record")


# A replication whose last logbook entry ended longer ago than this is stuck.
LOGBOOK_SILENCE = datetime.timedelta(days=92)


@dataclass
class ReplicationRow:
    replication: Replication
    stage: str | None  # the stage reached by the date (Replication.objects.with_stage_on), or None
    since: datetime.date | None  # the day it reached that stage
    coaches: list
    last_entry: LogbookEntry | None
    light: str
    reason: str

    @property
    def stage_label(self):
        return Stage(self.stage).label if self.stage else ""

    @property
    def light_label(self):
        return Light(self.light).label


def replication_light(stage, last_entry, as_of, exchange_visits_begin):
    """The traffic light and its reason in words.

    Red: the logbook fell silent for more than 3 months, or its last entry says at risk.
    Amber: its last entry says delayed, or it is still at the working agreement after the
    exchange visits began. Green: completed, or a recent logbook entry on track. Grey:
    discontinued, or no logbook entry yet, so no light can be given.
    """
    if stage == Stage.COMPLETED:
        return Light.GREEN, _("Completed.")
    if stage == Stage.DISCONTINUED:
        return Light.GREY, _("Discontinued.")
    if last_entry is not None and as_of - last_entry.period_end > LOGBOOK_SILENCE:
        return Light.RED, _("No logbook entry for more than 3 months.")
    if last_entry is not None and last_entry.status == LogbookEntry.Status.AT_RISK:
        return Light.RED, _("The last logbook entry says it is at risk.")
    if last_entry is not None and last_entry.status == LogbookEntry.Status.DELAYED:
        return Light.AMBER, _("The last logbook entry says it is delayed.")
    if stage == Stage.AGREED and exchange_visits_begin and as_of >= exchange_visits_begin:
        return Light.AMBER, _("Still at the working agreement after the exchange visits began.")
    if last_entry is None:
        return Light.GREY, _("No logbook entry recorded yet, so no light can be given.")
    return Light.GREEN, _("The last logbook entry is recent and on track.")


LIGHT_ORDER = {Light.RED: 0, Light.AMBER: 1, Light.GREY: 2, Light.GREEN: 3}


def replications(programme, as_of, country=None):
    """Every pilot's replication on the date, grouped by country (code order), stuck ones first:
    its stage on the date and since when, its coaches then, its last logbook entry by then."""
    queryset = (
        Replication.objects.with_stage_on(as_of)
        .select_related("pilot__country", "practice__host__country")
        .prefetch_related(
            Prefetch(
                "coach_assignments",
                queryset=CoachAssignment.objects.filter(Q(start_date__isnull=True) | Q(start_date__lte=as_of))
                .select_related("coach__person")
                .order_by("start_date"),
            ),
            Prefetch(
                "logbook_entries",
                queryset=LogbookEntry.objects.filter(period_start__lte=as_of).order_by("-period_end"),
            ),
            Prefetch("stage_changes", queryset=StageChange.objects.filter(date__lte=as_of), to_attr="reached"),
        )
    )
    if country is not None:
        queryset = queryset.filter(pilot__country=country)
    exchange = next((m.actual_start_date for m in programme.milestones.all() if m.slug == "exchange-visits"), None)
    rows = []
    for replication in queryset:
        entries = list(replication.logbook_entries.all())
        last = entries[0] if entries else None
        stage = replication.stage_on
        since = next((change.date for change in replication.reached if change.stage == stage), None)
        light, reason = replication_light(stage, last, as_of, exchange)
        coaches = [a.coach for a in replication.coach_assignments.all() if not a.end_date or a.end_date >= as_of]
        rows.append(ReplicationRow(replication, stage, since, coaches, last, light, reason))
    rows.sort(key=lambda row: (row.replication.pilot.country.code, LIGHT_ORDER[row.light], row.replication.pilot.slug))
    return rows


# ---------------------------------------------------------------- the whole report


@dataclass
class Report:
    programme: Programme
    as_of: datetime.date
    month: int
    country: object  # the coordinator's country, or None for everything
    workplan: list
    milestones: list
    logframe: list
    plan: list
    training: list
    replications: list
    registers_empty: dict


def report(as_of, country=None, programme=None):
    """Everything the dashboard, its downloads and its PDF show, on the date."""
    programme = programme or load_programme()
    rows = indicator_rows(programme, as_of)
    training = training_participants(as_of, country)
    return Report(
        programme=programme,
        as_of=as_of,
        month=programme_month(programme, as_of),
        country=country,
        workplan=workplan(programme, as_of),
        milestones=milestones(programme),
        logframe=logframe(programme, as_of, rows),
        plan=plan_against_actual(programme, as_of, rows),
        training=training,
        replications=replications(programme, as_of, country),
        registers_empty={"participations": not training},
    )
