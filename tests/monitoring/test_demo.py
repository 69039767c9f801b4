"""`make demo` and `make demo-clear`: a sample layer over the facts, and exactly its removal."""

import datetime
import json

import pytest
from django.apps import apps
from django.core import serializers
from django.core.management import call_command
from pytest_django.asserts import assertContains

from kernel.workspace.registry import workspace_apps
from monitoring import demo, reporting
from replications.models import LogbookEntry, Replication


def snapshot():
    """Every row of the four apps, serialised with its fields and many-to-many links, by model and key."""
    rows = {}
    for label in workspace_apps():
        for model in apps.get_app_config(label).get_models():
            for row in json.loads(serializers.serialize("json", model._base_manager.order_by("pk"))):
                rows[(row["model"], row["pk"])] = row["fields"]
    return rows


@pytest.fixture
def hand_entered(seeded):
    """Rows staff entered themselves: one on record, and one they marked as sample data."""
    yala = Replication.objects.get(pilot__slug="yala")
    staff_entry = LogbookEntry.objects.create(
        replication=yala,
        period_start=datetime.date(2011, 1, 1),
        period_end=datetime.date(2011, 3, 31),
        status="on-track",
        source="staff",
    )
    sample_entry = LogbookEntry.objects.create(
        replication=yala,
        period_start=datetime.date(2011, 4, 1),
        period_end=datetime.date(2011, 6, 30),
        status="delayed",
        source="sample",
        source_note_en="Entered by hand to show a delay.",
    )
    return staff_entry, sample_entry


def test_the_demo_adds_only_its_rows_and_clearing_removes_exactly_them(hand_entered):
    before = snapshot()
    call_command("demo", verbosity=0)
    loaded = snapshot()
    # Every row there before is there still, field for field: the facts and the hand-entered rows.
    assert {key: loaded.get(key) for key in before} == before
    added = {key: fields for key, fields in loaded.items() if key not in before}
    assert {fields["source"] for fields in added.values()} == {"sample"}
    assert {fields["source_note_en"] for fields in added.values()} == {demo.NOTE_EN}
    assert {model for model, _pk in added} == {
        "replications.stagechange",
        "replications.logbookentry",
        "replications.coachassignment",
        "training.coach",
        "training.participation",
        "monitoring.indicatorvalue",
        "municipalities.person",
    }
    counts = demo.sample_counts()

    call_command("demo", verbosity=0)  # a second load replaces the first
    again = snapshot()
    assert {key: again.get(key) for key in before} == before
    assert demo.sample_counts() == counts

    call_command("demo", "--clear", verbosity=0)
    assert snapshot() == before


def test_the_demo_gives_typed_in_indicators_sample_values_leading_up_to_the_facts(seeded):
    from monitoring.models import Indicator, IndicatorValue

    # An indicator staff added, counted by sex, with no value yet.
    Indicator.objects.create(
        programme=reporting.load_programme(),
        code="women-in-councils",
        name_en="Women in the pilots' councils",
        name_th="สตรีในสภาท้องถิ่นของ อปท.นำร่อง",
        unit_en="people",
        unit_th="คน",
        counted_by_sex=True,
        source="staff",
    )
    on_record = {v.indicator.code: (v.as_of, v.value) for v in IndicatorValue.objects.select_related("indicator")}
    call_command("demo", verbosity=0)
    sample = IndicatorValue.objects.filter(source="sample").select_related("indicator")
    # None for the indicators the registers define: their sample comes from the participations.
    assert not IndicatorValue.objects.filter(indicator__code__in=reporting.REGISTER_INDICATORS).exists()
    by_code = {}
    for value in sample.order_by("as_of"):
        by_code.setdefault(value.indicator.code, []).append(value)
    assert set(by_code) == {"candidate-practices", "selected-practices", "pilots", "women-in-councils"}
    for code, values in by_code.items():
        dates = [v.as_of for v in values]
        numbers = [v.value for v in values]
        assert len(set(dates)) == len(dates) >= 3, code
        assert numbers == sorted(numbers) and len(set(numbers)) == len(numbers), code
        assert all(v.reported_by_en == "Sample data (not real)" for v in values), code
        if code in on_record:
            # before the fact, and below it: from its date on, the dashboard shows the fact
            first_date, fact = on_record[code]
            assert max(dates) < first_date and max(numbers) < fact, code
            assert all(v.female is None and v.male is None for v in values), code
        else:
            assert all(v.female + v.male == v.value for v in values), code
    # By hand: the end of every sixth month of the 30 planned (August 2010, February 2011, ...), 5 more each.
    assert [(v.as_of, int(v.value), v.female, v.male) for v in by_code["women-in-councils"]] == [
        (datetime.date(2010, 8, 31), 5, 3, 2),
        (datetime.date(2011, 2, 28), 10, 6, 4),
        (datetime.date(2011, 8, 31), 15, 9, 6),
        (datetime.date(2012, 2, 29), 20, 12, 8),
        (datetime.date(2012, 8, 31), 25, 15, 10),
    ]
    # By hand: the pilots' 16 working agreements of September 2010, led up to by 4, 8 and 12.
    assert [(v.as_of, int(v.value)) for v in by_code["pilots"]] == [
        (datetime.date(2010, 6, 30), 4),
        (datetime.date(2010, 7, 31), 8),
        (datetime.date(2010, 8, 31), 12),
    ]

    def pilots_on(as_of):
        rows = reporting.indicator_rows(reporting.load_programme(), as_of)
        return next(row for row in rows if row.indicator.code == "pilots").current

    august = pilots_on(datetime.date(2010, 8, 31))
    assert (august.value, august.sample) == (12, True)
    later = pilots_on(datetime.date(2011, 6, 1))
    assert (later.value, later.sample) == (16, False)

    call_command("demo", "--clear", verbosity=0)
    assert not IndicatorValue.objects.filter(source="sample").exists()
    assert {v.indicator.code: (v.as_of, v.value) for v in IndicatorValue.objects.select_related("indicator")} == (
        on_record
    )


def test_the_dashboard_shows_the_sample_layer_badged(seeded, steering_member, client):
    call_command("demo", verbosity=0)
    coaches = next(
        row
        for row in reporting.indicator_rows(reporting.load_programme(), datetime.date(2012, 10, 31))
        if row.indicator.code == "coaches-trained"
    )
    from training.models import Coach

    # one sample coach per replication whose country has an association, all trained in Pattaya
    trained = Coach.objects.filter(source="sample").count()
    assert trained > 0
    assert coaches.current.value == trained == coaches.current.female + coaches.current.male
    assert coaches.current.sample
    client.force_login(steering_member)
    response = client.get("/en/dashboard/?as_of=2011-12-31")
    assert response.content.decode().count("Sample data (not real)") > 15
    lights = {row.light for row in response.context["report"].replications}
    assert {"red", "green"} <= lights
    assertContains(response, "No logbook entry for more than 3 months.")


def test_the_demo_fills_the_people_trained_by_target_group_from_its_participations(seeded):
    from training.models import Participation

    call_command("demo", verbosity=0)
    rows = {
        row.indicator.code: row
        for row in reporting.indicator_rows(reporting.load_programme(), datetime.date(2012, 10, 31))
    }
    for code, group in [
        ("civil-servants-trained", "local-officials"),
        ("civil-society-trained", "civil-society"),
        ("decision-makers-trained", "local-executives"),
    ]:
        recorded = Participation.objects.filter(source="sample", target_group=group).count()
        current = rows[code].current
        assert current.value == recorded > 0, code
        assert current.female + current.male == recorded and current.sample, code
