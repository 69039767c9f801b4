from django.contrib import admin

from municipalities.admin import SourcedAdmin
from practices.models import (
    CriterionAssessment,
    PilotCandidacy,
    Practice,
    PracticeDocument,
    PracticePhoto,
    Replication,
    SelectionCriterion,
    Theme,
)


@admin.register(Theme)
class ThemeAdmin(SourcedAdmin):
    list_display = ["number", "title"]


@admin.register(Practice)
class PracticeAdmin(SourcedAdmin):
    list_display = ["number", "title", "theme", "host", "status"]
    list_filter = ["theme", "status", "host__country", "source"]
    search_fields = ["title_th", "title_en", "host__name_th", "host__name_en"]


@admin.register(PracticePhoto)
class PracticePhotoAdmin(SourcedAdmin):
    list_display = ["practice", "caption", "order"]


@admin.register(PracticeDocument)
class PracticeDocumentAdmin(SourcedAdmin):
    list_display = ["practice", "title", "kind", "language"]
    list_filter = ["kind", "language", "source"]


@admin.register(SelectionCriterion)
class SelectionCriterionAdmin(SourcedAdmin):
    list_display = ["number", "text"]


@admin.register(PilotCandidacy)
class PilotCandidacyAdmin(SourcedAdmin):
    list_display = ["local_government", "status", "recognition"]
    list_filter = ["status", "recognition", "local_government__country", "source"]


@admin.register(CriterionAssessment)
class CriterionAssessmentAdmin(SourcedAdmin):
    list_display = ["candidacy", "criterion", "verdict"]


@admin.register(Replication)
class ReplicationAdmin(SourcedAdmin):
    list_display = ["pilot", "practice", "stage", "start_date", "end_date"]
    list_filter = ["stage", "pilot__country", "source"]
