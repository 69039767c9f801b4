"""THE TRANSFER: pilot candidacies and their assessment, each pilot's replication of a
practice with its dated stages, coach assignments and the coach's logbook.

A replication's stage is a history of dated StageChange rows, not a field: the current
stage and the stage on any day are derived from it (ReplicationQuerySet). Stages follow
one order, agreed → concept → implementation → completed, each step recorded (done or
skipped) and dated no earlier than the step before; a discontinuation may follow any
stage and ends the replication. A trigger (migration 0003) holds the order in the
database; ``stage_order_errors`` says the same to a person filling in a form.
"""

from itertools import pairwise

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import OuterRef, Q, Subquery
from django.utils.translation import gettext_lazy as _

from kernel.constraints import ends_after_start, finite_values
from kernel.formats import localdate
from kernel.models import Sourced
from practices.models import SelectionStatus


class SelectionCriterion(Sourced):
    """One of the criteria a pilot local government is assessed against."""

    number = models.PositiveSmallIntegerField(_("number"), unique=True)
    text = models.CharField(_("criterion"), max_length=300)

    class Meta:
        ordering = ["number"]
        verbose_name = _("selection criterion")
        verbose_name_plural = _("selection criteria")
        constraints = [
            models.CheckConstraint(
                condition=Q(number__gte=1),
                name="criterion_number_positive",
                violation_error_message=_("A selection criterion is numbered from 1."),
            ),
        ]

    def __str__(self):
        return f"{self.number}. {self.text}"


class PilotCandidacyQuerySet(models.QuerySet):
    def selected(self):
        return self.filter(status=PilotCandidacy.Status.SELECTED)


class PilotCandidacy(Sourced):
    """A local government's candidacy to become a pilot that replicates a practice."""

    Status = SelectionStatus  # the same choices as a best practice's selection

    class Recognition(models.TextChoices):
        EXCELLENCE = "excellence", _("Award of excellence")
        APPRECIATION = "appreciation", _("Certificate of appreciation")

    local_government = models.OneToOneField(
        "municipalities.LocalGovernment",
        verbose_name=_("local government"),
        on_delete=models.PROTECT,
        related_name="candidacy",
    )
    status = models.CharField(_("status"), max_length=20, choices=Status, default=Status.CANDIDATE)
    notes = models.TextField(_("notes"), blank=True)
    recognition = models.CharField(
        _("recognition at the final conference"), max_length=20, choices=Recognition, blank=True
    )

    objects = PilotCandidacyQuerySet.as_manager()

    class Meta:
        ordering = ["local_government__country__code", "local_government__slug"]
        verbose_name = _("pilot candidacy")
        verbose_name_plural = _("pilot candidacies")

    def __str__(self):
        return str(self.local_government)


class CriterionAssessment(Sourced):
    class Verdict(models.TextChoices):
        MET = "met", _("Met")
        PARTLY = "partly", _("Partly met")
        NOT_MET = "not-met", _("Not met")
        UNKNOWN = "unknown", _("Not assessed")

    candidacy = models.ForeignKey(
        "replications.PilotCandidacy",
        verbose_name=_("candidacy"),
        on_delete=models.CASCADE,
        related_name="assessments",
    )
    criterion = models.ForeignKey(
        "replications.SelectionCriterion",
        verbose_name=_("criterion"),
        on_delete=models.PROTECT,
        related_name="assessments",
    )
    verdict = models.CharField(_("verdict"), max_length=10, choices=Verdict, default=Verdict.UNKNOWN)
    evidence = models.TextField(_("evidence"), blank=True)

    class Meta:
        ordering = ["candidacy", "criterion__number"]
        verbose_name = _("criterion assessment")
        verbose_name_plural = _("criterion assessments")
        constraints = [
            models.UniqueConstraint(
                fields=["candidacy", "criterion"],
                name="assessment_once_per_criterion",
                violation_error_message=_("This candidacy already has an assessment of this criterion."),
            ),
        ]

    def __str__(self):
        return f"{self.candidacy}: {self.criterion.number}"


class Stage(models.TextChoices):
    """The steps of a transfer, in their order; a discontinuation may follow any of them."""

    AGREED = "agreed", _("Working agreement")
    CONCEPT = "concept", _("Transfer concept")
    IMPLEMENTATION = "implementation", _("Implementation")
    COMPLETED = "completed", _("Completed")
    DISCONTINUED = "discontinued", _("Discontinued")


