"""The project office's workspace: what every app's admin shares.

- Roles: three groups (StaffRole) whose permissions ROLE_PERMISSIONS lists;
  ``sync_groups`` makes the database's groups match it (a migration calls it).
- Country scope: a country coordinator adds and changes only the records of their own
  country (each admin names the path to the country, ``country_path``) and sees the
  rest read-only. The rule is checked on the server for every path: lists, forms,
  inlines, autocomplete, history, restore and exports.
- History: every change is a reversion version, both languages included; staff restore
  one from the record's history.
- No lost updates: a form carries a fingerprint of the record as it was when opened;
  if someone saved the record since, saving refuses, shows what the other person changed,
  keeps the editor's input and brings in the other's changes to the fields the editor
  left alone; saving that form again goes through.
- Translation status: records missing their Thai or English text, or whose translation
  may be out of date, are a column, a filter and a count on the admin index.
- Imports and exports: every resource is a WorkspaceResource. An import holds the country
  scope row by row (a file with a row outside it is refused whole) and is one revision,
  the importer's, named after the file; an export is CSV (with a byte-order mark, for
  Excel) or XLSX, with no cell a spreadsheet would run as a formula.
"""

import decimal
import json
import numbers
import os
import re
import tempfile

import reversion
from django import forms
from django.apps import apps as django_apps
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.utils import display_for_field as django_display_for_field
from django.contrib.admin.utils import unquote
from django.contrib.admin.views.main import SEARCH_VAR
from django.contrib.admin.widgets import AutocompleteSelect, AutocompleteSelectMultiple
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core import serializers, signing
from django.core.exceptions import BadRequest, FieldDoesNotExist, ImproperlyConfigured, ValidationError
from django.db import models, transaction
from django.db.models import Q
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from import_export import resources
from import_export.admin import ImportExportMixin
from import_export.formats import base_formats
from import_export.forms import SelectableFieldsExportForm
from modeltranslation.admin import TabbedTranslationAdmin, TranslationStackedInline, TranslationTabularInline
from modeltranslation.fields import TranslationField
from modeltranslation.translator import NotRegistered, translator
from reversion.admin import VersionAdmin
from reversion.models import Version

from delgosea.templatetags.delgosea import localdate, shown_number
from municipalities.models import StaffRole

APPS = ["municipalities", "practices", "training", "replications", "monitoring"]
# A search in a change list or an autocomplete is cut to this many characters before it is
# shown again or queried (no title or name is longer).
MAX_SEARCH_LENGTH = 200
# What a country coordinator may add and change (in their own country only).
COORDINATOR_EDITS = [
    "municipalities.localgovernment",
    "municipalities.person",
    "training.event",
    "training.participation",
    "replications.pilotcandidacy",
    "replications.criterionassessment",
    "replications.replication",
    "replications.stagechange",
    "replications.coachassignment",
    "replications.logbookentry",
]
ROLE_PERMISSIONS = {
    StaffRole.PROJECT_OFFICE: {"all": ["add", "change", "delete", "view"]},
    StaffRole.COUNTRY_COORDINATOR: {"all": ["view"], **{model: ["add", "change"] for model in COORDINATOR_EDITS}},
    StaffRole.STEERING_COMMITTEE: {"all": ["view"]},
}
NOT_CHECKED_FOR_COMPLETENESS = {"source_note"}


def sync_groups(group_model=Group, permission_model=Permission, content_type_model=ContentType):
    """Create the three groups and give each exactly the permissions ROLE_PERMISSIONS lists."""
    permissions = permission_model.objects.filter(content_type__app_label__in=APPS).select_related("content_type")
    for role, grants in ROLE_PERMISSIONS.items():
        group, _created = group_model.objects.get_or_create(name=role.value)
        group.permissions.set(
            [
                permission
                for permission in permissions
                if permission.codename.split("_", 1)[0]
                in {
                    *grants["all"],
                    *grants.get(f"{permission.content_type.app_label}.{permission.content_type.model}", []),
                }
            ]
        )


