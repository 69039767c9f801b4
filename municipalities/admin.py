"""The project office's editing of countries, organisations, local governments and people.

Translated fields show their Thai and English versions side by side in tabs. The
record's source and source note are on every form and list, so staff see where a fact came from.
"""

from django.contrib import admin
from modeltranslation.admin import TabbedTranslationAdmin

from municipalities.models import Country, LocalGovernment, Organisation, Person


class SourcedAdmin(TabbedTranslationAdmin):
    """Shared by every app's admin: the source is a column and a filter everywhere."""

    list_filter = ["source"]

    def get_list_display(self, request):
        return [*super().get_list_display(request), "source"]


@admin.register(Country)
class CountryAdmin(SourcedAdmin):
    list_display = ["code", "name"]
    search_fields = ["code", "name_th", "name_en"]


@admin.register(Organisation)
class OrganisationAdmin(SourcedAdmin):
    list_display = ["acronym", "name", "kind", "country"]
    list_filter = ["kind", "country", "source"]
    search_fields = ["acronym", "name_th", "name_en"]
    filter_horizontal = ["partner_in"]


@admin.register(LocalGovernment)
class LocalGovernmentAdmin(SourcedAdmin):
    list_display = ["name", "kind", "country", "province"]
    list_filter = ["country", "kind", "source"]
    search_fields = ["slug", "name_th", "name_en", "province_th", "province_en"]
    prepopulated_fields = {"slug": ["name_en"]}


@admin.register(Person)
class PersonAdmin(SourcedAdmin):
    list_display = ["name", "position", "organisation", "local_government"]
    list_filter = ["sex", "source"]
    search_fields = ["name_th", "name_en", "email"]
