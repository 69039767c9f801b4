"""The project office's workspace: what every app's admin shares.

- Roles: three groups (StaffRole) with their permissions: kernel/workspace/roles.py.
- Country scope: a country coordinator adds and changes only the records of their own
  country (each admin names the path to the country, ``country_path``) and sees the
  rest read-only. The rule is checked on the server for every path: lists, forms,
  inlines, autocomplete, history, restore and exports.
- History: every change is a reversion version, both languages included; staff restore
  one from the record's history.
- No lost updates: a form carries a fingerprint of the record as it was when opened;
  if someone saved the record since, saving refuses with a message and keeps the input.
- Translation status: records missing their Thai or English text, or whose translation
  may be out of date, are a column, a filter and a count on the admin index.
"""

import hashlib

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core import serializers
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from import_export.admin import ImportExportMixin
from modeltranslation.admin import TabbedTranslationAdmin, TranslationStackedInline, TranslationTabularInline
from modeltranslation.fields import TranslationField
from modeltranslation.translator import NotRegistered, translator
from reversion.admin import VersionAdmin
from reversion.models import Version

from kernel.workspace import registry
from kernel.workspace.roles import StaffRole

NOT_CHECKED_FOR_COMPLETENESS = {"source_note"}


def coordinator_country(request):
    """The country a coordinator keeps, or None for everyone else (superusers included)."""
    user = request.user
    if user.is_superuser:
        return None
    profile = getattr(user, "staff_profile", None)
    if profile is not None and profile.role == StaffRole.COUNTRY_COORDINATOR:
        return profile.country
    return None


def fingerprint(instance):
    """A digest of the record as stored now; it changes whenever anyone saves the record."""
    fresh = type(instance)._base_manager.filter(pk=instance.pk)
    return hashlib.sha256(serializers.serialize("json", fresh).encode()).hexdigest()


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


class WorkspaceForm(forms.ModelForm):
    """Every admin form: no lost updates, and a required text in at least one language.

    A form carries a fingerprint of the record as it was opened and refuses to save
    over a change someone else saved since. A required translated field (a title, a
    name) needs its text in Thai or in English, not necessarily both: what the sources
    give in one language only is kept until staff have the other.
    """

    record_fingerprint = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and not self.is_bound:
            self.initial["record_fingerprint"] = fingerprint(self.instance)

    def clean(self):
        cleaned = super().clean()
        self._require_one_language(cleaned)
        if self.instance.pk:
            # Lock the row until this save commits, so that no save can slip in between.
            type(self.instance)._base_manager.select_for_update().filter(pk=self.instance.pk).exists()
            if cleaned.get("record_fingerprint") != fingerprint(self.instance):
                raise forms.ValidationError(
                    _(
                        "Someone else saved this record after you opened it. Your changes are still in the form "
                        "but were not saved: open the record in a new tab to see the other changes, bring yours "
                        "into line with them, and save again."
                    ),
                    code="lost_update",
                )
        return cleaned

    def _require_one_language(self, cleaned):
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


class EitherLanguageMixin:
    """modeltranslation's admin makes the Thai (default-language) text of a required field
    required; WorkspaceForm asks for Thai or English instead."""

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if field is not None and isinstance(db_field, TranslationField):
            field.required = False
        return field