# The steps in order; DISCONTINUED is not a step but the end of the line.
STEPS = [Stage.AGREED, Stage.CONCEPT, Stage.IMPLEMENTATION, Stage.COMPLETED]
SKIPPABLE = [Stage.CONCEPT, Stage.IMPLEMENTATION]


def stage_rank(stage):
    """A stage's place in the line: 1 to 4 for the steps, 5 for a discontinuation."""
    return STEPS.index(stage) + 1 if stage in STEPS else len(STEPS) + 1


def stage_order_errors(changes):
    """What is wrong with a replication's stage history, as messages for a form.

    ``changes`` are StageChange instances (saved or not), in the order they were
    recorded. The database trigger of migration 0003 holds the same rules.
    """
    errors = []
    stages = [change.stage for change in changes]
    for stage in dict.fromkeys(stages):
        if stages.count(stage) > 1:
            errors.append(
                _("The stage “%(stage)s” is recorded twice: a replication cannot go back to a stage it has passed.")
                % {"stage": Stage(stage).label}
            )
    for step in STEPS[1:]:
        before = STEPS[STEPS.index(step) - 1]
        if step in stages and before not in stages:
            errors.append(
                _(
                    "“%(stage)s” needs the step before it, “%(before)s”: record that step too, "
                    "marked as skipped if the pilot left it out."
                )
                % {"stage": Stage(step).label, "before": Stage(before).label}
            )
    if Stage.DISCONTINUED in stages and stages.index(Stage.DISCONTINUED) != len(stages) - 1:
        errors.append(_("Nothing can be recorded after the replication was discontinued."))
    dated = sorted((change for change in changes if change.date and change.stage), key=lambda c: stage_rank(c.stage))
    for earlier, later in pairwise(dated):
        if later.date < earlier.date and later.stage != earlier.stage:
            errors.append(
                _("“%(stage)s” cannot be dated before the step before it, “%(before)s” (%(date)s).")
                % {"stage": Stage(later.stage).label, "before": Stage(earlier.stage).label, "date": earlier.date}
            )
    return errors


class ReplicationQuerySet(models.QuerySet):
    def with_current_stage(self):
        """Each replication with ``current_stage``: the last stage recorded, or None."""
        latest = StageChange.objects.filter(replication=OuterRef("pk")).order_by("-rank")
        return self.annotate(current_stage=Subquery(latest.values("stage")[:1]))

    def with_stage_on(self, date):
        """Each replication with ``stage_on``: the stage it was in on ``date``, or None when it
        had reached none by then. Changes whose date was not recorded are not counted."""
        reached = StageChange.objects.filter(replication=OuterRef("pk"), date__lte=date).order_by("-rank")
        return self.annotate(stage_on=Subquery(reached.values("stage")[:1]))


@finite_values
class Replication(Sourced):
    """A pilot local government's replication (transfer) of a best practice."""

    Stage = Stage

    pilot = models.ForeignKey(
        "municipalities.LocalGovernment",
        verbose_name=_("pilot local government"),
        on_delete=models.PROTECT,
        related_name="replications",
    )
    practice = models.ForeignKey(
        "practices.Practice", verbose_name=_("best practice"), on_delete=models.PROTECT, related_name="replications"
    )
    transfer_concept = models.TextField(_("transfer concept"), blank=True)
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    events = models.ManyToManyField("training.Event", verbose_name=_("events"), related_name="replications", blank=True)

    objects = ReplicationQuerySet.as_manager()

    class Meta:
        ordering = ["practice__number", "pilot__slug"]
        verbose_name = _("replication")
        verbose_name_plural = _("replications")
        constraints = [
            models.UniqueConstraint(
                fields=["pilot", "practice"],
                name="replication_once_per_pilot_and_practice",
                violation_error_message=_("This pilot already has a replication of this practice."),
            ),
            ends_after_start("replication_ends_after_start"),
        ]

    def __str__(self):
        return f"{self.pilot} ← {self.practice}"

    @property
    def stage(self):
        """The current stage (from ``with_current_stage`` when the queryset annotated it)."""
        if "current_stage" in self.__dict__:
            return self.current_stage
        latest = self.stage_changes.order_by("-rank").first()
        return latest.stage if latest else None

    def get_stage_display(self):
        return Stage(self.stage).label if self.stage else ""


