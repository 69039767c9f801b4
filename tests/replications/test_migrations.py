"""The move into the replications app keeps every row, its content type and its history.

The test migrates the database back to the schema before the move, writes records the
old way (practices, training and monitoring models, a stage stored on the replication, a
reversion version of it), migrates forward and finds them all under their new models.
"""

import datetime

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [
    ("practices", "0005_photo_renditions_and_upload_checks"),
    ("training", "0002_coach_translation_outdated_and_more"),
    ("monitoring", "0005_close_null_checks"),
    ("replications", None),
]
# The old state, with the apps the records need.
OLD_STATE = [
    *BEFORE[:3],
    ("municipalities", "0004_readable_constraint_messages"),
    ("reversion", "0002_add_index_on_version_for_content_type_and_db"),
]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    return executor


def write_the_old_records(apps):
    get = apps.get_model
    sample = {"source": "sample"}
    thailand = get("municipalities", "Country").objects.create(code="TH", name_en="Thailand", **sample)
    yala = get("municipalities", "LocalGovernment").objects.create(
        slug="yala", name_en="Yala", kind="city-municipality", country=thailand, **sample
    )
    mlt = get("municipalities", "Organisation").objects.create(acronym="MLT", name_en="MLT", kind="association")
    theme = get("practices", "Theme").objects.create(number=2, title_en="Institutional Governance", **sample)
    practice = get("practices", "Practice").objects.create(
        number=8, theme=theme, host=yala, title_en="Innovation", **sample
    )
    candidacy = get("practices", "PilotCandidacy").objects.create(local_government=yala, status="selected", **sample)
    criterion = get("practices", "SelectionCriterion").objects.create(number=2, text_en="Commitment", **sample)
    get("practices", "CriterionAssessment").objects.create(
        candidacy=candidacy, criterion=criterion, verdict="met", **sample
    )
    replication = get("practices", "Replication").objects.create(
        pilot=yala,
        practice=practice,
        stage="concept",
        start_date=datetime.date(2011, 1, 10),
        transfer_concept_en="The original concept",
        **sample,
    )
    person = get("municipalities", "Person").objects.create(name_en="Sample coach", organisation=mlt, **sample)
    coach = get("training", "Coach").objects.create(person=person, association=mlt, **sample)
    get("training", "CoachAssignment").objects.create(coach=coach, replication=replication, **sample)
    event = get("training", "Event").objects.create(
        slug="exchange-visit", title_en="Exchange visit", kind="exchange-visit", start_date=datetime.date(2011, 5, 2)
    )
    event.replications.add(replication)
    get("monitoring", "ProgressReport").objects.create(
        replication=replication,
        period_start=datetime.date(2011, 5, 1),
        period_end=datetime.date(2011, 9, 30),
        status="on-track",
        narrative_en="Sample entry",
        author=person,
        **sample,
    )
    content_type = get("contenttypes", "ContentType").objects.get(app_label="practices", model="replication")
    revision = get("reversion", "Revision").objects.create(date_created=datetime.datetime.now(datetime.UTC))
    get("reversion", "Version").objects.create(
        revision=revision,
        object_id=str(replication.pk),
        content_type=content_type,
        db="default",
        format="json",
        serialized_data=serializers.serialize("json", [replication]),
        object_repr="Yala ← 8. Innovation",
    )
    return {
        "replication": replication.pk,
        "content_types": {
            model: get("contenttypes", "ContentType").objects.get(app_label=app, model=model).pk
            for app, model in [
                ("practices", "replication"),
                ("practices", "pilotcandidacy"),
                ("training", "coachassignment"),
                ("monitoring", "progressreport"),
            ]
        },
    }


@pytest.mark.django_db(transaction=True)
def test_moving_the_models_into_replications_keeps_rows_content_types_and_history():
    executor = migrate(BEFORE)
    try:
        old = write_the_old_records(executor.loader.project_state(OLD_STATE).apps)
    finally:
        migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())

    from django.contrib.auth.models import Group
    from reversion.models import Version

    from replications.models import (
        CoachAssignment,
        CriterionAssessment,
        LogbookEntry,
        PilotCandidacy,
        Replication,
        StageChange,
    )

    ContentType.objects.clear_cache()
    replication = Replication.objects.get(pk=old["replication"])
    assert (replication.pilot.slug, replication.practice.number) == ("yala", 8)
    assert PilotCandidacy.objects.get().local_government == replication.pilot
    assert CriterionAssessment.objects.get().verdict == "met"
    assert CoachAssignment.objects.get().replication == replication
    assert [event.slug for event in replication.events.all()] == ["exchange-visit"]
    entry = LogbookEntry.objects.get()
    assert (entry.replication, entry.narrative_en, entry.author.name_en) == (
        replication,
        "Sample entry",
        "Sample coach",
    )

    # The stored stage became dated history; the step it implies is recorded, undated.
    changes = list(StageChange.objects.filter(replication=replication).order_by("rank"))
    assert [(c.stage, c.date) for c in changes] == [("agreed", None), ("concept", datetime.date(2011, 1, 10))]
    assert Replication.objects.with_current_stage().get().current_stage == "concept"

    # The same content type rows, relabelled: permissions, the admin log and versions follow.
    for model, new in [
        ("replication", Replication),
        ("pilotcandidacy", PilotCandidacy),
        ("coachassignment", CoachAssignment),
        ("progressreport", LogbookEntry),
    ]:
        assert ContentType.objects.get_for_model(new).pk == old["content_types"][model]
    coordinators = Group.objects.get(name="country-coordinator").permissions
    assert coordinators.filter(content_type__app_label="replications", codename="change_logbookentry").exists()
    assert coordinators.filter(content_type__app_label="replications", codename="add_stagechange").exists()
    assert (
        not coordinators.filter(content_type__app_label__in=["practices", "training", "monitoring"])
        .exclude(codename__startswith="view_")
        .exclude(content_type__model__in=["event", "participation"])
        .exists()
    )

    # The old version still shows and restores.
    version = Version.objects.get_for_object(replication).get()
    assert version.field_dict["transfer_concept_en"] == "The original concept"
    Replication.objects.filter(pk=replication.pk).update(transfer_concept_en="Changed since")
    version.revert()
    replication.refresh_from_db()
    assert replication.transfer_concept_en == "The original concept"
