"""Load the programme's facts (delgosea/facts.py). Loading them again changes nothing."""

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction

from delgosea import facts
from monitoring.models import (
    Activity,
    ExpectedResult,
    Indicator,
    IndicatorValue,
    Milestone,
    Objective,
    Phase,
    Programme,
    TargetGroup,
)
from municipalities.models import Country, LocalGovernment, Organisation
from practices.models import Practice, Theme
from replications.models import PilotCandidacy, Replication, SelectionCriterion, Stage, StageChange
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
            code: upsert(Country, {"code": code}, source=THAI, **both("name", english, thai))
            for code, english, thai in facts.COUNTRIES
        }

    def load_organisations(self, countries):
        for acronym, kind, english, thai, home, partner_in, note in facts.ORGANISATIONS:
            organisation = upsert(
                Organisation,
                {"acronym": acronym},
                kind=kind,
                country=countries.get(home),
                source=THAI,
                **both("name", english, thai),
                **both("source_note", note, ""),
            )
            organisation.partner_in.set([countries[code] for code in partner_in])

    def load_local_governments(self, countries):
        return {
            slug: upsert(
                LocalGovernment,
                {"slug": slug},
                kind=kind,
                country=countries[country],
                source=source,
                **both("name", english, thai),
                **both("source_note", note, ""),
            )
            for slug, kind, country, english, thai, source, note in facts.LOCAL_GOVERNMENTS
        }

    def load_practices(self, local_governments):
        themes = {}
        for number, published, thai, translation in facts.THEMES:
            note = f'English title as published by the programme. The Thai title in English: "{translation}".'
            themes[number] = upsert(
                Theme,
                {"number": number},
                source=THAI,
                **both("title", published, thai),
                **both("source_note", note + facts.THEME_NOTES.get(number, ""), ""),
            )
        for number, (english, thai) in enumerate(facts.CRITERIA, start=1):
            upsert(SelectionCriterion, {"number": number}, source=THAI, **both("text", english, thai))

        practices = {}
        for number, theme, host, translation, thai, published, note in facts.PRACTICES:
            if published:
                note = (
                    f'English title as published by the programme; the Thai title in English: "{translation}". {note}'
                )
            practices[number] = upsert(
                Practice,
                {"number": number},
                theme=themes[theme],
                host=local_governments[host],
                status=Practice.Status.SELECTED,
                source=THAI,
                **both("title", published or translation, thai),
                **both("source_note", note.strip(), ""),
            )
        return practices

    def load_pilots(self, local_governments, practices):
        replications = {}
        for slug, practice_number, recognition in facts.PILOTS:
            source = THAI if slug in facts.THAI_PILOTS else PUBLIC
            note = "" if practice_number else "The public record does not say which practice it replicated."
            upsert(
                PilotCandidacy,
                {"local_government": local_governments[slug]},
                status=PilotCandidacy.Status.SELECTED,
                recognition=recognition,
                source=PUBLIC,
                **both("source_note", note, ""),
            )
            if practice_number:
                replications[slug] = upsert(
                    Replication,
                    {"pilot": local_governments[slug], "practice": practices[practice_number]},
                    source=source,
                )
        date, note_en, note_th = facts.WORKING_AGREEMENTS
        for replication in replications.values():
            upsert(
                StageChange,
                {"replication": replication, "stage": Stage.AGREED},
                date=date,
                source=PUBLIC,
                **both("source_note", note_en, note_th),
            )
        return replications

    def load_programme(self):
        programme = upsert(Programme, {"acronym": facts.PROGRAMME["acronym"]}, **facts.PROGRAMME)
        for number, (english, thai) in enumerate(facts.OBJECTIVES, start=1):
            upsert(Objective, {"programme": programme, "number": number}, source=THAI, **both("text", english, thai))
        for number, (english, thai) in enumerate(facts.TARGET_GROUPS, start=1):
            upsert(TargetGroup, {"programme": programme, "number": number}, source=THAI, **both("name", english, thai))
        for number, (english, thai, note) in enumerate(facts.EXPECTED_RESULTS, start=1):
            upsert(
                ExpectedResult,
                {"programme": programme, "number": number},
                source=THAI,
                **both("text", english, thai),
                **both("source_note", note, ""),
            )

        phases = {}
        for number, name_en, name_th, first, last, title_en, title_th in facts.PHASES:
            phases[number] = upsert(
                Phase,
                {"programme": programme, "number": number},
                start_month=first,
                end_month=last,
                source=THAI,
                **both("name", name_en, name_th),
                **both("title", title_en, title_th),
            )
        for number, (phase, english, thai) in enumerate(facts.ACTIVITIES, start=1):
            upsert(
                Activity,
                {"phase": phases[phase], "number": number},
                source=THAI,
                **both("title", english, thai),
            )

        for slug, start, end, precision, english, thai in facts.MILESTONES:
            upsert(
                Milestone,
                {"programme": programme, "slug": slug},
                actual_start_date=start,
                actual_end_date=end,
                date_precision=precision,
                source=PUBLIC,
                **both("title", english, thai),
            )

        for (
            code,
            name_en,
            name_th,
            unit_en,
            unit_th,
            target,
            comparison,
            target_date,
            source,
            values,
        ) in facts.INDICATORS:
            indicator = upsert(
                Indicator,
                {"programme": programme, "code": code},
                target=target,
                target_comparison=comparison,
                target_date=target_date,
                source=source,
                **both("name", name_en, name_th),
                **both("unit", unit_en, unit_th),
                **both("source_note", facts.INDICATOR_TARGET_NOTES.get(code, ""), ""),
            )
            for as_of, value, reported_en, reported_th in values:
                upsert(
                    IndicatorValue,
                    {"indicator": indicator, "as_of": as_of},
                    value=value,
                    source=PUBLIC,
                    **both("reported_by", reported_en, reported_th),
                )
        return programme

    def load_events(self, countries, replications):
        for slug, kind, start, end, country, title_en, title_th, place_en, place_th, pilots in facts.EVENTS:
            event = upsert(
                Event,
                {"slug": slug},
                kind=kind,
                start_date=start,
                end_date=end,
                country=countries[country],
                source=PUBLIC,
                **both("title", title_en, title_th),
                **both("place", place_en, place_th),
            )
            event.replications.set([replications[pilot] for pilot in pilots])
