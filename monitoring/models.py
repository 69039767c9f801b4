"""RESULTS: the programme, its workplan, milestones and indicators.

Months are programme months: month 1 is the month the programme starts. A planned
month must lie between 1 and the programme's last month (its planned length, or
longer when it was extended); a trigger in migration 0002 holds that in the database.
"""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from kernel.constraints import ends_after_start, finite_values
from kernel.formats import localdate, shown_number
from kernel.models import Sourced


def months_between(start, end):
    """The number of calendar months from start's month to end's month, both included."""
    return (end.year - start.year) * 12 + end.month - start.month + 1


def month_range_constraints(prefix, start, end):
    # A CHECK passes when its condition is NULL, so each month is checked on its own
    # (an empty start month must not let a last month of 0 through) and the order
    # only when both are given. The upper bound is the trigger's (migration 0002).
    return [
        models.CheckConstraint(
            condition=Q(**{f"{start}__isnull": True}) | Q(**{f"{start}__gte": 1}),
            name=f"{prefix}_start_month_from_1",
            violation_error_message=_("The first month is month 1 or later."),
        ),
        models.CheckConstraint(
            condition=Q(**{f"{end}__isnull": True}) | Q(**{f"{end}__gte": 1}),
            name=f"{prefix}_end_month_from_1",
            violation_error_message=_("The last month is month 1 or later."),
        ),
        models.CheckConstraint(
            condition=Q(**{f"{start}__isnull": True})
            | Q(**{f"{end}__isnull": True})
            | Q(**{f"{start}__lte": models.F(end)}),
            name=f"{prefix}_start_month_not_after_end",
            violation_error_message=_("The first month cannot be after the last month."),
        ),
    ]


def after_month(start, end, month):
    """The rows whose months (either of ``start`` and ``end``) lie after ``month``, as the trigger reads them."""
    return Q(**{f"{start}__gt": month}) | Q(**{f"{end}__gt": month})


def named(records):
    """Records for a message: “Phase Year 3: Consolidation”, “Activity 3.2. …”, joined by commas."""
    return ", ".join(f"{capfirst(record._meta.verbose_name)} “{record}”" for record in records)


