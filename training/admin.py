from django.contrib import admin

from municipalities.admin import SourcedAdmin
from training.models import Coach, CoachAssignment, Curriculum, CurriculumModule, Event, Participation


@admin.register(Curriculum)
class CurriculumAdmin(SourcedAdmin):
    list_display = ["title"]


@admin.register(CurriculumModule)
class CurriculumModuleAdmin(SourcedAdmin):
    list_display = ["curriculum", "number", "title"]


@admin.register(Event)
class EventAdmin(SourcedAdmin):
    list_display = ["title", "kind", "start_date", "end_date", "place", "country"]
    list_filter = ["kind", "country", "source"]
    date_hierarchy = "start_date"


@admin.register(Participation)
class ParticipationAdmin(SourcedAdmin):
    list_display = ["event", "person", "role", "attended"]


@admin.register(Coach)
class CoachAdmin(SourcedAdmin):
    list_display = ["person", "association", "qualified_at"]


@admin.register(CoachAssignment)
class CoachAssignmentAdmin(SourcedAdmin):
    list_display = ["coach", "replication", "start_date", "end_date"]