def coordinator_country(request):
    """The country a coordinator keeps, or None for everyone else (superusers included)."""
    user = request.user
    if user.is_superuser:
        return None
    profile = getattr(user, "staff_profile", None)
    if profile is not None and profile.role == StaffRole.COUNTRY_COORDINATOR:
        return profile.country
    return None


def stored_state(instance):
    """The record's fields as stored now, as the serializer (and reversion) writes them."""
    rows = json.loads(serializers.serialize("json", type(instance)._base_manager.filter(pk=instance.pk)))
    return rows[0]["fields"] if rows else {}


def fingerprint(instance):
    """The record as stored now, signed: it changes whenever anyone saves the record, and
    tells what they changed."""
    return signing.dumps(stored_state(instance), salt="workspace.fingerprint", compress=True)


def opened_state(value):
    """The record as it was when the form was opened, or None for a missing or forged fingerprint."""
    try:
        return signing.loads(value or "", salt="workspace.fingerprint")
    except signing.BadSignature:
        return None


def recorded_fields(model):
    """The fields a person changes: each language's column, not modeltranslation's
    language-less original (a copy of the Thai one) nor the generated search columns."""
    originals = set(translated_fields(model)) | NOT_CHECKED_FOR_COMPLETENESS
    return [
        field
        for field in [*model._meta.concrete_fields, *model._meta.many_to_many]
        if field.name not in originals and field.name not in {"search_th", "search_en"}
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


class FingerprintField(forms.CharField):
    """The lost-update guard's hidden field: internal, so never a change of its own (not in
    the admin's change message, the log or the history)."""

    widget = forms.HiddenInput

    def has_changed(self, initial, data):
        return False


class WorkspaceForm(forms.ModelForm):
    """Every admin form: no lost updates, and a required text in at least one language.

    A form carries a fingerprint of the record as it was opened and refuses to save
    over a change someone else saved since. The refused form then lists what the other
    person changed (``others_changes``), keeps the editor's input, takes the other's
    values for the fields the editor left alone, and carries a fresh fingerprint: saving
    it again applies the editor's changes on top of the other's. A required translated
    field (a title, a name) needs its text in Thai or in English, not necessarily both:
    what the sources give in one language only is kept until staff have the other.
    """

    record_fingerprint = FingerprintField(label=_("record fingerprint"), required=False)
    # Set by WorkspaceAdmin.get_form for a country coordinator: the record must be of this
    # country once saved (the path from the model to its Country), as imports require too.
    scope_country = None
    scope_path = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.others_changes = None  # what someone else saved since the form was opened, when refused
        if self.instance.pk and not self.is_bound:
            self.initial["record_fingerprint"] = fingerprint(self.instance)

    def clean(self):
        cleaned = super().clean()
        self._require_one_language(cleaned)
        if self.instance.pk:
            # Lock the row until this save commits, so that no save can slip in between.
            type(self.instance)._base_manager.select_for_update().filter(pk=self.instance.pk).exists()
            opened, current = opened_state(cleaned.get("record_fingerprint")), stored_state(self.instance)
            if opened != current:
                self._offer_again(opened, current)
                raise forms.ValidationError(
                    _(
                        "Someone else saved this record after you opened it, so nothing was saved. Their changes "
                        "are listed below and are now in the form, except where you changed the same field: "
                        "there your input is kept. Check the form and save again."
                    ),
                    code="lost_update",
                )
        return cleaned

    def _post_clean(self):
        super()._post_clean()
        if self.scope_country is None or self.scope_path.split("__")[0] in self.errors:
            return  # no scope, or the link to the country was refused already (not one of the choices)
        if country_of(self.instance, self.scope_path) != self.scope_country:
            self.add_error(
                None,
                forms.ValidationError(
                    _(
                        "As the coordinator of %(country)s you keep only records of %(country)s, and this one "
                        "would not belong to it: link it to a local government, event or replication of %(country)s."
                    ),
                    params={"country": self.scope_country},
                    code="out_of_scope",
                ),
            )

    def _offer_again(self, opened, current):
        """List what the other person changed and re-render the form to be saved again: the
        editor's input kept, the other's changes brought into the fields the editor left
        alone, and a fresh fingerprint."""
        data = self.data.copy()
        self.others_changes = []
        for field in recorded_fields(self._meta.model):
            if opened is None or same(opened.get(field.name), current.get(field.name)):
                continue
            self.others_changes.append(
                {
                    "field": field.verbose_name,
                    "before": shown(field, opened.get(field.name)),
                    "after": shown(field, current.get(field.name)),
                }
            )
            if field.name in self.fields and not self._editor_changed(field, opened):
                self._put(data, field.name, self.get_initial_for_field(self.fields[field.name], field.name))
        data[self.add_prefix("record_fingerprint")] = fingerprint(self.instance)
        self.data = data

    def _editor_changed(self, field, opened):
        """Whether the editor's input for this field differs from the record as they opened it."""
        if field.name not in self.cleaned_data:
            return True  # their input was refused: keep it in front of them
        value = self.cleaned_data[field.name]
        if field.many_to_many:
            return sorted(str(obj.pk) for obj in value or []) != sorted(str(pk) for pk in opened.get(field.name))
        probe = type(self.instance)(pk=self.instance.pk)
        field.save_form_data(probe, value)
        mine = json.loads(serializers.serialize("json", [probe], fields=[field.name]))[0]["fields"]
        return not same(mine.get(field.name), opened.get(field.name))

    def _put(self, data, name, value):
        """Write a value into the form's data as its widget would have sent it."""
        field, key = self.fields[name], self.add_prefix(name)
        widget = getattr(field.widget, "widget", field.widget)  # the admin wraps related fields
        value = field.prepare_value(value)
        if isinstance(widget, forms.ClearableFileInput):
            return  # an untouched file field keeps the stored file by itself
        if isinstance(widget, forms.CheckboxInput):
            data.pop(key, None)
            if value:
                data[key] = "on"
        elif isinstance(widget, forms.MultiWidget):
            for suffix, part, sub in zip(widget.widgets_names, widget.decompress(value), widget.widgets, strict=True):
                data[key + suffix] = sub.format_value(part) or ""
        elif isinstance(value, (list, tuple)) or getattr(widget, "allow_multiple_selected", False):
            data.setlist(key, [str(v) for v in value or []])
        else:
            shown_value = widget.format_value(value) if isinstance(widget, forms.widgets.Input) else value
            data[key] = "" if shown_value is None else str(shown_value)

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


class WholeNumberInput(forms.NumberInput):
    """A decimal field's input without the zeros the column pads it with: a count of 27 reads 27, not 27.00."""

    def format_value(self, value):
        if isinstance(value, decimal.Decimal):
            value = value.quantize(1) if value == value.to_integral_value() else value.normalize()
        return super().format_value(value)


class EitherLanguageMixin:
    """modeltranslation's admin makes the Thai (default-language) text of a required field
    required; WorkspaceForm asks for Thai or English instead."""

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if field is not None and isinstance(db_field, TranslationField):
            field.required = False
        return field


class ValidChoicesShown:
    """An autocomplete widget that shows again only the values its field's key can hold: Django's
    looks every submitted value up, so a form sent back with `abc` for a linked record would end in
    a server error instead of the form with its error message."""

    def optgroups(self, name, value, attr=None):
        model = self.field.remote_field.model
        to_field = model._meta.get_field(getattr(self.field.remote_field, "field_name", None) or model._meta.pk.name)
        valid = []
        for item in value:
            try:
                to_field.get_prep_value(to_field.to_python(item))
            except (ValidationError, ValueError, TypeError):
                continue
            valid.append(item)
        return super().optgroups(name, valid, attr)


class ValidAutocompleteSelect(ValidChoicesShown, AutocompleteSelect):
    pass


class ValidAutocompleteSelectMultiple(ValidChoicesShown, AutocompleteSelectMultiple):
    pass


class ValidAutocompleteMixin:
    """The admin's autocomplete fields, with widgets that survive any submitted value."""

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if "widget" not in kwargs and db_field.name in self.get_autocomplete_fields(request):
            kwargs["widget"] = ValidAutocompleteSelect(db_field, self.admin_site, using=kwargs.get("using"))
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if "widget" not in kwargs and db_field.name in self.get_autocomplete_fields(request):
            kwargs["widget"] = ValidAutocompleteSelectMultiple(db_field, self.admin_site, using=kwargs.get("using"))
        return super().formfield_for_manytomany(db_field, request, **kwargs)


class WithoutLinkRowsInDeletion:
    """A deletion summary without the rows that only link two records (a group's permissions, a user's
    groups): they go with the record, and Django names them by their table ("Group_permissions object (9)")."""

    def get_deleted_objects(self, objs, request):
        to_delete, model_count, perms_needed, protected = super().get_deleted_objects(objs, request)
        links = [m._meta for m in django_apps.get_models(include_auto_created=True) if m._meta.auto_created]
        prefixes = tuple(f"{capfirst(opts.verbose_name)}: " for opts in links)
        plurals = {str(opts.verbose_name_plural) for opts in links}

        def kept(items):
            rows = []
            for item in items:
                if isinstance(item, list):
                    if item := kept(item):
                        rows.append(item)
                elif not str(item).startswith(prefixes):
                    rows.append(item)
            return rows

        counts = {name: count for name, count in model_count.items() if str(name) not in plurals}
        return kept(to_delete), counts, perms_needed, protected


class ExportForm(SelectableFieldsExportForm):
    """The export's column choices named as the form names them (``ชื่อ [th]``), with the file's column code."""

    def _get_field_label(self, resource, field_name):
        column = resource.fields[field_name].column_name if field_name in resource.fields else field_name
        try:
            name = capfirst(resource._meta.model._meta.get_field(field_name).verbose_name)
        except FieldDoesNotExist:
            return column
        return f"{name} ({column})"


class WorkspaceAdmin(
    ValidAutocompleteMixin, EitherLanguageMixin, ImportExportMixin, VersionAdmin, TabbedTranslationAdmin
):
    """The base of every admin in the four apps."""

    form = WorkspaceForm
    # A website typed without its scheme is taken as https (Django 6's default).
    formfield_overrides = {
        models.URLField: {"assume_scheme": "https"},
        models.DecimalField: {"widget": WholeNumberInput},
    }
    # The path from the model to its Country, for records a coordinator may keep; None
    # means coordinators only read this model.
    country_path = None
    # Export and import only where an admin names a resource (import_export).
    resource_classes = []
    export_form_class = ExportForm
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

    change_form_template = "admin/workspace/change_form.html"

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        """Say why a record opens read-only, and what someone else changed when a save is refused."""
        forms_shown = [context["adminform"].form] + [
            inline_form for inline in context["inline_admin_formsets"] for inline_form in inline.formset.forms
        ]
        context["read_only_reason"] = self.read_only_reason(request, obj)
        context["lost_updates"] = [
            {"record": form.instance, "changes": form.others_changes}
            for form in forms_shown
            if getattr(form, "others_changes", None) is not None
        ]
        return super().render_change_form(request, context, add, change, form_url, obj)

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
            answers[key] = self.holds(country, obj)
        return answers[key]

    def holds(self, country, obj):
        """Whether the record, as stored now, is one of the country's (asked of the database)."""
        return type(obj)._base_manager.filter(pk=obj.pk).filter(self.scope(country)).exists()

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self.in_scope(request, obj)

    def read_only_reason(self, request, obj):
        """Why a coordinator may read this record but not change it, or "" when they may change it."""
        country = coordinator_country(request)
        if country is None or obj is None or self.has_change_permission(request, obj):
            return ""
        if self.country_path is None:
            return gettext(
                "As %(country)s’s coordinator you can read these records but not change them: the project office "
                "keeps them."
            ) % {"country": country}
        owner = obj
        for step in self.country_path.split("__"):
            owner = getattr(owner, step, None)
        if owner is None:
            return gettext(
                "This record belongs to no country; as %(country)s’s coordinator you can read it but not change it."
            ) % {"country": country}
        return gettext(
            "This record belongs to %(owner)s; as %(country)s’s coordinator you can read it but not change it."
        ) % {"owner": owner, "country": country}

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self.in_scope(request, obj)

    def has_add_permission(self, request):
        if coordinator_country(request) is not None and self.country_path is None:
            return False
        return super().has_add_permission(request)

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        country = coordinator_country(request)
        if country is None or not self.country_path:
            return form
        return type(form.__name__, (form,), {"scope_country": country, "scope_path": self.country_path})

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        field = super().formfield_for_foreignkey(db_field, request, **kwargs)
        country = coordinator_country(request)
        if country is not None and field is not None:
            field.queryset = scoped_choices(field.queryset, country)
        return field

    def changelist_view(self, request, extra_context=None):
        search = request.GET.get(SEARCH_VAR, "")
        if len(search) > MAX_SEARCH_LENGTH:
            # Cut where the change list reads it: its search box, its links and its query.
            request.GET = request.GET.copy()
            request.GET[SEARCH_VAR] = search[:MAX_SEARCH_LENGTH]
        return super().changelist_view(request, extra_context)

    def get_search_results(self, request, queryset, search_term):
        search_term = search_term[:MAX_SEARCH_LENGTH]
        queryset, distinct = super().get_search_results(request, queryset, search_term)
        country = coordinator_country(request)
        if country is not None and request.path.endswith("/autocomplete/"):
            queryset = scoped_choices(queryset, country)
        return queryset, distinct

    def get_export_queryset(self, request):
        try:
            queryset = super().get_export_queryset(request)
        except IncorrectLookupParameters as error:
            # The change list's filters in the query string that are not filters (a server error before).
            raise BadRequest("The export's filters could not be used.") from error
        country = coordinator_country(request)
        if country is not None:
            queryset = queryset.filter(self.scope(country)) if self.country_path else queryset.none()
        return queryset

    def process_import(self, request, **kwargs):
        # The confirmation names the uploaded file kept in the temporary folder and the format
        # by its index. A name that is not such a file (expired, or typed by hand) or a format
        # that is not an index was a server error; the name could point at any file there.
        if request.method == "POST" and self.has_import_permission(request):
            name = os.path.basename(request.POST.get("import_file_name", ""))
            index = request.POST.get("format", "")
            if not (
                re.fullmatch(r"tmp[a-z0-9_]{8}", name)
                and os.path.isfile(os.path.join(tempfile.gettempdir(), name))
                and index.isdigit()
                and int(index) < len(self.get_import_formats())
            ):
                raise BadRequest("The import to confirm is no longer there.")
        return super().process_import(request, **kwargs)

    def response_action(self, request, queryset):
        # Selected records whose id is not even an id were a server error: they select nothing.
        selected = request.POST.getlist(helpers.ACTION_CHECKBOX_NAME)
        valid = [value for value in selected if is_valid_pk(self.model, value)]
        if valid != selected:
            request.POST = request.POST.copy()
            request.POST.setlist(helpers.ACTION_CHECKBOX_NAME, valid)
        return super().response_action(request, queryset)

    def has_import_permission(self, request):
        return bool(self.resource_classes) and self.has_add_permission(request) and self.has_change_permission(request)

    def has_export_permission(self, request):
        return bool(self.resource_classes) and self.has_view_permission(request)

    # ------------------------------------------------------------ import and export

    # What a spreadsheet opens: each made safe by WorkspaceResource (TSV, JSON or HTML are not).
    export_formats = [base_formats.CSV, base_formats.XLSX]
    # A byte-order mark first, so that Excel reads the CSV as UTF-8 and shows Thai.
    to_encoding = "utf-8-sig"

    def get_resource_classes(self, request):
        classes = super().get_resource_classes(request)
        for resource_class in classes:
            if not issubclass(resource_class, WorkspaceResource):
                raise ImproperlyConfigured(
                    f"{resource_class.__name__} must be a WorkspaceResource: it keeps the country scope and history."
                )
        return classes

    def get_resource_kwargs(self, request, *args, **kwargs):
        return {**super().get_resource_kwargs(request, *args, **kwargs), "request": request, "model_admin": self}

    def process_dataset(self, dataset, form, request, **kwargs):
        """The confirmed import: all rows or none, as one revision by the importer named after the file.

        The preview checked the file, but records may have changed since: a row refused now
        refuses the whole file again, and no version is written for what was rolled back.
        """
        kwargs["rollback_on_validation_errors"] = True
        file_name = kwargs.get("file_name") or form.cleaned_data.get("original_file_name")
        try:
            with transaction.atomic(), reversion.create_revision():
                reversion.set_user(request.user)
                reversion.set_comment(gettext("Imported from the file “%(name)s”.") % {"name": file_name})
                result = super().process_dataset(dataset, form, request, **kwargs)
                if result.has_errors() or result.has_validation_errors():
                    raise ImportRefused(result)
        except ImportRefused as refused:
            return refused.result
        return result

    def process_result(self, result, request):
        """A refused confirmation shows the bad rows, as the preview does, instead of reporting success."""
        if not (result.has_errors() or result.has_validation_errors()):
            return super().process_result(result, request)
        form_class = self.get_import_form_class(request)
        form = form_class(
            self.get_import_formats(),
            self.get_import_resource_classes(request),
            initial=self.get_import_form_initial(request),
        )
        context = {
            **self.admin_site.each_context(request),
            **self.get_import_context_data(),
            "title": gettext("Import"),
            "form": form,
            "opts": self.model._meta,
            "media": self.media + form.media,
            "result": result,
            "import_error_display": self.import_error_display,
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, [self.import_template_name], context)

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
        return [
            {
                "field": field.verbose_name,  # a translated field's names its language: "title (Thai)"
                "before": shown(field, before.get(field.name)),
                "after": shown(field, after.get(field.name)),
            }
            for field in recorded_fields(self.model)
            if not same(before.get(field.name), after.get(field.name))
        ]

    # ------------------------------------------------------------ translations

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


class ImportRefused(Exception):
    """Raised inside an import's transaction to roll it back, its revision included."""

    def __init__(self, result):
        super().__init__("import refused")
        self.result = result


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value):
    """A text a spreadsheet would run as a formula, kept as text: a single quote before it (OWASP)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class WorkspaceResource(resources.ModelResource):
    """The base of every CSV and XLSX resource (django-import-export); WorkspaceAdmin refuses others.

    Import: a country coordinator's row must keep to their country as the admin's forms
    do: it may change only a record the coordinator may change (``has_change_permission``),
    the record must be of their country once saved (``holds``, so nothing is created in or
    moved to another country), and each link must be one of the choices the forms offer
    them (``scoped_choices``). A row that breaks the rule is a validation error with its
    reason, so the preview lists it and the whole file is refused.

    Export: a text that starts like a formula gets a single quote before it; numbers,
    negative ones included, stay numbers.
    """

    def __init__(self, request=None, model_admin=None, **kwargs):
        super().__init__(**kwargs)
        self.request = request
        self.model_admin = model_admin

    def get_use_transactions(self):
        return True  # the scope is checked on the saved row, inside the import's transaction

    def coordinator_country(self):
        return coordinator_country(self.request) if self.request is not None else None

    def after_init_instance(self, instance, new, row, **kwargs):
        super().after_init_instance(instance, new, row, **kwargs)
        country = self.coordinator_country()
        if country is not None and not new and not self.model_admin.has_change_permission(self.request, instance):
            raise ValidationError(
                _("This row changes a record of another country: you may change only records of %(country)s."),
                params={"country": country},
                code="out_of_scope",
            )

    def save_instance(self, instance, is_create, row, **kwargs):
        country = self.coordinator_country()
        if country is None:
            return super().save_instance(instance, is_create, row, **kwargs)
        with transaction.atomic():  # the refusal undoes the row's save
            super().save_instance(instance, is_create, row, **kwargs)
            refusal = self.scope_refusal(instance, is_create, country)
            if refusal is not None:
                raise refusal

    def scope_refusal(self, instance, is_create, country):
        """Why the saved row breaks the coordinator's scope (a ValidationError), or None."""
        if not self.model_admin.holds(country, instance):
            if is_create:
                message = _("This row would add a record outside %(country)s: you may add only records of %(country)s.")
            else:
                message = _("This row would move the record out of %(country)s.")
            return ValidationError(message, params={"country": country}, code="out_of_scope")
        for field in instance._meta.concrete_fields:
            value = getattr(instance, field.attname)
            if not field.many_to_one or value is None:
                continue
            choices = field.related_model._default_manager.filter(pk=value)
            if not scoped_choices(choices, country).exists():
                return ValidationError(
                    _("The %(field)s “%(value)s” is of another country: you may link only to records of %(country)s."),
                    params={"field": field.verbose_name, "value": getattr(instance, field.name), "country": country},
                    code="out_of_scope",
                )
        return None

    def export_field(self, field, instance, **kwargs):
        value = super().export_field(field, instance, **kwargs)
        if isinstance(field.get_value(instance), numbers.Number):
            return value  # "-5" in a CSV is a number, not a formula
        return neutralise_formula(value)


