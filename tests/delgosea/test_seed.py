"""The seeded database matches docs/programme/programme-facts.md, read independently of
delgosea/facts.py, and seeding again changes nothing."""

import datetime
import re
from decimal import Decimal
from pathlib import Path

import pytest
from django.apps import apps
from django.core import serializers
from django.core.management import call_command

from kernel.models import Source
from monitoring.models import Activity, ExpectedResult, Indicator, IndicatorTarget, Milestone, Phase, Programme
from municipalities.models import Country, LocalGovernment, Organisation
from practices.models import Practice, Theme
from replications.models import PilotCandidacy, Replication, SelectionCriterion, Stage, StageChange
from training.models import Event

FACTS = (Path(__file__).resolve().parents[2] / "docs" / "programme" / "programme-facts.md").read_text()
COUNTRY_CODES = {"Thailand": "TH", "the Philippines": "PH", "Indonesia": "ID", "Cambodia": "KH", "Vietnam": "VN"}


def table_after(heading):
    """The rows of the first Markdown table after a heading, as lists of cells."""
    section = FACTS.split(heading, 1)[1]
    rows = []
    for line in section.splitlines():
        if line.startswith("|"):
            rows.append([cell.strip() for cell in line.strip("|").split("|")])
        elif rows:
            break
    return rows[2:]  # without the header and the ---|--- line


def numbered_after(heading, stop):
    section = FACTS.split(heading, 1)[1].split(stop, 1)[0]
    return re.findall(r"^\d+\. (.+)$", section, flags=re.M)


def without_note(text):
    """A cell without its parenthesised remark: 'นวัตกรรม… (the source spells it …)'."""
    return re.sub(r"\s*\((the source|number not)[^)]*\)", "", text).strip()


def test_the_16_practices_match_the_facts_table(seeded):
    rows = table_after("## The 16 best practices")
    assert len(rows) == 16
    for number, theme, _english, thai, host, country in rows:
        practice = Practice.objects.select_related("theme", "host__country").get(number=int(number))
        assert practice.theme.number == int(theme)
        assert practice.title_th == without_note(thai)
        assert practice.host.country.code == COUNTRY_CODES[country]
        assert host.startswith(practice.host.name_en)
        thai_host = re.search(r"\(([\u0e00-\u0e7f][^)]*)\)", host)
        if thai_host and not thai_host.group(1).startswith("ทน."):
            assert practice.host.name_th == thai_host.group(1)
        assert practice.status == Practice.Status.SELECTED
        assert practice.source == Source.THAI_DOCUMENT


def test_english_titles_are_the_published_ones_where_the_facts_give_one(seeded):
    published = {int(n): re.sub(r"\s*\([^)]*\)$", "", t) for n, t in table_after("## Published English names")}
    translations = {int(row[0]): row[2] for row in table_after("## The 16 best practices")}
    assert set(published) == {1, 3, 4, 5, 8, 10, 11, 12, 14, 15, 16}
    for number in range(1, 17):
        practice = Practice.objects.get(number=number)
        assert practice.title_en == published.get(number, translations[number])
        if number in published:
            assert translations[number] in practice.source_note_en


def test_practices_per_theme_and_per_country_are_as_the_facts_count_them(seeded):
    per_theme = {t.number: t.practices.count() for t in Theme.objects.all()}
    assert per_theme == {1: 3, 2: 6, 3: 4, 4: 3}
    per_country = {c.code: Practice.objects.filter(host__country=c).count() for c in Country.objects.all()}
    assert per_country == {"TH": 5, "PH": 4, "ID": 3, "VN": 2, "KH": 2}


def test_the_four_themes_have_the_facts_thai_titles(seeded):
    rows = table_after("## The four themes")
    assert [(t.number, t.title_th) for t in Theme.objects.all()] == [(int(n), thai) for n, _, thai in rows]