@finite_values
class Programme(Sourced):
    acronym = models.SlugField(_("acronym"), max_length=30, unique=True)
    name = models.CharField(_("name"), max_length=300)
    aim = models.TextField(_("main aim"), blank=True)
    funding = models.TextField(_("funded by"), blank=True)
    office = models.CharField(_("project office"), max_length=200, blank=True)
    steering_committee = models.TextField(_("steering committee"), blank=True)
    start_date = models.DateField(_("start date"))
    planned_months = models.PositiveSmallIntegerField(_("planned length in months"))
    actual_end_date = models.DateField(_("actual end date"), null=True, blank=True)

    class Meta:
        ordering = ["start_date"]
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")
        constraints = [
            models.CheckConstraint(
                condition=Q(planned_months__gte=1),
                name="programme_planned_months_positive",
                violation_error_message=_("A programme is planned to last at least one month."),
            ),
            ends_after_start("programme_ends_after_start", end="actual_end_date"),
        ]

    def __str__(self):
        return self.name

    def clean(self):
        """A programme made shorter still holds its plan, and its indicator targets' periods still end
        within it (the database's triggers of migrations 0002 and 0008, said in words first)."""
        super().clean()
        if self.pk is None or self.start_date is None or self.planned_months is None:
            return
        last_month = self.last_month
        late = [
            *self.phases.filter(after_month("start_month", "end_month", last_month)),
            *Activity.objects.filter(phase__programme=self).filter(
                after_month("planned_start_month", "planned_end_month", last_month)
            ),
            *self.milestones.filter(planned_month__gt=last_month),
        ]
        if late:
            raise ValidationError(
                _(
                    "With this length the programme's last month is month %(last)s, but its plan goes on after it: "
                    "%(late)s. Move those months first."
                ),
                params={"last": last_month, "late": named(late)},
                code="plan_after_last_month",
            )
        if self.actual_end_date and self.actual_end_date < self.start_date:
            return  # ends_after_start says so
        first, last = self.start_date, self.last_day
        outside = IndicatorTarget.objects.filter(indicator__programme=self).exclude(period_end__range=(first, last))
        if outside.exists():
            raise ValidationError(
                _("Some indicator targets have periods ending outside these dates (%(start)s to %(end)s).")
                % {"start": localdate(first), "end": localdate(last)}
            )

    @property
    def actual_months(self):
        return months_between(self.start_date, self.actual_end_date) if self.actual_end_date else None

    @property
    def last_month(self):
        """The last month a plan may name: the planned length, or the actual one when longer."""
        return max(self.planned_months, self.actual_months or 0)

    @property
    def last_day(self):
        """The last day of the programme's last month (the extension included): the latest day a plan may name."""
        month_index = self.start_date.month - 1 + self.last_month
        first_after = datetime.date(self.start_date.year + month_index // 12, month_index % 12 + 1, 1)
        return first_after - datetime.timedelta(days=1)

    @property
    def planned_end_date(self):
        month_index = self.start_date.month - 1 + self.planned_months
        first_after = datetime.date(self.start_date.year + month_index // 12, month_index % 12 + 1, 1)
        return first_after - datetime.timedelta(days=1)

    def month_of(self, date):
        """The programme month a date falls in (1 for the starting month)."""
        return months_between(self.start_date, date)


class ProgrammeListEntry(Sourced):
    """A numbered entry of one of the programme's lists: an objective, a target group, an expected result.

    Each list is a model on this base that adds its link to the programme (whose related name
    names the list: ``programme.objectives``), its text and the rule that a number is used
    once in a programme. Objectives and expected results are a text; a target group is a name.
    """

    number = models.PositiveSmallIntegerField(_("number"))

    class Meta:
        abstract = True
        ordering = ["programme", "number"]

    def __str__(self):
        return f"{self.number}. {self.text}"


class Objective(ProgrammeListEntry):
    programme = models.ForeignKey(
        "monitoring.Programme", verbose_name=_("programme"), on_delete=models.CASCADE, related_name="objectives"
    )
    text = models.TextField(_("objective"))

    class Meta(ProgrammeListEntry.Meta):
        verbose_name = _("objective")
        verbose_name_plural = _("objectives")
        constraints = [
            models.UniqueConstraint(
                fields=["programme", "number"],
                name="objective_number_unique",
                violation_error_message=_("This programme already has an objective with this number."),
            )
        ]


class TargetGroup(ProgrammeListEntry):
    programme = models.ForeignKey(
        "monitoring.Programme", verbose_name=_("programme"), on_delete=models.CASCADE, related_name="target_groups"
    )
    name = models.CharField(_("name"), max_length=200)

    class Meta(ProgrammeListEntry.Meta):
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")
        constraints = [
            models.UniqueConstraint(
                fields=["programme", "number"],
                name="target_group_number_unique",
                violation_error_message=_("This programme already has a target group with this number."),
            )
        ]

    def __str__(self):
        return self.name


class Phase(Sourced):
    programme = models.ForeignKey(
        "monitoring.Programme", verbose_name=_("programme"), on_delete=models.CASCADE, related_name="phases"
    )
    number = models.PositiveSmallIntegerField(_("number"))
    title = models.CharField(_("title"), max_length=300)
    name = models.CharField(_("name"), max_length=50, help_text=_("As the workplan calls it, e.g. Year 1."))
    start_month = models.PositiveSmallIntegerField(_("first month"))
    end_month = models.PositiveSmallIntegerField(_("last month"))

    class Meta:
        ordering = ["programme", "number"]
        verbose_name = _("phase")
        verbose_name_plural = _("phases")
        constraints = [
            models.UniqueConstraint(
                fields=["programme", "number"],
                name="phase_number_unique",
                violation_error_message=_("This programme already has a phase with this number."),
            ),
            *month_range_constraints("phase", "start_month", "end_month"),
        ]

    def __str__(self):
        return f"{self.name}: {self.title}"

    def clean(self):
        """Within its programme, with its activities: the database's triggers (migrations 0002, 0009) too."""
        super().clean()
        if self.programme_id is None or self.start_month is None or self.end_month is None:
            return
        last_month = self.programme.last_month
        if max(self.start_month, self.end_month) > last_month:
            raise ValidationError(
                _("The programme's last month is month %(last)s: a phase cannot go on after it."),
                params={"last": last_month},
                code="month_after_programme",
            )
        if self.pk is not None:
            late = self.activities.filter(after_month("planned_start_month", "planned_end_month", last_month))
            if late:
                raise ValidationError(
                    _(
                        "The programme's last month is month %(last)s, but activities of this phase are planned "
                        "after it: %(late)s. Move those months first."
                    ),
                    params={"last": last_month, "late": named(late)},
                    code="activities_after_programme",
                )


@finite_values
class Activity(Sourced):
    class Status(models.TextChoices):
        NOT_REPORTED = "not-reported", _("Not reported")
        PLANNED = "planned", _("Planned")
        IN_PROGRESS = "in-progress", _("In progress")
        DONE = "done", _("Done")
        DROPPED = "dropped", _("Dropped")

    phase = models.ForeignKey(
        "monitoring.Phase", verbose_name=_("phase"), on_delete=models.PROTECT, related_name="activities"
    )
    number = models.PositiveSmallIntegerField(_("number"))
    title = models.CharField(_("title"), max_length=300)
    planned_start_month = models.PositiveSmallIntegerField(_("planned first month"), null=True, blank=True)
    planned_end_month = models.PositiveSmallIntegerField(_("planned last month"), null=True, blank=True)
    actual_start_date = models.DateField(_("actual start date"), null=True, blank=True)
    actual_end_date = models.DateField(_("actual end date"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=20, choices=Status, default=Status.NOT_REPORTED)
    responsible = models.ManyToManyField(
        "municipalities.Organisation",
        verbose_name=_("responsible organisations"),
        related_name="activities",
        blank=True,
    )

    class Meta:
        ordering = ["phase__number", "number"]
        verbose_name = _("activity")
        verbose_name_plural = _("activities")
        constraints = [
            models.UniqueConstraint(
                fields=["phase", "number"],
                name="activity_number_unique_in_phase",
                violation_error_message=_("This phase already has an activity with this number."),
            ),
            *month_range_constraints("activity", "planned_start_month", "planned_end_month"),
            ends_after_start("activity_ends_after_start", start="actual_start_date", end="actual_end_date"),
        ]

    def __str__(self):
        return f"{self.number}. {self.title}"

    def clean(self):
        """Within its programme's months (the database's trigger in migration 0002 too)."""
        super().clean()
        months = [m for m in (self.planned_start_month, self.planned_end_month) if m is not None]
        if self.phase_id is None or not months:
            return
        last_month = self.phase.programme.last_month
        if max(months) > last_month:
            raise ValidationError(
                _("The programme's last month is month %(last)s: an activity cannot be planned after it."),
                params={"last": last_month},
                code="month_after_programme",
            )


@finite_values
class Milestone(Sourced):
    class Precision(models.TextChoices):
        DAY = "day", _("Day")
        MONTH = "month", _("Month")

    programme = models.ForeignKey(
        "monitoring.Programme", verbose_name=_("programme"), on_delete=models.CASCADE, related_name="milestones"
    )
    slug = models.SlugField(_("slug"), max_length=100)
    title = models.CharField(_("title"), max_length=300)
    activity = models.ForeignKey(
        "monitoring.Activity",
        verbose_name=_("activity"),
        on_delete=models.SET_NULL,
        related_name="milestones",
        null=True,
        blank=True,
    )
    planned_month = models.PositiveSmallIntegerField(_("planned month"), null=True, blank=True)
    actual_start_date = models.DateField(_("actual date"), null=True, blank=True)
    actual_end_date = models.DateField(
        _("actual end date"), null=True, blank=True, help_text=_("For a milestone that spans several days.")
    )
    date_precision = models.CharField(
        _("date known to the"),
        max_length=5,
        choices=Precision,
        default=Precision.DAY,
        help_text=_("Month: the source gives only the month, so the day shown is not meaningful."),
    )

    class Meta:
        ordering = ["programme", "actual_start_date", "planned_month", "slug"]
        verbose_name = _("milestone")
        verbose_name_plural = _("milestones")
        constraints = [
            models.UniqueConstraint(
                fields=["programme", "slug"],
                name="milestone_slug_unique",
                violation_error_message=_("This programme already has a milestone with this slug."),
            ),
            models.CheckConstraint(
                condition=Q(planned_month__isnull=True) | Q(planned_month__gte=1),
                name="milestone_month_from_1",
                violation_error_message=_("The planned month is month 1 or later."),
            ),
            ends_after_start("milestone_ends_after_start", start="actual_start_date", end="actual_end_date"),
        ]

    def __str__(self):
        return self.title

    def clean(self):
        """Within its programme's months (the database's trigger in migration 0002 too)."""
        super().clean()
        if self.programme_id is None or self.planned_month is None:
            return
        last_month = self.programme.last_month
        if self.planned_month > last_month:
            raise ValidationError(
                _("The programme's last month is month %(last)s: a milestone cannot be planned after it."),
                params={"last": last_month},
                code="month_after_programme",
            )


class ExpectedResult(ProgrammeListEntry):
    programme = models.ForeignKey(
        "monitoring.Programme", verbose_name=_("programme"), on_delete=models.CASCADE, related_name="expected_results"
    )
    text = models.TextField(_("expected result"))

    class Meta(ProgrammeListEntry.Meta):
        verbose_name = _("expected result")
        verbose_name_plural = _("expected results")
        constraints = [
            models.UniqueConstraint(
                fields=["programme", "number"],
                name="expected_result_number_unique",
                violation_error_message=_("This programme already has an expected result with this number."),
            )
        ]


@finite_values
class Indicator(Sourced):
    class Comparison(models.TextChoices):
        EXACTLY = "exactly", _("exactly")
        AT_MOST = "at-most", _("up to")
        AT_LEAST = "at-least", _("at least")

    class TargetsAre(models.TextChoices):
        CUMULATIVE = "cumulative", _("Cumulative")
        INCREMENTAL = "incremental", _("Incremental")

    programme = models.ForeignKey(
        "monitoring.Programme", verbose_name=_("programme"), on_delete=models.CASCADE, related_name="indicators"
    )
    code = models.SlugField(_("code"), max_length=50)
    expected_result = models.ForeignKey(
        "monitoring.ExpectedResult",
        verbose_name=_("expected result"),
        on_delete=models.SET_NULL,
        related_name="indicators",
        null=True,
        blank=True,
    )
    name = models.CharField(_("name"), max_length=300)
    unit = models.CharField(_("unit"), max_length=100)
    baseline = models.DecimalField(_("baseline"), max_digits=12, decimal_places=2, null=True, blank=True)
    targets_are = models.CharField(
        _("targets are"),
        max_length=12,
        choices=TargetsAre,
        default=TargetsAre.CUMULATIVE,
        help_text=_(
            "Cumulative: each target is the running total from the programme's start to the end of its period. "
            "Incremental: each target counts only what was reached within its own period, from the day after "
            "the previous target's period ended (values are always entered as running totals)."
        ),
    )
    counted_by_sex = models.BooleanField(_("counted by sex"), default=False)

    class Meta:
        ordering = ["programme", "code"]
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")
        constraints = [
            models.UniqueConstraint(
                fields=["programme", "code"],
                name="indicator_code_unique",
                violation_error_message=_("This programme already has an indicator with this code."),
            ),
        ]

    def __str__(self):
        return self.name


@finite_values
class IndicatorTarget(Sourced):
    """An indicator's target for one period. A period ends on ``period_end`` and begins the day after
    the indicator's previous target's period ended (the first one: at the programme's start). Whether
    a target counts the running total or that period's results alone is the indicator's ``targets_are``.

    A period must end within the programme (from its start to its last day, the extension included):
    a trigger holds that in the database (migration 0008), as a CHECK cannot read the programme's row.
    """

    indicator = models.ForeignKey(
        "monitoring.Indicator", verbose_name=_("indicator"), on_delete=models.CASCADE, related_name="targets"
    )
    period_end = models.DateField(_("period ends on"))
    value = models.DecimalField(_("target"), max_digits=12, decimal_places=2)
    comparison = models.CharField(
        _("target is"), max_length=10, choices=Indicator.Comparison, default=Indicator.Comparison.EXACTLY
    )

    class Meta:
        ordering = ["indicator", "period_end"]
        verbose_name = _("indicator target")
        verbose_name_plural = _("indicator targets")
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "period_end"],
                name="indicator_target_once_per_period",
                violation_error_message=_("This indicator already has a target for a period ending on that day."),
            ),
            models.CheckConstraint(
                condition=Q(value__gte=0),
                name="indicator_target_value_not_negative",
                violation_error_message=_("A target cannot be negative."),
            ),
        ]

    def __str__(self):
        return f"{self.indicator}: {shown_number(self.value)} ({localdate(self.period_end)})"

    def clean(self):
        """The period ends within the programme (the trigger's rule, said in words before it refuses)."""
        super().clean()
        try:
            programme = self.indicator.programme
        except (Indicator.DoesNotExist, Programme.DoesNotExist):
            return
        if self.period_end is None:
            return
        if not programme.start_date <= self.period_end <= programme.last_day:
            raise ValidationError(
                {
                    "period_end": _("A target's period must end within the programme, from %(start)s to %(end)s.")
                    % {"start": localdate(programme.start_date), "end": localdate(programme.last_day)}
                }
            )


