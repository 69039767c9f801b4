"""History: every save is a reversion version, both languages included; a record's history
shows who changed which fields, before and after, and any version can be restored."""

from django.contrib.admin.utils import unquote
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from reversion.models import Version

from kernel.workspace.display import display_for_field
from kernel.workspace.translations import NOT_CHECKED_FOR_COMPLETENESS, translated_fields


def recorded_fields(model):
    """The fields a person changes: each language's column, not modeltranslation's
    language-less original (a copy of the Thai one) nor columns the database generates."""
    originals = set(translated_fields(model)) | NOT_CHECKED_FOR_COMPLETENESS
    return [
        field
        for field in [*model._meta.concrete_fields, *model._meta.many_to_many]
        if field.name not in originals and not isinstance(field, models.GeneratedField)
    ]


def shown(field, value):
    """A stored value as a reader sees it: a related record's name, a choice's label, a dash for nothing."""
    if value in (None, "", []):
        return "–"
    if field.many_to_many:
        return ", ".join(str(related) for related in field.related_model._base_manager.filter(pk__in=value))
    if field.is_relation:
        related = field.related_model._base_manager.filter(pk=value).first()
        return str(related) if related else value
    if field.choices:
        return dict(field.flatchoices).get(value, value)
    if isinstance(field, models.DateField | models.DecimalField):
        # Buddhist Era years in Thai, whole counts; a version's or fingerprint's JSON text read as a value first.
        try:
            return display_for_field(field.to_python(value), field, "–", avoid_link=True)
        except ValidationError:
            return value
    return value


def same(a, b):
    return a == b or (a in (None, "", []) and b in (None, "", []))


def changes(model, before, after):
    """The fields that differ between two states of a record, each with its value before and after."""
    return [
        {
            "field": field.verbose_name,  # a translated field's names its language: "title (Thai)"
            "before": shown(field, before.get(field.name)),
            "after": shown(field, after.get(field.name)),
        }
        for field in recorded_fields(model)
        if not same(before.get(field.name), after.get(field.name))
    ]


class HistoryMixin:
    """Reversion's history page, each version with the fields it changed, before and after."""

    object_history_template = "admin/workspace/object_history.html"

    def history_view(self, request, object_id, extra_context=None):
        versions = list(
            Version.objects.get_for_object_reference(self.model, unquote(object_id))
            .select_related("revision__user")
            .order_by("pk")
        )
        history, previous = [], {}
        for version in versions:
            fields = version.field_dict
            history.append({"version": version, "changes": changes(self.model, previous, fields) if previous else []})
            previous = fields
        opts = self.model._meta
        for entry in history:
            entry["url"] = reverse(
                f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_revision",
                args=[entry["version"].object_id, entry["version"].pk],
            )
        return super().history_view(request, object_id, {"history": history[::-1], **(extra_context or {})})
