from modeltranslation.translator import TranslationOptions, register

from municipalities.models import Country, LocalGovernment, Organisation, Person


@register(Country)
class CountryTranslation(TranslationOptions):
    fields = ("name", "source_note")


@register(Organisation)
class OrganisationTranslation(TranslationOptions):
    fields = ("name", "source_note")


@register(LocalGovernment)
class LocalGovernmentTranslation(TranslationOptions):
    fields = ("name", "province", "source_note")


@register(Person)
class PersonTranslation(TranslationOptions):
    fields = ("name", "position", "source_note")
