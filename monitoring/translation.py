from modeltranslation.translator import TranslationOptions, register

from monitoring.models import (
    Activity,
    ExpectedResult,
    Indicator,
    IndicatorTarget,
    IndicatorValue,
    Milestone,
    Objective,
    Phase,
    Programme,
    TargetGroup,
)


@register(Programme)
class ProgrammeTranslation(TranslationOptions):
    fields = ("name", "aim", "funding", "office", "steering_committee", "source_note")


@register(Objective)
class ObjectiveTranslation(TranslationOptions):
    fields = ("text", "source_note")


@register(TargetGroup)
class TargetGroupTranslation(TranslationOptions):
    fields = ("name", "source_note")


@register(Phase)
class PhaseTranslation(TranslationOptions):
    fields = ("title", "name", "source_note")


@register(Activity)
class ActivityTranslation(TranslationOptions):
    fields = ("title", "source_note")


@register(Milestone)
class MilestoneTranslation(TranslationOptions):
    fields = ("title", "source_note")


@register(ExpectedResult)
class ExpectedResultTranslation(TranslationOptions):
    fields = ("text", "source_note")


@register(Indicator)
class IndicatorTranslation(TranslationOptions):
    fields = ("name", "unit", "source_note")


@register(IndicatorValue)
class IndicatorValueTranslation(TranslationOptions):
    fields = ("reported_by", "source_note")


@register(IndicatorTarget)
class IndicatorTargetTranslation(TranslationOptions):
    fields = ("source_note",)
