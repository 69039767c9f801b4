"""Load the programme's facts (delgosea/facts.py). Loading them again changes nothing."""

from decimal import Decimal

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction

from delgosea import facts
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
from municipalities.models import Country, LocalGovernment, Organisation
from practices.models import Practice, Theme
from replications.models import PilotCandidacy, Replication, SelectionCriterion, StageChange
from training.models import Event

THAI, PUBLIC = facts.THAI, facts.PUBLIC


def upsert(model, lookup, **values):
    """Create or update the row found by ``lookup``; values a fact leaves out are not touched."""
    obj, _ = model.objects.update_or_create(**lookup, defaults=values)
    return obj


def both(field, english, thai):
    """The Thai and English columns of a translated field."""
    return {f"{field}_en": english, f"{field}_th": thai}


class Command(BaseCommand):
    help = "Load the DELGOSEA programme's facts into the database (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--skip-history",
            action="store_true",
            help="Do not record the records' first versions (tests that do not look at history).",
        )

    @transaction.atomic
    def handle(self, *args, **options):
        countries = self.load_countries()
        self.load_organisations(countries)
        local_governments = self.load_local_governments(countries)
        self.load_places(local_governments)
        practices = self.load_practices(local_governments)
        replications = self.load_pilots(local_governments, practices)
        programme = self.load_programme()
        self.load_events(countries, replications)
        # A first version of each record in its history, so that the first change staff
        # make shows what it was before. Records that have a version already are skipped.
        if not options["skip_history"]:
            call_command("createinitialrevisions", verbosity=0)
        self.stdout.write(
            self.style.SUCCESS(
                f"Seeded {programme.acronym.upper()}: {len(countries)} countries, {len(local_governments)} local"
                f" governments, {len(practices)} best practices, {len(replications)} replications."
            )
        )

    def load_countries(self):
        return {
            fact.code: upsert(Country, {"code": fact.code}, source=THAI, **both("name", fact.name_en, fact.name_th))
            for fact in facts.COUNTRIES
        }

    def load_organisations(self, countries):
        for fact in facts.ORGANISATIONS:
            organisation = upsert(
                Organisation,
                {"acronym": fact.acronym},
                kind=fact.kind,
                country=countries.get(fact.country),
                source=THAI,
                **both("name", fact.name_en, fact.name_th),
                **both("source_note", fact.note, ""),
            )
            organisation.partner_in.set([countries[code] for code in fact.partner_in])

    def load_local_governments(self, countries):
        places = {place.slug: place for place in facts.PLACES}

        def note(fact):
            place = places.get(fact.slug)
            return " ".join(filter(None, [fact.note, place and facts.PLACES_NOTE, place and place.note]))

        return {
            fact.slug: upsert(
                LocalGovernment,
                {"slug": fact.slug},
                kind=fact.kind,
                country=countries[fact.country],
                source=fact.source,
                **both("name", fact.name_en, fact.name_th),
                **both("source_note", note(fact), ""),
            )
            for fact in facts.LOCAL_GOVERNMENTS
        }

    def load_places(self, local_governments):
        """Approximate coordinates; those staff have entered or corrected are kept."""
        for fact in facts.PLACES:
            LocalGovernment.objects.filter(pk=local_governments[fact.slug].pk, latitude=None, longitude=None).update(
                latitude=Decimal(fact.latitude), longitude=Decimal(fact.longitude)
            )

    def load_practices(self, local_governments):
        themes = {}
        for fact in facts.THEMES:
            note = (
                f'English title as published by the programme. The Thai title in English: "{fact.title_th_in_english}".'
            )
            themes[fact.number] = upsert(
                Theme,
                {"number": fact.number},
                source=THAI,
                **both("title", fact.title_en, fact.title_th),
                **both("source_note", note + facts.THEME_NOTES.get(fact.number, ""), ""),
            )
        for number, fact in enumerate(facts.CRITERIA, start=1):
            upsert(SelectionCriterion, {"number": number}, source=THAI, **both("text", fact.english, fact.thai))

        practices = {}
        for fact in facts.PRACTICES:
            note = fact.note
            if fact.published_title_en:
                note = (
                    "English title as published by the programme; the Thai title in English:"
                    f' "{fact.title_th_in_english}". {note}'
                )
            practices[fact.number] = upsert(
                Practice,
                {"number": fact.number},
                theme=themes[fact.theme],
                host=local_governments[fact.host],
                status=Practice.Status.SELECTED,
                source=THAI,
                **both("title", fact.published_title_en or fact.title_th_in_english, fact.title_th),
                **both("source_note", note.strip(), ""),
            )
        return practices

    def load_pilots(self, local_governments, practices):
        replications = {}
        for fact in facts.PILOTS:
            source = THAI if fact.slug in facts.THAI_PILOTS else PUBLIC
            note = "" if fact.practice else "The public record does not say which practice it replicated."
            upsert(
                PilotCandidacy,
                {"local_government": local_governments[fact.slug]},
                status=PilotCandidacy.Status.SELECTED,
                recognition=fact.recognition,
                source=PUBLIC,
                **both("source_note", note, ""),
            )
            if fact.practice:
                replications[fact.slug] = upsert(
                    Replication,
                    {"pilot": local_governments[fact.slug], "practice": practices[fact.practice]},
                    source=source,
                )
        agreements = facts.WORKING_AGREEMENTS
        for replication in replications.values():
            upsert(
                StageChange,
                {"replication": replication, "stage": agreements.stage},
                date=agreements.date,
                source=PUBLIC,
                **both("source_note", agreements.note_en, agreements.note_th),
            )
        return replications

    def load_programme(self):
        programme = upsert(Programme, {"acronym": facts.PROGRAMME["acronym"]}, **facts.PROGRAMME)
        for number, fact in enumerate(facts.OBJECTIVES, start=1):
            upsert(
                Objective,
                {"programme": programme, "number": number},
                source=THAI,
                **both("text", fact.english, fact.thai),
            )
        for number, fact in enumerate(facts.TARGET_GROUPS, start=1):
            upsert(
                TargetGroup,
                {"programme": programme, "number": number},
                source=THAI,
                **both("name", fact.english, fact.thai),
            )
        for number, fact in enumerate(facts.EXPECTED_RESULTS, start=1):
            upsert(
                ExpectedResult,
                {"programme": programme, "number": number},
                source=THAI,
                **both("text", fact.english, fact.thai),
                **both("source_note", fact.note, ""),
            )

        results = {result.number: result for result in programme.expected_results.all()}
        phases = {}
        for fact in facts.PHASES:
            phases[fact.number] = upsert(
                Phase,
                {"programme": programme, "number": fact.number},
                start_month=fact.first_month,
                end_month=fact.last_month,
                source=THAI,
                **both("name", fact.name_en, fact.name_th),
                **both("title", fact.title_en, fact.title_th),
            )
        activities = {}
        for number, fact in enumerate(facts.ACTIVITIES, start=1):
            activities[number] = upsert(
                Activity,
                {"phase": phases[fact.phase], "number": number},
                source=THAI,
                **both("title", fact.title_en, fact.title_th),
            )

        for fact in facts.MILESTONES:
            upsert(
                Milestone,
                {"programme": programme, "slug": fact.slug},
                actual_start_date=fact.start,
                actual_end_date=fact.end,
                date_precision=fact.precision,
                activity=activities.get(facts.MILESTONE_ACTIVITIES.get(fact.slug)),
                source=PUBLIC,
                **both("title", fact.title_en, fact.title_th),
            )

        for fact in facts.INDICATORS:
            indicator = upsert(
                Indicator,
                {"programme": programme, "code": fact.code},
                expected_result=results.get(facts.INDICATOR_RESULTS.get(fact.code)),
                source=fact.source,
                **both("name", fact.name_en, fact.name_th),
                **both("unit", fact.unit_en, fact.unit_th),
                **both("source_note", facts.INDICATOR_TARGET_NOTES.get(fact.code, ""), ""),
            )
            # The facts give one target per indicator: its period ends on the target's date, or at
            # the programme's planned end; cumulative (the indicator's default), as each is a total.
            upsert(
                IndicatorTarget,
                {"indicator": indicator, "period_end": fact.target_date or programme.planned_end_date},
                value=fact.target,
                comparison=fact.comparison,
                source=fact.source,
                **both("source_note", facts.INDICATOR_TARGET_NOTES.get(fact.code, ""), ""),
            )
            for value in fact.values:
                upsert(
                    IndicatorValue,
                    {"indicator": indicator, "as_of": value.as_of},
                    value=value.value,
                    source=PUBLIC,
                    **both("reported_by", value.reported_by_en, value.reported_by_th),
                )
        return programme

    def load_events(self, countries, replications):
        for fact in facts.EVENTS:
            event = upsert(
                Event,
                {"slug": fact.slug},
                kind=fact.kind,
                start_date=fact.start,
                end_date=fact.end,
                country=countries[fact.country],
                source=PUBLIC,
                **both("title", fact.title_en, fact.title_th),
                **both("place", fact.place_en, fact.place_th),
            )
            event.replications.set([replications[pilot] for pilot in fact.pilots])
