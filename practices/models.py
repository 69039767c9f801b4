"""WHAT: themes, best practices with documents and photos."""

from django.contrib.postgres.indexes import GinIndex, OpClass
from django.db import models
from django.db.models import Q, Value
from django.db.models.functions import Concat, Lower
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from kernel import related
from kernel.models import Sourced
from practices.uploads import DOCUMENT_HELP_TEXT, PHOTO_HELP_TEXT, renditions, validate_document, validate_photo


class ThemeQuerySet(models.QuerySet):
    def with_selected_practices(self):
        """Themes with their selected practices in ``selected_practices``, in two queries."""
        practices = Practice.objects.selected().select_related("host__country").order_by("number")
        return self.prefetch_related(models.Prefetch("practices", queryset=practices, to_attr="selected_practices"))


class Theme(Sourced):
    number = models.PositiveSmallIntegerField(_("number"), unique=True)
    title = models.CharField(_("title"), max_length=300)
    description = models.TextField(_("description"), blank=True)

    objects = ThemeQuerySet.as_manager()

    class Meta:
        ordering = ["number"]
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        constraints = [
            models.CheckConstraint(
                condition=Q(number__gte=1, number__lte=4),
                name="theme_number_1_to_4",
                violation_error_message=_("A theme is numbered from 1 to 4."),
            ),
        ]

    def __str__(self):
        return f"{self.number}. {self.title}"


class PracticeQuerySet(models.QuerySet):
    def selected(self):
        return self.filter(status=Practice.Status.SELECTED)

    def for_listing(self):
        return self.select_related("theme", "host__country")

    def for_cards(self):
        """What a catalogue card shows: host, theme, the pilots replicating it and the photos,
        in a fixed number of queries however many practices there are."""
        # The pilots come from the app that owns them (kernel/related.py).
        return related.fetch(self.for_listing().prefetch_related("photos"), "cards")

    def for_detail(self):
        # With what the apps that own a practice's other relations show on its page (kernel/related.py).
        return related.fetch(self.for_listing().prefetch_related("photos", "documents"), "detail")


# A practice's case study, section by section, in the order the page shows them. The one list:
# the page, the search and the Thai and English columns (translation.py) all read it.
CASE_SECTIONS = ("background", "process", "results", "sustainability", "lessons_learned", "transferability")
SEARCHED_FIELDS = ["title", "summary", *CASE_SECTIONS]


def search_text(language):
    """One lower-cased text of a practice's searched fields in one language."""
    parts = []
    for field in SEARCHED_FIELDS:
        parts += [f"{field}_{language}", Value(" ")]
    return Lower(Concat(*parts[:-1], output_field=models.TextField()))


class SelectionStatus(models.TextChoices):
    """Where a candidate stands in a selection: a best practice's and a pilot's candidacy alike."""

    CANDIDATE = "candidate", _("Candidate")
    SELECTED = "selected", _("Selected")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class Practice(Sourced):
    Status = SelectionStatus

    number = models.PositiveSmallIntegerField(_("number"), unique=True)
    theme = models.ForeignKey(
        "practices.Theme", verbose_name=_("theme"), on_delete=models.PROTECT, related_name="practices"
    )
    host = models.ForeignKey(
        "municipalities.LocalGovernment",
        verbose_name=_("host local government"),
        on_delete=models.PROTECT,
        related_name="practices",
    )
    title = models.CharField(_("title"), max_length=300)
    status = models.CharField(_("status"), max_length=20, choices=Status, default=Status.CANDIDATE)
    summary = models.TextField(_("summary"), blank=True)
    background = models.TextField(_("background and objectives"), blank=True)
    process = models.TextField(_("process"), blank=True)
    results = models.TextField(_("results"), blank=True)
    sustainability = models.TextField(_("sustainability"), blank=True)
    lessons_learned = models.TextField(_("lessons learned"), blank=True)
    transferability = models.TextField(_("transferability"), blank=True)
    # What the catalogue searches, kept by PostgreSQL itself: a lower-cased text per language
    # with a trigram index, so a Thai word is found inside unspaced Thai text.
    search_th = models.GeneratedField(expression=search_text("th"), output_field=models.TextField(), db_persist=True)
    search_en = models.GeneratedField(expression=search_text("en"), output_field=models.TextField(), db_persist=True)

    objects = PracticeQuerySet.as_manager()

    class Meta:
        ordering = ["number"]
        verbose_name = _("best practice")
        verbose_name_plural = _("best practices")
        constraints = [
            models.CheckConstraint(
                condition=Q(number__gte=1),
                name="practice_number_positive",
                violation_error_message=_("A best practice is numbered from 1."),
            ),
        ]
        indexes = [
            GinIndex(OpClass("search_th", name="gin_trgm_ops"), name="practice_search_th_trgm"),
            GinIndex(OpClass("search_en", name="gin_trgm_ops"), name="practice_search_en_trgm"),
        ]

    def __str__(self):
        return f"{self.number}. {self.title}"

    def get_absolute_url(self):
        return reverse("practices:detail", args=[self.number])

    def case_sections(self):
        """The case study's sections with text in either language, as (field name, heading) pairs."""
        return [(f, self._meta.get_field(f).verbose_name) for f in CASE_SECTIONS if getattr(self, f)]


class PracticePhoto(Sourced):
    practice = models.ForeignKey(
        "practices.Practice", verbose_name=_("best practice"), on_delete=models.CASCADE, related_name="photos"
    )
    image = models.ImageField(
        _("image"),
        upload_to="practices/photos/",
        validators=[validate_photo],
        help_text=PHOTO_HELP_TEXT,
    )
    # Made from the image when it is uploaded (practices.uploads.renditions).
    thumbnail = models.ImageField(_("thumbnail"), upload_to="practices/photos/small/", blank=True, editable=False)
    display = models.ImageField(_("display size"), upload_to="practices/photos/display/", blank=True, editable=False)
    caption = models.CharField(_("caption"), max_length=300, blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["practice", "order", "pk"]
        verbose_name = _("photo")
        verbose_name_plural = _("photos")

    def __str__(self):
        return self.caption or self.image.name

    def make_renditions(self):
        """Store the thumbnail and display copies of a newly uploaded image."""
        for name, content in renditions(self.image).items():
            getattr(self, name).save(content.name, content, save=False)


class PracticeDocument(Sourced):
    class Kind(models.TextChoices):
        SHORT = "short", _("Short version")
        FULL = "full", _("Full version")
        OTHER = "other", _("Other")

    class Language(models.TextChoices):
        THAI = "th", _("Thai")
        ENGLISH = "en", _("English")
        INDONESIAN = "id", _("Indonesian")
        KHMER = "km", _("Khmer")
        VIETNAMESE = "vi", _("Vietnamese")
        FILIPINO = "fil", _("Filipino")
        OTHER = "other", _("Other language")

    practice = models.ForeignKey(
        "practices.Practice", verbose_name=_("best practice"), on_delete=models.CASCADE, related_name="documents"
    )
    title = models.CharField(_("title"), max_length=300)
    file = models.FileField(
        _("file"),
        upload_to="practices/documents/",
        validators=[validate_document],
        help_text=DOCUMENT_HELP_TEXT,
    )
    language = models.CharField(_("language"), max_length=5, choices=Language)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind)

    class Meta:
        ordering = ["practice", "kind", "language"]
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    def __str__(self):
        return self.title