def test_the_nine_criteria_match(seeded):
    criteria = numbered_after("## Criteria for selecting pilot", "## The 4 pilot")
    assert len(criteria) == 9
    for number, line in enumerate(criteria, start=1):
        english, thai = line.split(" — ")
        criterion = SelectionCriterion.objects.get(number=number)
        assert (criterion.text_en, criterion.text_th) == (english, thai)


def test_the_phases_and_ten_activities_match(seeded):
    phases = table_after("## Workplan")
    assert [(p.name_en, f"{p.start_month}–{p.end_month}", p.title_en, p.title_th) for p in Phase.objects.all()] == [
        tuple(row) for row in phases
    ]
    activities = numbered_after("Activities, in the source's order", "## The 16 best practices")
    assert len(activities) == 10
    for number, line in enumerate(activities, start=1):
        english, thai = line.split(" — ")
        activity = Activity.objects.get(number=number)
        assert (activity.title_en, activity.title_th) == (english, thai)
        # The source gives each phase's months, not each activity's: they stay empty.
        assert activity.planned_start_month is None and activity.planned_end_month is None


def test_the_five_expected_results_match(seeded):
    results = numbered_after("## Expected results", "## Workplan")
    assert [r.text_en for r in ExpectedResult.objects.all()] == results


def test_the_programme_has_its_planned_and_actual_dates(seeded):
    programme = Programme.objects.get()
    assert programme.start_date == datetime.date(2010, 3, 1)
    assert programme.planned_months == 30
    assert programme.actual_end_date == datetime.date(2012, 10, 31)
    assert programme.objectives.count() == 3
    assert programme.target_groups.count() == 7


def test_the_partners_are_in_their_countries(seeded):
    partners = {
        c: set(Country.objects.get(code=code).partners.values_list("acronym", flat=True))
        for c, code in COUNTRY_CODES.items()
    }
    rows = table_after("## Structure and partners")
    assert len(rows) == 5
    for country, cell in rows:
        acronyms = set(re.split(r"\s*[/+]\s*", cell.replace("NLC/S", "NLC-S")))
        assert partners[country] == {a.replace("NLC-S", "NLC/S") for a in acronyms}
    assert Organisation.objects.get(acronym="EU").kind == Organisation.Kind.DONOR
    assert Organisation.objects.get(acronym="KAS").kind == Organisation.Kind.LEAD_IMPLEMENTER


def test_the_16_pilots_replicate_what_the_public_record_says(seeded):
    rows = table_after("## The 16 pilots and what each replicated")
    assert len(rows) == 16
    assert PilotCandidacy.objects.selected().count() == 16
    for country, pilot, replicated in rows:
        candidacy = PilotCandidacy.objects.get(local_government__name_en=pilot)
        assert candidacy.local_government.country.code == COUNTRY_CODES[country]
        replications = Replication.objects.filter(pilot=candidacy.local_government)
        if replicated == "not found":
            assert not replications.exists()
        else:
            assert [r.practice.number for r in replications] == [int(replicated.split()[0])]
    assert Replication.objects.count() == 15


def test_each_replication_starts_with_the_working_agreement_the_record_dates_to_september_2010(seeded):
    milestones = dict(table_after("## Milestones with dates"))
    assert "working agreements with the 16 pilots" in milestones["September 2010"]
    changes = StageChange.objects.all()
    # 16 working agreements, but the record does not say which practice Vinh replicated:
    # 15 replications, each with its agreement.
    assert sorted(c.replication.pilot.slug for c in changes) == sorted(
        Replication.objects.values_list("pilot__slug", flat=True)
    )
    assert changes.count() == 15
    for change in changes:
        assert (change.stage, change.date, change.skipped) == (Stage.AGREED, datetime.date(2010, 9, 1), False)
        assert change.source == Source.PUBLIC_RECORD
        assert "September 2010" in change.source_note_en and "กันยายน 2553" in change.source_note_th
    assert {r.current_stage for r in Replication.objects.with_current_stage()} == {Stage.AGREED}


