"""Migration 0008 moves each indicator's one target into a target for its period.

The test migrates the database back to 0007 (the old fields and the new table side by side),
writes the indicators' targets the old way, migrates forward and finds them as targets per period.
"""

import datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("monitoring", "0007_indicator_targets")]
D = datetime.date
PLANNED_END = D(2012, 8, 31)


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    return executor


@pytest.mark.django_db(transaction=True)
def test_every_indicator_s_target_becomes_one_target_for_its_period_with_its_source(seeded):
    executor = migrate(BEFORE)
    try:
        apps = executor.loader.project_state(BEFORE).apps
        Indicator = apps.get_model("monitoring", "Indicator")
        # Going back put the seeded targets into the old fields (a date only where it is not the planned end).
        old = {i.code: (int(i.target), i.target_comparison, i.target_date) for i in Indicator.objects.all()}
        assert old == {
            "candidate-practices": (27, "exactly", None),
            "selected-practices": (16, "exactly", None),
            "pilots": (20, "exactly", None),
            "coaches-trained": (80, "at-most", D(2010, 11, 25)),
            "civil-servants-trained": (120, "at-most", D(2011, 9, 30)),
            "civil-society-trained": (200, "at-most", D(2011, 9, 30)),
            "decision-makers-trained": (200, "at-most", D(2011, 9, 30)),
        }
        # The old way: the targets only in the indicators' own fields.
        apps.get_model("monitoring", "IndicatorTarget").objects.all().delete()
        Indicator.objects.filter(code="pilots").update(source_note_th="แผน 20 แห่ง")
        Indicator.objects.create(
            programme_id=Indicator.objects.get(code="pilots").programme_id,
            code="sample-without-target",
            name_en="Sample",
            unit_en="people",
            source="sample",
        )
    finally:
        migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())

    from monitoring.models import Indicator, IndicatorTarget

    moved = {
        t.indicator.code: (int(t.value), t.comparison, t.period_end, t.source)
        for t in IndicatorTarget.objects.select_related("indicator")
    }
    assert moved == {
        "candidate-practices": (27, "exactly", PLANNED_END, "thai-document"),
        "selected-practices": (16, "exactly", PLANNED_END, "thai-document"),
        "pilots": (20, "exactly", PLANNED_END, "thai-document"),
        "coaches-trained": (80, "at-most", D(2010, 11, 25), "public-record"),
        "civil-servants-trained": (120, "at-most", D(2011, 9, 30), "public-record"),
        "civil-society-trained": (200, "at-most", D(2011, 9, 30), "public-record"),
        "decision-makers-trained": (200, "at-most", D(2011, 9, 30), "public-record"),
    }
    pilots = IndicatorTarget.objects.get(indicator__code="pilots")
    assert pilots.source_note_en.startswith("The Thai document plans 20") and pilots.source_note_th == "แผน 20 แห่ง"
    assert not IndicatorTarget.objects.filter(indicator__code="sample-without-target").exists()
    assert set(Indicator.objects.values_list("targets_are", flat=True)) == {"cumulative"}