@finite_values
class StageChange(Sourced):
    """A replication reaching a stage (or leaving a step out, ``skipped``) on a date."""

    replication = models.ForeignKey(
        "replications.Replication",
        verbose_name=_("replication"),
        on_delete=models.CASCADE,
        related_name="stage_changes",
    )
    stage = models.CharField(_("stage"), max_length=20, choices=Stage)
    # The stage's place in the line (1–4, 5 for a discontinuation), for ordering in SQL.
    rank = models.GeneratedField(
        expression=models.Case(
            *[models.When(stage=stage, then=models.Value(stage_rank(stage))) for stage in Stage],
            default=models.Value(0),
        ),
        output_field=models.PositiveSmallIntegerField(),
        db_persist=True,
        verbose_name=_("place in the order"),
    )
    date = models.DateField(_("date"), null=True, blank=True, help_text=_("Empty when the date was not recorded."))
    skipped = models.BooleanField(
        _("skipped"), default=False, help_text=_("The pilot left this step out; it is recorded so the order holds.")
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        on_delete=models.SET_NULL,
        related_name="+",
        null=True,
        blank=True,
        editable=False,
    )
    note = models.TextField(_("note"), blank=True)

    class Meta:
        ordering = ["replication", "rank"]
        verbose_name = _("stage change")
        verbose_name_plural = _("stage changes")
        constraints = [
            models.UniqueConstraint(
                fields=["replication", "stage"],
                name="stage_recorded_once_per_replication",
                violation_error_message=_("This stage is already recorded for this replication."),
            ),
            models.CheckConstraint(
                condition=Q(skipped=False) | Q(stage__in=SKIPPABLE),
                name="stage_skipped_only_between_agreement_and_completion",
                violation_error_message=_("Only the transfer concept and the implementation can be skipped."),
            ),
        ]

    def __str__(self):
        return f"{self.replication}: {self.get_stage_display()}"

    def clean(self):
        """The stage order, checked against the replication's other changes (the admin's
        inline checks the whole list at once instead: ``checked_as_a_list``)."""
        super().clean()
        if getattr(self, "checked_as_a_list", False) or not self.replication_id or not self.stage:
            return
        others = list(self.replication.stage_changes.exclude(pk=self.pk).order_by("pk"))
        errors = stage_order_errors([*others, self] if self.pk is None else sorted([*others, self], key=_recorded))
        if errors:
            raise ValidationError(errors)


def _recorded(change):
    return change.pk or float("inf")


@finite_values
class LogbookEntry(Sourced):
    """What a coach writes in a replication's logbook for one period."""

    class Status(models.TextChoices):
        ON_TRACK = "on-track", _("On track")
        DELAYED = "delayed", _("Delayed")
        AT_RISK = "at-risk", _("At risk")
        COMPLETED = "completed", _("Completed")

    replication = models.ForeignKey(
        "replications.Replication",
        verbose_name=_("replication"),
        on_delete=models.CASCADE,
        related_name="logbook_entries",
    )
    period_start = models.DateField(_("period from"))
    period_end = models.DateField(_("period to"))
    status = models.CharField(_("status"), max_length=20, choices=Status)
    narrative = models.TextField(_("narrative"), blank=True)
    issues = models.TextField(_("issues"), blank=True)
    author = models.ForeignKey(
        "municipalities.Person",
        verbose_name=_("author"),
        on_delete=models.SET_NULL,
        related_name="logbook_entries",
        null=True,
        blank=True,
    )

    class Meta:
        ordering = ["replication", "-period_start"]
        verbose_name = _("logbook entry")
        verbose_name_plural = _("logbook")
        constraints = [
            ends_after_start("progress_report_ends_after_start", start="period_start", end="period_end"),
        ]

    def __str__(self):
        return f"{self.replication}: {localdate(self.period_start)} – {localdate(self.period_end)}"


@finite_values
class CoachAssignment(Sourced):
    coach = models.ForeignKey(
        "training.Coach", verbose_name=_("coach"), on_delete=models.PROTECT, related_name="assignments"
    )
    replication = models.ForeignKey(
        "replications.Replication",
        verbose_name=_("replication"),
        on_delete=models.CASCADE,
        related_name="coach_assignments",
    )
    start_date = models.DateField(_("from"), null=True, blank=True)
    end_date = models.DateField(_("to"), null=True, blank=True)

    class Meta:
        ordering = ["replication", "start_date"]
        verbose_name = _("coach assignment")
        verbose_name_plural = _("coach assignments")
        constraints = [
            models.UniqueConstraint(
                fields=["coach", "replication"],
                name="coach_assigned_once_per_replication",
                violation_error_message=_("This coach is already assigned to this replication."),
            ),
            ends_after_start("coach_assignment_ends_after_start"),
        ]

    def __str__(self):
        return f"{self.coach} → {self.replication}"
