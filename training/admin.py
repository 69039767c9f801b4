from django.contrib import admin

from kernel.workspace.admin import WorkspaceAdmin, WorkspaceTabularInline
from kernel.workspace.scope import coordinator_country
from training.models import Coach, Curriculum, CurriculumModule, Event, Participation
from training.resources import ParticipationResource


class CurriculumModuleInline(WorkspaceTabularInline):
    model = CurriculumModule


@admin.register(Curriculum)
class CurriculumAdmin(WorkspaceAdmin):
    list_display = ["title"]
    search_fields = ["title_th", "title_en"]
    inlines = [CurriculumModuleInline]


@admin.register(CurriculumModule)
class CurriculumModuleAdmin(WorkspaceAdmin):
    list_display = ["curriculum", "number", "title"]
    autocomplete_fields = ["curriculum"]


class ParticipationInline(WorkspaceTabularInline):
    model = Participation
    fields = ["person", "role", "target_group", "attended"]
    autocomplete_fields = ["person"]


@admin.register(Event)
class EventAdmin(WorkspaceAdmin):
    list_display = ["title", "kind", "start_date", "end_date", "place", "country"]
    list_filter = ["kind", "country"]
    search_fields = ["slug", "title_th", "title_en", "place_th", "place_en"]
    date_hierarchy = "start_date"
    ordering = ["-start_date"]
    autocomplete_fields = ["country", "curriculum", "organisers", "practices"]
    prepopulated_fields = {"slug": ["title_en"]}
    inlines = [ParticipationInline]
    country_path = "country"

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        if "country" in form.base_fields and coordinator_country(request) is not None:
            form.base_fields["country"].required = True  # else the event would leave their scope
        return form


@admin.register(Participation)
class ParticipationAdmin(WorkspaceAdmin):
    list_display = ["event", "person", "role", "target_group", "attended"]
    list_filter = ["role", "target_group", "attended", "event__country"]
    autocomplete_fields = ["person", "event"]
    resource_classes = [ParticipationResource]
    country_path = "event__country"


@admin.register(Coach)
class CoachAdmin(WorkspaceAdmin):
    list_display = ["person", "association", "qualified_at"]
    search_fields = ["person__name_th", "person__name_en"]
    autocomplete_fields = ["person", "association", "qualified_at"]