class WorkspaceAdmin(EitherLanguageMixin, ImportExportMixin, VersionAdmin, TabbedTranslationAdmin):
    """The base of every admin in the four apps."""

    form = WorkspaceForm
    # A website typed without its scheme is taken as https (Django 6's default).
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    # The path from the model to its Country, for records a coordinator may keep; None
    # means coordinators only read this model.
    country_path = None
    # Export and import only where an admin names a resource (import_export).
    resource_classes = []
    actions = ["mark_translation_current"]

    # ------------------------------------------------------------ the form

    PROVENANCE = ("source", "source_note", "translation_outdated")

    def get_fieldsets(self, request, obj=None):
        """The record's own fields first; where it comes from and its translation flag last."""
        fieldsets = super().get_fieldsets(request, obj)
        if self.fieldsets or len(fieldsets) != 1:
            return fieldsets
        fields = list(fieldsets[0][1]["fields"])
        last = [f for f in fields if isinstance(f, str) and f.startswith(self.PROVENANCE)]
        return [(None, {"fields": [f for f in fields if f not in last]}), (_("Source"), {"fields": last})]

    def get_inlines(self, request, obj):
        """The model's own inlines, then those apps to its right registered for it (registry.py)."""
        return [*super().get_inlines(request, obj), *registry.inlines_for(self.model)]

    # ------------------------------------------------------------ country scope

    def scope(self, country):
        return Q(**{self.country_path: country})

    def in_scope(self, request, obj):
        country = coordinator_country(request)
        if country is None or obj is None:
            return True
        if self.country_path is None:
            return False
        # Django asks for the same permission several times a page: answer from the request.
        answers = request.__dict__.setdefault("_workspace_in_scope", {})
        key = (obj._meta.label, obj.pk)
        if key not in answers:
            answers[key] = type(obj)._base_manager.filter(pk=obj.pk).filter(self.scope(country)).exists()
        return answers[key]

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self.in_scope(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self.in_scope(request, obj)

    def has_add_permission(self, request):
        if coordinator_country(request) is not None and self.country_path is None:
            return False
        return super().has_add_permission(request)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        field = super().formfield_for_foreignkey(db_field, request, **kwargs)
        country = coordinator_country(request)
        if country is not None and field is not None:
            field.queryset = scoped_choices(field.queryset, country)
        return field

    def get_search_results(self, request, queryset, search_term):
        queryset, distinct = super().get_search_results(request, queryset, search_term)
        country = coordinator_country(request)
        if country is not None and request.path.endswith("/autocomplete/"):
            queryset = scoped_choices(queryset, country)
        return queryset, distinct

    def get_export_queryset(self, request):
        queryset = super().get_export_queryset(request)
        country = coordinator_country(request)
        if country is not None:
            queryset = queryset.filter(self.scope(country)) if self.country_path else queryset.none()
        return queryset

    def has_import_permission(self, request):
        return bool(self.resource_classes) and self.has_add_permission(request) and self.has_change_permission(request)

    def has_export_permission(self, request):
        return bool(self.resource_classes) and self.has_view_permission(request)

    # ------------------------------------------------------------ history

    object_history_template = "admin/workspace/object_history.html"

    def history_view(self, request, object_id, extra_context=None):
        """Reversion's history, each version with the fields it changed, before and after."""
        versions = list(
            Version.objects.get_for_object_reference(self.model, unquote(object_id))
            .select_related("revision__user")
            .order_by("pk")
        )
        history, previous = [], {}
        for version in versions:
            fields = version.field_dict
            history.append({"version": version, "changes": self._changes(previous, fields) if previous else []})
            previous = fields
        opts = self.model._meta
        for entry in history:
            entry["url"] = reverse(
                f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_revision",
                args=[entry["version"].object_id, entry["version"].pk],
            )
        return super().history_view(request, object_id, {"history": history[::-1], **(extra_context or {})})

    def _changes(self, before, after):
        changes = []
        for field in self.model._meta.concrete_fields:
            old, new = before.get(field.name), after.get(field.name)
            if field.name in {"search_th", "search_en"} or old == new or (old in (None, "") and new in (None, "")):
                continue
            changes.append(
                {
                    "field": field.verbose_name,
                    "before": self._shown(field, before.get(field.name)),
                    "after": self._shown(field, after.get(field.name)),
                }
            )
        return changes

    def _shown(self, field, value):
        if value in (None, ""):
            return "–"
        if field.is_relation:
            related = field.related_model._base_manager.filter(pk=value).first()
            return str(related) if related else value
        if field.choices:
            return dict(field.flatchoices).get(value, value)
        return value

    # ------------------------------------------------------------ translations

    def get_list_display(self, request):
        return [*super().get_list_display(request), "translation_status", "source"]

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


def scoped_choices(queryset, country):
    """The choices a coordinator may link a record to: those of their own country."""
    model = queryset.model
    if model._meta.label == "municipalities.Country":
        return queryset.filter(pk=country.pk)
    admin_class = admin.site.get_model_admin(model) if admin.site.is_registered(model) else None
    if isinstance(admin_class, WorkspaceAdmin) and admin_class.country_path:
        return queryset.filter(admin_class.scope(country))
    return queryset


class WorkspaceInlineMixin(EitherLanguageMixin):
    """Inlines follow their parent's scope: a coordinator edits them only on a record they keep."""

    def _parent_in_scope(self, request, obj):
        if not self.admin_site.is_registered(self.parent_model):
            return True
        return self.admin_site.get_model_admin(self.parent_model).in_scope(request, obj)

    def has_add_permission(self, request, obj=None):
        return super().has_add_permission(request, obj) and self._parent_in_scope(request, obj)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self._parent_in_scope(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self._parent_in_scope(request, obj)


class WorkspaceTabularInline(WorkspaceInlineMixin, TranslationTabularInline):
    form = WorkspaceForm
    extra = 0


class WorkspaceStackedInline(WorkspaceInlineMixin, TranslationStackedInline):
    form = WorkspaceForm
    extra = 0
