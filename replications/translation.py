from modeltranslation.translator import TranslationOptions, register

from replications.models import (
    CoachAssignment,
    CriterionAssessment,
    LogbookEntry,
    PilotCandidacy,
    Replication,
    SelectionCriterion,
    StageChange,
)


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


@register(StageChange)
class StageChangeTranslation(TranslationOptions):
    fields = ("note", "source_note")


@register(CoachAssignment)
class CoachAssignmentTranslation(TranslationOptions):
    fields = ("source_note",)


@register(LogbookEntry)
class LogbookEntryTranslation(TranslationOptions):
    fields = ("narrative", "issues", "source_note")
