"""HOW: curricula, events, participants and coaches."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from kernel.constraints import ends_after_start, finite_values
from kernel.models import Sourced


class Curriculum(Sourced):
    title = models.CharField(_("title"), max_length=300)
    description = models.TextField(_("description"), blank=True)
    authors = models.ManyToManyField(
        "municipalities.Organisation", verbose_name=_("developed by"), related_name="curricula", blank=True
    )

    class Meta:
        ordering = ["title"]
        verbose_name = _("curriculum")
        verbose_name_plural = _("curricula")

    def __str__(self):
        return self.title


class CurriculumModule(Sourced):
    curriculum = models.ForeignKey(
        "training.Curriculum", verbose_name=_("curriculum"), on_delete=models.CASCADE, related_name="modules"
    )
    number = models.PositiveSmallIntegerField(_("number"))
    title = models.CharField(_("title"), max_length=300)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        ordering = ["curriculum", "number"]
        verbose_name = _("curriculum module")
        verbose_name_plural = _("curriculum modules")
        constraints = [
            models.UniqueConstraint(
                fields=["curriculum", "number"],
                name="module_number_unique_in_curriculum",
                violation_error_message=_("This curriculum already has a module with this number."),
            ),
        ]

    def __str__(self):
        return f"{self.number}. {self.title}"


@finite_values
class Event(Sourced):
    class Kind(models.TextChoices):
        REGIONAL_WORKSHOP = "regional-workshop", _("Regional workshop")
        WORKSHOP = "workshop", _("Workshop")
        TRAINING_OF_COACHES = "training-of-coaches", _("Training of coaches")
        CAPACITY_BUILDING = "capacity-building", _("Capacity-building training")
        EXCHANGE_VISIT = "exchange-visit", _("Exchange visit")
        NATIONAL_WORKSHOP = "national-workshop", _("National workshop")
        CONFERENCE = "conference", _("Conference")
        MONITORING_VISIT = "monitoring-visit", _("Monitoring visit")

    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    title = models.CharField(_("title"), max_length=300)
    kind = models.CharField(_("kind"), max_length=30, choices=Kind)
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"), null=True, blank=True, help_text=_("Empty for a one-day event."))
    place = models.CharField(_("place"), max_length=200, blank=True)
    country = models.ForeignKey(
        "municipalities.Country",
        verbose_name=_("country"),
        on_delete=models.PROTECT,
        related_name="events",
        null=True,
        blank=True,
    )
    description = models.TextField(_("description"), blank=True)
    curriculum = models.ForeignKey(
        "training.Curriculum",
        verbose_name=_("curriculum"),
        on_delete=models.PROTECT,
        related_name="events",
        null=True,
        blank=True,
    )
    organisers = models.ManyToManyField(
        "municipalities.Organisation", verbose_name=_("organisers"), related_name="events", blank=True
    )
    practices = models.ManyToManyField(
        "practices.Practice", verbose_name=_("best practices served"), related_name="events", blank=True
    )

    class Meta:
        ordering = ["start_date", "slug"]
        verbose_name = _("event")
        verbose_name_plural = _("events")
        constraints = [ends_after_start("event_ends_after_start")]

    def __str__(self):
        return self.title


class Participation(Sourced):
    class Role(models.TextChoices):
        PARTICIPANT = "participant", _("Participant")
        TRAINEE = "trainee", _("Trainee")
        SPEAKER = "speaker", _("Speaker or trainer")
        ORGANISER = "organiser", _("Organiser")
        OBSERVER = "observer", _("Observer")

    class TargetGroup(models.TextChoices):
        """The programme's target groups, as the programme document names them (monitoring's TargetGroup
        rows hold the same list as facts; this app, left of monitoring, cannot point at them)."""

        ASSOCIATIONS = "associations", _("Associations of local governments")
        LOCAL_EXECUTIVES = "local-executives", _("Local executives")
        LOCAL_OFFICIALS = "local-officials", _("Local government officials")
        CIVIL_SOCIETY = "civil-society", _("Civil-society representatives")
        ACADEMICS = "academics", _("Academics")
        MEDIA = "media", _("Media")
        NATIONAL_AGENCIES = "national-agencies", _("Representatives of national agencies")

    person = models.ForeignKey(
        "municipalities.Person", verbose_name=_("person"), on_delete=models.PROTECT, related_name="participations"
    )
    event = models.ForeignKey(
        "training.Event", verbose_name=_("event"), on_delete=models.CASCADE, related_name="participations"
    )
    role = models.CharField(_("role"), max_length=20, choices=Role, default=Role.PARTICIPANT)
    attended = models.BooleanField(_("attended"), default=True)
    target_group = models.CharField(
        _("target group"),
        max_length=20,
        choices=TargetGroup,
        blank=True,
        help_text=_("The programme's target group the person took part as; empty when not recorded."),
    )

    class Meta:
        ordering = ["event", "person__name"]
        verbose_name = _("participation")
        verbose_name_plural = _("participations")
        constraints = [
            models.UniqueConstraint(
                fields=["person", "event"],
                name="participation_once_per_event",
                violation_error_message=_("This person is already a participant of this event."),
            ),
        ]

    def __str__(self):
        return f"{self.person} @ {self.event}"


class Coach(Sourced):
    """A coach (mentor-trainer) from a local-government association."""

    person = models.OneToOneField(
        "municipalities.Person", verbose_name=_("person"), on_delete=models.PROTECT, related_name="coach"
    )
    association = models.ForeignKey(
        "municipalities.Organisation",
        verbose_name=_("association"),
        on_delete=models.PROTECT,
        related_name="coaches",
    )
    qualified_at = models.ForeignKey(
        "training.Event",
        verbose_name=_("qualified at"),
        on_delete=models.PROTECT,
        related_name="qualified_coaches",
        null=True,
        blank=True,
    )

    class Meta:
        ordering = ["person__name"]
        verbose_name = _("coach")
        verbose_name_plural = _("coaches")

    def __str__(self):
        return str(self.person)
