from django.contrib import admin

from municipalities.workspace import WorkspaceAdmin, WorkspaceForm, WorkspaceStackedInline
from practices.models import (
    Practice,
    PracticeDocument,
    PracticePhoto,
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