def test_the_awards_of_excellence_go_to_the_five_the_record_names(seeded):
    excellent = PilotCandidacy.objects.filter(recognition="excellence").values_list("local_government__slug", flat=True)
    assert set(excellent) == {"pak-kret", "misamis-oriental", "tarakan", "vinh", "kampot"}
    assert PilotCandidacy.objects.filter(recognition="appreciation").count() == 11


def test_the_indicator_targets_are_the_facts_numbers_one_period_each(seeded):
    # programme-facts.md: 27 proposals, 16 selected and 20 pilots planned (by the planned end, 31 August
    # 2012); up to 80 trainers at the training of coaches (18-25 November 2010); up to 120 civil servants,
    # 200 civil-society representatives and 200 political decision makers trained by September 2011.
    targets = {t.indicator.code: (int(t.value), t.comparison, t.period_end) for t in IndicatorTarget.objects.all()}
    planned_end, november, september = (
        datetime.date(2012, 8, 31),
        datetime.date(2010, 11, 25),
        datetime.date(2011, 9, 30),
    )
    assert targets == {
        "candidate-practices": (27, "exactly", planned_end),
        "selected-practices": (16, "exactly", planned_end),
        "pilots": (20, "exactly", planned_end),
        "coaches-trained": (80, "at-most", november),
        "civil-servants-trained": (120, "at-most", september),
        "civil-society-trained": (200, "at-most", september),
        "decision-makers-trained": (200, "at-most", september),
    }
    assert set(Indicator.objects.values_list("targets_are", flat=True)) == {"cumulative"}
    # Each target keeps where it came from: the indicator's source.
    assert all(t.source == t.indicator.source for t in IndicatorTarget.objects.select_related("indicator"))
    pilots = Indicator.objects.get(code="pilots")
    assert [int(v.value) for v in pilots.values.all()] == [16]  # plan 20, actual 16


def test_every_dated_milestone_is_loaded(seeded):
    assert Milestone.objects.count() == len(table_after("## Milestones with dates"))
    conference = Milestone.objects.get(slug="final-conference")
    assert (conference.actual_start_date, conference.actual_end_date) == (
        datetime.date(2012, 8, 7),
        datetime.date(2012, 8, 8),
    )
    assert Event.objects.get(slug="training-of-coaches-2010").place_en == "Pattaya"


def test_what_the_facts_do_not_give_stays_empty(seeded):
    assert not LocalGovernment.objects.exclude(population=None).exists()
    assert not any(p.summary_en or p.summary_th or p.results_en for p in Practice.objects.all())
    assert LocalGovernment.objects.get(slug="kupang").name_th == ""


PLACES = (Path(__file__).resolve().parents[2] / "docs" / "programme" / "places.md").read_text()


def places_rows():
    """(name, country, latitude, longitude) of every row of places.md's two tables."""
    rows = []
    for line in PLACES.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if line.startswith("|") and re.fullmatch(r"-?\d+\.\d+", cells[-3]):
            rows.append((cells[-5], cells[-4], Decimal(cells[-3]), Decimal(cells[-2])))
    return rows


def place_named(name, country):
    """The one local government of that country whose English name starts with the places.md name."""
    candidates = [
        lg
        for lg in LocalGovernment.objects.filter(country__code=COUNTRY_CODES[country])
        if lg.name_en.lower().startswith(name.split(" (")[0].lower())
    ]
    assert len(candidates) == 1, (name, candidates)
    return candidates[0]


def test_every_host_and_pilot_has_the_approximate_coordinates_of_places_md(seeded):
    rows = places_rows()
    assert len(rows) == 32  # Vinh is in both tables
    for name, country, latitude, longitude in rows:
        place = place_named(name, country)
        assert (place.latitude, place.longitude) == (latitude, longitude), name
        assert "approximate" in place.source_note_en
    assert LocalGovernment.objects.with_a_role().filter(latitude=None).count() == 0


