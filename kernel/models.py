"""The sourced-record base every model of every app stands on, with its translation flag."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Source(models.TextChoices):
    """Where a record's facts come from. Staff see it on every record."""

    THAI_DOCUMENT = "thai-document", _("Thai programme document")
    PUBLIC_RECORD = "public-record", _("Programme's public record")
    STAFF = "staff", _("Entered by staff")
    SAMPLE = "sample", _("Sample data (not real)")


class Sourced(models.Model):
    """Provenance for every record: which source it was loaded from, with a note."""

    source = models.CharField(_("source"), max_length=20, choices=Source, default=Source.STAFF)
    source_note = models.TextField(
        _("source note"),
        blank=True,
        help_text=_("What the source says about this record: a spelling, a doubt, a correction."),
    )
    translation_outdated = models.CharField(
        _("translation may be out of date"),
        max_length=2,
        choices=[("th", _("Thai")), ("en", _("English"))],
        blank=True,
        help_text=_(
            "The language whose text may no longer say what the other says, because only the other was changed. "
            "Clear it once both say the same."
        ),
    )

    class Meta:
        abstract = True

    def note_translation_edits(self, changed_fields):
        """Flag the language left behind when an edit changed a text in one language only.

        ``changed_fields`` are form field names (``title_th``, ``title_en``, ...). A text
        whose other language was still empty is a first translation, not an edit.
        """
        from modeltranslation.translator import translator

        changed = set(changed_fields)
        if "translation_outdated" in changed:
            return  # the editor set or cleared the flag by hand
        for field in translator.get_options_for_model(type(self)).fields:
            th, en = f"{field}_th" in changed, f"{field}_en" in changed
            if th != en:
                behind = "en" if th else "th"
                if getattr(self, f"{field}_{behind}", None):
                    self.translation_outdated = behind
