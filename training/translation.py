from modeltranslation.translator import TranslationOptions, register

from training.models import Coach, Curriculum, CurriculumModule, Event, Participation


@register(Curriculum)
class CurriculumTranslation(TranslationOptions):
    fields = ("title", "description", "source_note")


@register(CurriculumModule)
class CurriculumModuleTranslation(TranslationOptions):
    fields = ("title", "description", "source_note")


@register(Event)
class EventTranslation(TranslationOptions):
    fields = ("title", "place", "description", "source_note")


@register(Participation)
class ParticipationTranslation(TranslationOptions):
    fields = ("source_note",)


@register(Coach)
class CoachTranslation(TranslationOptions):
    fields = ("source_note",)
