"""Imports and exports: every resource is a WorkspaceResource.

An import holds the country scope row by row (a file with a row outside it is refused
whole) and is one revision, the importer's, named after the file; an export is CSV (with
a byte-order mark, for Excel) or XLSX, with no cell a spreadsheet would run as a formula.
"""

import numbers
import os
import re
import tempfile

import reversion
from django.contrib.admin.options import IncorrectLookupParameters
from django.core.exceptions import BadRequest, FieldDoesNotExist, ImproperlyConfigured, ValidationError
from django.db import transaction
from django.template.response import TemplateResponse
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from import_export import resources
from import_export.formats import base_formats
from import_export.forms import SelectableFieldsExportForm
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from kernel.workspace.scope import coordinator_country, scoped_choices


def is_valid_pk(model, value):
    """Whether a value from a request can be looked up as the model's primary key."""
    try:
        model._meta.pk.get_prep_value(model._meta.pk.to_python(value))
    except (ValidationError, ValueError, TypeError):
        return False
    return True


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


def fit_for_xlsx(value):
    """A text as an XLSX cell can hold it: each control character XML forbids (a vertical tab, a word
    processor's line break, pasted into a field) becomes U+FFFD, as in the admin's XLSX exports
    (IMPORT_EXPORT_ESCAPE_ILLEGAL_CHARS_ON_EXPORT); openpyxl refuses the whole file otherwise."""
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("\ufffd", value)
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


class ExportForm(SelectableFieldsExportForm):
    """The export's column choices named as the form names them (``ชื่อ [th]``), with the file's column code."""

    def _get_field_label(self, resource, field_name):
        column = resource.fields[field_name].column_name if field_name in resource.fields else field_name
        try:
            name = capfirst(resource._meta.model._meta.get_field(field_name).verbose_name)
        except FieldDoesNotExist:
            return column
        return f"{name} ({column})"


class ImportExportRulesMixin:
    """The admin's side of imports and exports (django-import-export's ImportExportMixin after it)."""

    # Export and import only where an admin names a resource.
    resource_classes = []
    # What a spreadsheet opens: each made safe by WorkspaceResource (TSV, JSON or HTML are not).
    export_formats = [base_formats.CSV, base_formats.XLSX]
    # A byte-order mark first, so that Excel reads the CSV as UTF-8 and shows Thai.
    to_encoding = "utf-8-sig"
    export_form_class = ExportForm

    def has_import_permission(self, request):
        return bool(self.resource_classes) and self.has_add_permission(request) and self.has_change_permission(request)

    def has_export_permission(self, request):
        return bool(self.resource_classes) and self.has_view_permission(request)

    def export_action(self, request):
        # An export of chosen records names them in ``export_items``. django-import-export 4.4
        # checks them against its deprecated get_valid_export_item_pks() (every record of the
        # table, with a DeprecationWarning); here they are taken out of the form and applied in
        # get_export_queryset() below, the hook its later versions check them against, so that
        # they stay within the change list's filters and the coordinator's country.
        if request.method == "POST" and "export_items" in request.POST:
            request.POST = request.POST.copy()
            request.export_items = request.POST.pop("export_items")
        return super().export_action(request)

    def get_export_queryset(self, request):
        try:
            queryset = super().get_export_queryset(request)
        except IncorrectLookupParameters as error:
            # The change list's filters in the query string that are not filters (a server error before).
            raise BadRequest("The export's filters could not be used.") from error
        items = getattr(request, "export_items", None)
        if items is not None:
            # An id that is not an id chooses nothing (it was a form error before, never a server error).
            queryset = queryset.filter(pk__in=[pk for pk in items if is_valid_pk(self.model, pk)])
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