@finite_values
class IndicatorValue(Sourced):
    indicator = models.ForeignKey(
        "monitoring.Indicator", verbose_name=_("indicator"), on_delete=models.CASCADE, related_name="values"
    )
    as_of = models.DateField(_("as of"))
    value = models.DecimalField(_("value"), max_digits=12, decimal_places=2)
    female = models.PositiveIntegerField(_("female"), null=True, blank=True)
    male = models.PositiveIntegerField(_("male"), null=True, blank=True)
    reported_by = models.CharField(_("reported by"), max_length=300, blank=True)

    class Meta:
        ordering = ["indicator", "as_of"]
        verbose_name = _("indicator value")
        verbose_name_plural = _("indicator values")
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "as_of"],
                name="indicator_value_once_per_date",
                violation_error_message=_("This indicator already has a value on this date."),
            ),
            models.CheckConstraint(
                condition=Q(value__gte=0),
                name="indicator_value_not_negative",
                violation_error_message=_("The value cannot be negative."),
            ),
            models.CheckConstraint(
                # Each count alone within the total (a CHECK passes when it is NULL,
                # so the sum alone would let 50 women of 10 through when men are empty).
                condition=(Q(female__isnull=True) | Q(female__lte=models.F("value")))
                & (Q(male__isnull=True) | Q(male__lte=models.F("value")))
                & (Q(female__isnull=True) | Q(male__isnull=True) | Q(value__gte=models.F("female") + models.F("male"))),
                name="indicator_value_sexes_within_total",
                violation_error_message=_("The female and male counts cannot add up to more than the value."),
            ),
        ]

    def __str__(self):
        return f"{self.indicator}: {shown_number(self.value)} ({localdate(self.as_of)})"
