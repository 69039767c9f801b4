from django.contrib import admin

from kernel.workspace.admin import WorkspaceAdmin, WorkspaceForm, WorkspaceStackedInline, WorkspaceTabularInline
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
class ThemeAdmin(WorkspaceAdmin):
    list_display = ["number", "title"]
    search_fields = ["title_th", "title_en"]


class PhotoForm(WorkspaceForm):
    """Makes the photo's smaller copies when a new image is uploaded."""

    def save(self, commit=True):
        photo = super().save(commit=False)
        if "image" in self.changed_data and photo.image:
            photo.make_renditions()
        if commit:
            photo.save()
        return photo


class PracticePhotoInline(WorkspaceStackedInline):
    model = PracticePhoto
    form = PhotoForm
    fields = ["image", "caption", "order", "source"]


class PracticeDocumentInline(WorkspaceStackedInline):
    model = PracticeDocument
    fields = ["title", "file", "language", "kind", "source"]


@admin.register(Practice)
class PracticeAdmin(WorkspaceAdmin):
    list_display = ["number", "title", "theme", "host", "status"]
    list_filter = ["theme", "status", "host__country", "host__kind"]
    search_fields = ["title_th", "title_en", "host__name_th", "host__name_en"]
    autocomplete_fields = ["theme", "host"]
    exclude = ["search_th", "search_en"]
    inlines = [PracticePhotoInline, PracticeDocumentInline]


@admin.register(PracticePhoto)
class PracticePhotoAdmin(WorkspaceAdmin):
    form = PhotoForm
    list_display = ["practice", "caption", "order"]
    autocomplete_fields = ["practice"]


@admin.register(PracticeDocument)
class PracticeDocumentAdmin(WorkspaceAdmin):
    list_display = ["practice", "title", "kind", "language"]
    list_filter = ["kind", "language"]
    autocomplete_fields = ["practice"]


@admin.register(SelectionCriterion)
class SelectionCriterionAdmin(WorkspaceAdmin):
    list_display = ["number", "text"]
    search_fields = ["text_th", "text_en"]


class CriterionAssessmentInline(WorkspaceTabularInline):
    model = CriterionAssessment
    fields = ["criterion", "verdict", "evidence"]


@admin.register(PilotCandidacy)
class PilotCandidacyAdmin(WorkspaceAdmin):
    list_display = ["local_government", "status", "recognition"]
    list_filter = ["status", "recognition", "local_government__country"]
    search_fields = ["local_government__name_th", "local_government__name_en"]
    autocomplete_fields = ["local_government"]
    inlines = [CriterionAssessmentInline]
    country_path = "local_government__country"


@admin.register(CriterionAssessment)
class CriterionAssessmentAdmin(WorkspaceAdmin):
    list_display = ["candidacy", "criterion", "verdict"]
    list_select_related = ["candidacy__local_government", "criterion"]
    list_filter = ["verdict", "criterion"]
    autocomplete_fields = ["candidacy", "criterion"]
    country_path = "candidacy__local_government__country"


@admin.register(Replication)
class ReplicationAdmin(WorkspaceAdmin):
    list_display = ["pilot", "practice", "stage", "start_date", "end_date"]
    list_filter = ["stage", "pilot__country", "practice__theme"]
    search_fields = ["pilot__name_th", "pilot__name_en", "practice__title_th", "practice__title_en"]
    autocomplete_fields = ["pilot", "practice"]
    country_path = "pilot__country"
    # The replication's coach assignments and logbook entries live in training and monitoring,
    # to the right of this app: they add their inlines from their side (kernel.workspace.registry).
