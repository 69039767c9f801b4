from modeltranslation.translator import TranslationOptions, register

from practices.models import (
    CASE_SECTIONS,
    Practice,
    PracticeDocument,
    PracticePhoto,
    Theme,
)


@register(Theme)
class ThemeTranslation(TranslationOptions):
    fields = ("title", "description", "source_note")


@register(Practice)
class PracticeTranslation(TranslationOptions):
    fields = ("title", "summary", *CASE_SECTIONS, "source_note")


@register(PracticePhoto)
class PracticePhotoTranslation(TranslationOptions):
    fields = ("caption", "source_note")


@register(PracticeDocument)
class PracticeDocumentTranslation(TranslationOptions):
    fields = ("title", "source_note")
