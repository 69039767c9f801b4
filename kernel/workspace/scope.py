"""Country scope: a country coordinator adds and changes only the records of their own country.

Each admin names the path from its model to its Country (``country_path``); a coordinator
sees every other record read-only, with the reason. The rule is checked on the server for
every path: lists, forms, inlines, autocomplete, history, restore, imports and exports.
"""

from django import forms
from django.contrib import admin
from django.db.models import Q
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from kernel.workspace.roles import StaffRole

_staff_profile_of = None


def register_staff_profiles(profile_of):
    """How to find a user's staff profile (with its ``role`` and ``country``), or None: the app
    that keeps staff profiles registers it from its side (municipalities, in its AppConfig.ready)."""
    global _staff_profile_of
    _staff_profile_of = profile_of


def coordinator_country(request):
    """The country a coordinator keeps, or None for everyone else (superusers included)."""
    user = request.user
    if user.is_superuser or _staff_profile_of is None:
        return None
    profile = _staff_profile_of(user)
    if profile is not None and profile.role == StaffRole.COUNTRY_COORDINATOR:
        return profile.country
    return None


def country_of(instance, path):
    """The Country a record (saved or not) belongs to, following ``path`` (``pilot__country``)."""
    value = instance
    for name in path.split("__"):
        value = getattr(value, name, None)
        if value is None:
            return None
    return value


def scoped_choices(queryset, country):
    """The choices a coordinator may link a record to: those of their own country."""
    model = queryset.model
    if model is type(country):
        return queryset.filter(pk=country.pk)
    admin_class = admin.site.get_model_admin(model) if admin.site.is_registered(model) else None
    if isinstance(admin_class, CountryScopeMixin) and admin_class.country_path:
        return queryset.filter(admin_class.scope(country))
    return queryset


class ScopedFormMixin(forms.ModelForm):
    """A coordinator's form keeps the record in their country, as imports do."""

    # Set by CountryScopeMixin.get_form for a country coordinator: the record must be of this
    # country once saved (the path from the model to its Country), as imports require too.
    scope_country = None
    scope_path = None

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


class CountryScopeMixin:
    """The admin's side of the scope: permissions, choices, searches and exports."""

    # The path from the model to its Country, for records a coordinator may keep; None
    # means coordinators only read this model (roles.py gives them no add or change).
    country_path = None

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


class InlineScopeMixin:
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
