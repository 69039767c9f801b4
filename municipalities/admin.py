from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import GroupAdmin, UserAdmin
from django.contrib.auth.models import Group
from django.db.models import Q

from kernel.workspace.admin import WithoutLinkRowsInDeletion, WorkspaceAdmin
from municipalities.models import Country, LocalGovernment, Organisation, Person, StaffProfile
from municipalities.resources import LocalGovernmentResource, PersonResource


@admin.register(Country)
class CountryAdmin(WorkspaceAdmin):
    list_display = ["code", "name"]
    search_fields = ["code", "name_th", "name_en"]


@admin.register(Organisation)
class OrganisationAdmin(WorkspaceAdmin):
    list_display = ["acronym", "name", "kind", "country"]
    list_filter = ["kind", "country"]
    search_fields = ["acronym", "name_th", "name_en"]
    autocomplete_fields = ["country"]
    filter_horizontal = ["partner_in"]


@admin.register(LocalGovernment)
class LocalGovernmentAdmin(WorkspaceAdmin):
    list_display = ["name", "kind", "country", "province", "population"]
    list_filter = ["country", "kind"]
    search_fields = ["slug", "name_th", "name_en", "province_th", "province_en"]
    ordering = ["country__code", "slug"]
    autocomplete_fields = ["country", "association"]
    prepopulated_fields = {"slug": ["name_en"]}
    resource_classes = [LocalGovernmentResource]
    country_path = "country"


@admin.register(Person)
class PersonAdmin(WorkspaceAdmin):
    list_display = ["name", "position", "organisation", "local_government"]
    list_filter = ["sex", "local_government__country"]
    search_fields = ["name_th", "name_en", "email"]
    autocomplete_fields = ["organisation", "local_government"]
    resource_classes = [PersonResource]
    country_path = "local_government__country"

    def scope(self, country):
        # Someone belongs to the country of their local government, or of their organisation.
        return super().scope(country) | Q(organisation__country=country)


class StaffProfileInline(admin.StackedInline):
    model = StaffProfile
    can_delete = False
    autocomplete_fields = ["country"]


User = get_user_model()
admin.site.unregister(User)
admin.site.unregister(Group)


@admin.register(Group)
class RoleAdmin(WithoutLinkRowsInDeletion, GroupAdmin):
    pass


@admin.register(User)
class StaffUserAdmin(WithoutLinkRowsInDeletion, UserAdmin):
    """Users with their role and a coordinator's country (`manage.py add_staff` does the same)."""

    inlines = [StaffProfileInline]
    list_display = ["username", "email", "is_staff", "role", "country"]
    list_select_related = ["staff_profile__country"]

    @admin.display(description=StaffProfile._meta.get_field("role").verbose_name)
    def role(self, user):
        profile = getattr(user, "staff_profile", None)
        return profile.get_role_display() if profile else "–"

    @admin.display(description=StaffProfile._meta.get_field("country").verbose_name)
    def country(self, user):
        profile = getattr(user, "staff_profile", None)
        return profile.country if profile and profile.country else "–"