def country_of(instance, path):
    """The Country a record (saved or not) belongs to, following ``path`` (``pilot__country``)."""
    value = instance
    for name in path.split("__"):
        value = getattr(value, name, None)
        if value is None:
            return None
    return value


def is_valid_pk(model, value):
    try:
        model._meta.pk.get_prep_value(model._meta.pk.to_python(value))
    except (ValidationError, ValueError, TypeError):
        return False
    return True


def scoped_choices(queryset, country):
    """The choices a coordinator may link a record to: those of their own country."""
    model = queryset.model
    if model._meta.label == "municipalities.Country":
        return queryset.filter(pk=country.pk)
    admin_class = admin.site.get_model_admin(model) if admin.site.is_registered(model) else None
    if isinstance(admin_class, WorkspaceAdmin) and admin_class.country_path:
        return queryset.filter(admin_class.scope(country))
    return queryset


class WorkspaceInlineMixin(ValidAutocompleteMixin, EitherLanguageMixin):
    """Inlines follow their parent's scope: a coordinator edits them only on a record they keep."""

    formfield_overrides = {models.DecimalField: {"widget": WholeNumberInput}}

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


# ---------------------------------------------------------------- values as a Thai editor reads them


def display_for_field(value, field, empty_value_display, avoid_link=False):
    """Django's admin display of a field's value, with Buddhist Era years in Thai and whole counts.

    Django has no hook for how the admin shows a value in lists and read-only forms, and a
    format module cannot add 543 to a year; ``install_thai_display`` puts this in its place.
    """
    if value not in (None, "") and not getattr(field, "flatchoices", None):
        if isinstance(field, models.DateTimeField):
            return localdate(timezone.template_localtime(value), "DATETIME_FORMAT")
        if isinstance(field, models.DateField):
            return localdate(value)
        if isinstance(field, models.DecimalField):
            return shown_number(value)
    return django_display_for_field(value, field, empty_value_display, avoid_link)


def install_thai_display():
    from django.contrib.admin import helpers
    from django.contrib.admin.templatetags import admin_list

    helpers.display_for_field = admin_list.display_for_field = display_for_field


# ---------------------------------------------------------------- django-axes' records as staff read them


def _signin_time(record):
    return localdate(timezone.localtime(record.attempt_time), "DATETIME_FORMAT")


def install_signin_record_names():
    """django-axes names its records in English with a raw timestamp; name them in the reader's language."""
    from axes.admin import AccessAttemptAdmin
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog

    AccessAttempt.__str__ = lambda record: (
        gettext("Sign-in attempts as %(username)s, %(time)s")
        % {
            "username": record.username,
            "time": _signin_time(record),
        }
    )
    AccessLog.__str__ = lambda record: (
        gettext("Sign-in of %(username)s, %(time)s")
        % {
            "username": record.username,
            "time": _signin_time(record),
        }
    )
    AccessFailureLog.__str__ = lambda record: (
        gettext("Failed sign-in as %(username)s from %(address)s, %(time)s")
        % {
            "username": record.username,
            "address": record.ip_address,
            "time": _signin_time(record),
        }
    )
    AccessAttemptAdmin.status.short_description = _("status")