@pytest.mark.django_db
def test_seeding_again_keeps_coordinates_staff_have_corrected():
    call_command("seed", verbosity=0, skip_history=True)
    LocalGovernment.objects.filter(slug="yala").update(latitude=Decimal("6.55"), longitude=Decimal("101.29"))
    call_command("seed", verbosity=0, skip_history=True)
    yala = LocalGovernment.objects.get(slug="yala")
    assert (yala.latitude, yala.longitude) == (Decimal("6.55000"), Decimal("101.29000"))


def snapshot():
    """Every row of the five apps, serialised."""
    models = [
        m
        for name in ("municipalities", "practices", "training", "replications", "monitoring")
        for m in apps.get_app_config(name).get_models()
    ]
    return {m._meta.label: serializers.serialize("json", m.objects.order_by("pk")) for m in models}


@pytest.mark.django_db
def test_seeding_twice_changes_and_duplicates_nothing():
    call_command("seed", verbosity=0)
    before = snapshot()
    call_command("seed", verbosity=0)
    assert snapshot() == before
    assert Practice.objects.count() == 16


@pytest.mark.django_db
def test_seeding_records_a_first_version_of_each_record_once():
    from reversion.models import Version

    call_command("seed", verbosity=0)
    practice = Practice.objects.get(number=10)
    assert Version.objects.get_for_object(practice).count() == 1
    count = Version.objects.count()
    call_command("seed", verbosity=0)
    assert Version.objects.count() == count


# Each activity's milestones, with the words its line in the facts and the milestone's row share.
# (activity, words in the activity's English line, words in its Thai line,
#  the "when" of each linked milestone row, words in that row, words in the milestone's Thai title)
MILESTONE_LINKS = [
    (2, "16 best practices", "16 ตัวอย่างที่ดี", ["10–12 June 2010"], "16 best practices selected", "16 ตัวอย่างที่ดี"),
    (4, "to become coaches", "วิทยากรเพื่อเป็นพี่เลี้ยง", ["18–25 November 2010"], "Training of coaches", "วิทยากรพี่เลี้ยง"),
    (
        5,
        "concept framework of their replication project",
        "กรอบแนวคิดโครงการถอดแบบ",
        ["December 2010 – December 2011", "April 2011"],
        "transfer concepts",
        "กรอบแนวคิดการถอดแบบ",
    ),
    (7, "Study visits", "ศึกษาดูงาน", ["May 2011 – March 2012"], "exchange (study) visits", "ศึกษาดูงาน"),
    (10, "policy level", "ระดับนโยบาย", ["April 2012"], "policy recommendations", "ข้อเสนอแนะเชิงนโยบาย"),
]


@pytest.mark.parametrize("link", MILESTONE_LINKS, ids=lambda link: f"activity-{link[0]}")
def test_milestones_are_linked_to_the_activity_their_wording_names(seeded, link):
    number, activity_en, activity_th, whens, milestone_en, milestone_th = link
    activities = numbered_after("Activities, in the source's order", "## The 16 best practices")
    english, thai = activities[number - 1].split(" — ")
    assert activity_en in english and activity_th in thai
    rows = dict(table_after("## Milestones with dates"))
    facts_titles = [rows[when] for when in whens]
    for what in facts_titles:
        assert milestone_en.lower() in what.lower(), what
    linked = Milestone.objects.filter(activity__number=number).order_by("actual_start_date")
    # The milestones linked to the activity are exactly those rows of the facts, in their words.
    assert [m.title_en.lower() for m in linked] == [what.lower() for what in facts_titles]
    assert all(milestone_th in m.title_th for m in linked)


def test_the_transfer_concept_is_the_pilots_plan_to_replicate_a_practice():
    # Why the transfer concepts belong to activity 5 ("the concept framework of their replication project").
    assert '"transfer concept"\n(the pilot\'s plan to replicate a practice)' in FACTS


def test_no_other_milestone_is_linked_to_an_activity(seeded):
    linked = {link[0] for link in MILESTONE_LINKS}
    assert set(Milestone.objects.exclude(activity=None).values_list("activity__number", flat=True)) == linked
    assert Milestone.objects.exclude(activity=None).count() == sum(len(link[3]) for link in MILESTONE_LINKS)
