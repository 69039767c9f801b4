"""`make demo` and `make demo-clear`: a sample layer over the facts, and exactly its removal."""

import datetime

from django.apps import apps
from django.core.management import call_command
from pytest_django.asserts import assertContains

from kernel.workspace.registry import workspace_apps
from monitoring import reporting
from replications.models import LogbookEntry, Replication


def row_counts():
    """Every model's rows, all and sample-only, across the four apps."""
    counts = {}
    for label in workspace_apps():
        for model in apps.get_app_config(label).get_models():
            rows = model._base_manager.all()
            sample = rows.filter(source="sample").count() if hasattr(model, "source") else 0
            counts[model._meta.label] = (rows.count(), sample)
    return counts


def test_the_demo_adds_only_sample_rows_and_clearing_removes_exactly_them(seeded):
    staff_entry = LogbookEntry.objects.create(
        replication=Replication.objects.get(pilot__slug="yala"),
        period_start=datetime.date(2011, 1, 1),
        period_end=datetime.date(2011, 3, 31),
        status="on-track",
        source="staff",
    )
    before = row_counts()
    call_command("demo", verbosity=0)
    loaded = row_counts()
    for label, (total, sample) in loaded.items():
        # whatever the demo added is sample, and nothing else changed in number
        assert total - sample == before[label][0] - before[label][1], label
    assert loaded["replications.LogbookEntry"][1] > 0
    assert loaded["training.Coach"][1] > 0
    assert loaded["replications.StageChange"][1] > 0
    assert loaded["monitoring.IndicatorValue"][1] == 0  # the trained people come from the registers

    call_command("demo", verbosity=0)  # a second load replaces the first
    assert row_counts() == loaded

    call_command("demo", "--clear", verbosity=0)
    assert row_counts() == before
    assert LogbookEntry.objects.filter(pk=staff_entry.pk).exists()


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
