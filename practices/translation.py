from modeltranslation.translator import TranslationOptions, register

from practices.models import (
    CASE_SECTIONS,
    CriterionAssessment,
    PilotCandidacy,
    Practice,
    PracticeDocument,
    PracticePhoto,
    Replication,
    SelectionCriterion,
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


@register(SelectionCriterion)
class SelectionCriterionTranslation(TranslationOptions):
    fields = ("text", "source_note")


@register(PilotCandidacy)
class PilotCandidacyTranslation(TranslationOptions):
    fields = ("notes", "source_note")


@register(CriterionAssessment)
class CriterionAssessmentTranslation(TranslationOptions):
    fields = ("evidence", "source_note")


@register(Replication)
class ReplicationTranslation(TranslationOptions):
    fields = ("transfer_concept", "source_note")
