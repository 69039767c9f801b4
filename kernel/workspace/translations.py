"""Translation status: which records miss their Thai or English text, or may be out of date.

On every list a column and a filter, on the admin index a count per model (the
``translation_todo`` template tag), and an action that clears the out-of-date flag. A
change to one language's text flags the other (``Sourced.note_translation_edits``). A
required text (a title, a name) is needed in Thai or in English, not necessarily both:
what the sources give in one language only is kept until staff have the other.
"""

from django import forms
from django.contrib import admin, messages
from django.db.models import Q
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modeltranslation.fields import TranslationField
from modeltranslation.translator import NotRegistered, translator

NOT_CHECKED_FOR_COMPLETENESS = {"source_note"}


def translated_fields(model):
    try:
        options = translator.get_options_for_model(model)
    except NotRegistered:  # a model without translated fields
        return []
    return [field for field in options.fields if field not in NOT_CHECKED_FOR_COMPLETENESS]


def missing_language(model, language):
    """Records with a text in the other language but none in this one."""
    other = "en" if language == "th" else "th"
    condition = Q(pk__in=[])
    for field in translated_fields(model):
        empty = Q(**{f"{field}_{language}__isnull": True}) | Q(**{f"{field}_{language}": ""})
        condition |= empty & Q(**{f"{field}_{other}__gt": ""})
    return condition


class TranslationStatusFilter(admin.SimpleListFilter):
    title = _("translation")
    parameter_name = "translation"

    def lookups(self, request, model_admin):
        return [
            ("missing-th", _("Missing Thai")),
            ("missing-en", _("Missing English")),
            ("outdated", _("May be out of date")),
        ]

    def queryset(self, request, queryset):
        if self.value() == "missing-th":
            return queryset.filter(missing_language(queryset.model, "th"))
        if self.value() == "missing-en":
            return queryset.filter(missing_language(queryset.model, "en"))
        if self.value() == "outdated":
            return queryset.exclude(translation_outdated="")
        return queryset


class OneLanguageForm(forms.ModelForm):
    """A required translated field needs its text in Thai or in English, not necessarily both."""

    def clean(self):
        cleaned = super().clean()
        model = self._meta.model
        for field in translated_fields(model):
            if model._meta.get_field(field).blank:
                continue
            names = [f"{field}_th", f"{field}_en"]
            if all(name in self.fields for name in names) and not any(cleaned.get(name) for name in names):
                self.add_error(
                    names[0],
                    _("Give the %(field)s in Thai or in English.")
                    % {"field": model._meta.get_field(field).verbose_name},
                )
        return cleaned


class EitherLanguageMixin:
    """modeltranslation's admin makes the Thai (default-language) text of a required field
    required; the workspace's forms ask for Thai or English instead (OneLanguageForm)."""

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if field is not None and isinstance(db_field, TranslationField):
            field.required = False
        return field


class TranslationStatusMixin:
    """The admin's side: a column, a filter, the flag kept on save, and the action that clears it."""

    def get_list_display(self, request):
        # Where a record comes from is a filter and the form's last section, not a column: on the
        # office's 1366 px laptop the lists need that room for their own columns.
        return [*super().get_list_display(request), "translation_status"]

    def get_list_filter(self, request):
        return [*super().get_list_filter(request), TranslationStatusFilter, "source"]

    @admin.display(description=_("translation"))
    def translation_status(self, obj):
        missing = [
            name
            for language, name in (("th", gettext("Thai")), ("en", gettext("English")))
            for field in translated_fields(type(obj))
            if not getattr(obj, f"{field}_{language}", None)
            and getattr(obj, f"{field}_{'en' if language == 'th' else 'th'}", None)
        ]
        parts = [gettext("no %(language)s") % {"language": name} for name in dict.fromkeys(missing)]
        if obj.translation_outdated:
            parts.append(gettext("may be out of date"))
        return ", ".join(parts) or "✓"

    def save_model(self, request, obj, form, change):
        if change:
            obj.note_translation_edits(form.changed_data)
        super().save_model(request, obj, form, change)

    @admin.action(description=_("Mark translations as up to date"))
    def mark_translation_current(self, request, queryset):
        allowed = [obj.pk for obj in queryset if self.has_change_permission(request, obj)]
        count = queryset.filter(pk__in=allowed).update(translation_outdated="")
        self.message_user(
            request, gettext("%(count)d records marked as up to date.") % {"count": count}, messages.SUCCESS
        )
