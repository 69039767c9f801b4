"""WorkspaceAdmin, the base of every app's admin, composed of the workspace's concerns.

Each concern lives in its own module: scope.py (a coordinator's country), concurrency.py
(no lost updates), history.py (versions, before and after), translations.py (missing and
out-of-date translations), imports.py (CSV and XLSX), registry.py (what apps to the right
add, such as inlines). This module puts them together and adds the form's layout.
"""

from django.apps import apps as django_apps
from django.contrib.admin import helpers
from django.contrib.admin.views.main import SEARCH_VAR
from django.db import models
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from import_export.admin import ImportExportMixin
from modeltranslation.admin import TabbedTranslationAdmin, TranslationStackedInline, TranslationTabularInline
from reversion.admin import VersionAdmin

from kernel.workspace import registry
from kernel.workspace.concurrency import LostUpdateForm
from kernel.workspace.display import WholeNumberInput
from kernel.workspace.history import HistoryMixin
from kernel.workspace.imports import ImportExportRulesMixin, is_valid_pk
from kernel.workspace.scope import CountryScopeMixin, InlineScopeMixin, ScopedFormMixin
from kernel.workspace.translations import EitherLanguageMixin, OneLanguageForm, TranslationStatusMixin
from kernel.workspace.widgets import ValidAutocompleteMixin

# A search in a change list or an autocomplete is cut to this many characters before it is
# shown again or queried (no title or name is longer).
MAX_SEARCH_LENGTH = 200


class WorkspaceForm(LostUpdateForm, ScopedFormMixin, OneLanguageForm):
    """Every admin form: no lost updates, kept in a coordinator's country, and a required text
    in at least one language (checked before the lost-update guard, as the editor sees both)."""


class WorkspaceAdmin(
    ValidAutocompleteMixin,
    CountryScopeMixin,
    HistoryMixin,
    TranslationStatusMixin,
    ImportExportRulesMixin,
    EitherLanguageMixin,
    ImportExportMixin,
    VersionAdmin,
    TabbedTranslationAdmin,
):
    """The base of every admin of the apps' models."""

    form = WorkspaceForm
    # A website typed without its scheme is taken as https (Django 6's default).
    formfield_overrides = {
        models.URLField: {"assume_scheme": "https"},
        models.DecimalField: {"widget": WholeNumberInput},
    }
    actions = ["mark_translation_current"]
    change_form_template = "admin/workspace/change_form.html"

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
        """The model's own inlines, then those that apps to its right registered for it (registry.py)."""
        return [*super().get_inlines(request, obj), *registry.inlines_for(self.model)]

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

    def changelist_view(self, request, extra_context=None):
        search = request.GET.get(SEARCH_VAR, "")
        if len(search) > MAX_SEARCH_LENGTH:
            # Cut where the change list reads it: its search box, its links and its query.
            request.GET = request.GET.copy()
            request.GET[SEARCH_VAR] = search[:MAX_SEARCH_LENGTH]
        return super().changelist_view(request, extra_context)

    def get_search_results(self, request, queryset, search_term):
        return super().get_search_results(request, queryset, search_term[:MAX_SEARCH_LENGTH])

    def response_action(self, request, queryset):
        # Selected records whose id is not even an id were a server error: they select nothing.
        selected = request.POST.getlist(helpers.ACTION_CHECKBOX_NAME)
        valid = [value for value in selected if is_valid_pk(self.model, value)]
        if valid != selected:
            request.POST = request.POST.copy()
            request.POST.setlist(helpers.ACTION_CHECKBOX_NAME, valid)
        return super().response_action(request, queryset)


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


class WorkspaceInlineMixin(ValidAutocompleteMixin, InlineScopeMixin, EitherLanguageMixin):
    """Inlines follow their parent's scope and ask for a text in either language."""

    formfield_overrides = {models.DecimalField: {"widget": WholeNumberInput}}


class WorkspaceTabularInline(WorkspaceInlineMixin, TranslationTabularInline):
    form = WorkspaceForm
    extra = 0


class WorkspaceStackedInline(WorkspaceInlineMixin, TranslationStackedInline):
    form = WorkspaceForm
    extra = 0
