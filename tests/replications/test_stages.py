"""A replication's stages are a dated history whose order the database holds."""

import datetime

import pytest
from django.db import IntegrityError, connection, transaction
from django.utils import translation
from pytest_django.asserts import assertContains

from municipalities.models import Country, LocalGovernment
from practices.models import Practice, Theme
from replications.models import Replication, Stage, StageChange
from tests.admin_forms import form_data

D = datetime.date
SAMPLE = {"source": "sample"}


@pytest.fixture
def replication(db):
    thailand = Country.objects.create(code="TH", name_en="Thailand", **SAMPLE)
    yala = LocalGovernment.objects.create(slug="yala", name_en="Yala", kind="city", country=thailand, **SAMPLE)
    theme = Theme.objects.create(number=2, title_en="Institutional Governance", **SAMPLE)
    practice = Practice.objects.create(number=8, theme=theme, host=yala, title_en="Innovation", **SAMPLE)
    return Replication.objects.create(pilot=yala, practice=practice, **SAMPLE)


def insert(replication, stage, date=None, skipped=False):
    """A stage change written by raw SQL, past every check of the code."""
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO replications_stagechange"
            " (replication_id, stage, date, skipped, note, source, source_note, translation_outdated)"
            " VALUES (%s, %s, %s, %s, '', 'sample', '', '') RETURNING id",
            [replication.pk, stage, date, skipped],
        )
        return cursor.fetchone()[0]


def refused(sql_or_stage, replication=None, **fields):
    with pytest.raises(IntegrityError), transaction.atomic(), connection.cursor() as cursor:
        if replication is None:
            cursor.execute(sql_or_stage)
        else:
            insert(replication, sql_or_stage, **fields)


def stages(replication):
    return list(replication.stage_changes.order_by("rank").values_list("stage", flat=True))


def test_a_full_dated_sequence_is_accepted_and_the_last_step_is_the_current_stage(replication):
    insert(replication, "agreed", D(2010, 9, 1))
    insert(replication, "concept", None)  # date not recorded
    insert(replication, "implementation", D(2011, 5, 1))
    insert(replication, "completed", D(2012, 3, 31))
    assert stages(replication) == ["agreed", "concept", "implementation", "completed"]
    assert Replication.objects.with_current_stage().get().current_stage == "completed"
    with translation.override("en"):
        assert Replication.objects.get().get_stage_display() == "Completed"


def test_a_step_without_the_step_before_it_is_refused(replication):
    insert(replication, "agreed", D(2010, 9, 1))
    refused("completed", replication, date=D(2012, 3, 31))
    refused("implementation", replication)
    assert stages(replication) == ["agreed"]


def test_the_first_stage_cannot_be_anything_but_the_working_agreement(replication):
    refused("concept", replication)


def test_a_step_left_out_and_recorded_as_skipped_lets_the_next_follow(replication):
    insert(replication, "agreed", D(2010, 9, 1))
    insert(replication, "concept", skipped=True)
    insert(replication, "implementation", D(2011, 5, 1))
    assert stages(replication) == ["agreed", "concept", "implementation"]


def test_only_the_concept_and_the_implementation_can_be_skipped(replication):
    refused("agreed", replication, skipped=True)
    insert(replication, "agreed")
    insert(replication, "concept")
    insert(replication, "implementation")
    refused("completed", replication, skipped=True)


def test_going_back_to_a_passed_stage_is_refused(replication):
    insert(replication, "agreed", D(2010, 9, 1))
    insert(replication, "concept", D(2011, 1, 1))
    implementation = insert(replication, "implementation", D(2011, 5, 1))
    refused("concept", replication, date=D(2011, 9, 1))
    refused("agreed", replication)  # undated, too
    refused(f"UPDATE replications_stagechange SET stage = 'agreed', date = NULL WHERE id = {implementation}")
    # nor by taking a step out from between two others
    refused(f"DELETE FROM replications_stagechange WHERE replication_id = {replication.pk} AND stage = 'concept'")
    assert stages(replication) == ["agreed", "concept", "implementation"]


def test_a_step_dated_before_the_step_before_it_is_refused(replication):
    agreed = insert(replication, "agreed", D(2010, 9, 1))
    refused("concept", replication, date=D(2010, 8, 31))
    insert(replication, "concept", D(2011, 1, 1))
    refused(f"UPDATE replications_stagechange SET date = '2011-02-01' WHERE id = {agreed}")
    assert StageChange.objects.get(pk=agreed).date == D(2010, 9, 1)


def test_a_discontinuation_may_follow_any_stage_and_ends_the_replication(replication):
    insert(replication, "agreed", D(2010, 9, 1))
    insert(replication, "concept", D(2011, 1, 1))
    refused("discontinued", replication, date=D(2010, 12, 31))  # not before the last step
    insert(replication, "discontinued", D(2011, 8, 1))
    refused("implementation", replication, date=D(2011, 9, 1))
    refused("implementation", replication)  # undated, too
    assert stages(replication) == ["agreed", "concept", "discontinued"]
    assert Replication.objects.with_current_stage().get().current_stage == "discontinued"


def test_deleting_a_replication_deletes_its_history(replication):
    insert(replication, "agreed")
    insert(replication, "concept")
    replication.delete()
    assert not StageChange.objects.exists()


def test_the_stage_of_each_pilot_on_a_given_day(replication):
    practice, yala = replication.practice, replication.pilot
    other = LocalGovernment.objects.create(slug="songkhla", name_en="Songkhla", kind="city", country=yala.country)
    third = LocalGovernment.objects.create(slug="pak-kret", name_en="Pak Kret", kind="city", country=yala.country)
    second = Replication.objects.create(pilot=other, practice=practice, **SAMPLE)
    undated = Replication.objects.create(pilot=third, practice=practice, **SAMPLE)
    insert(replication, "agreed", D(2010, 9, 1))
    insert(replication, "concept", D(2011, 1, 15))
    insert(replication, "implementation", D(2011, 6, 1))  # that very day
    insert(second, "agreed", D(2010, 9, 1))
    insert(second, "concept", D(2011, 6, 2))  # the day after
    insert(undated, "agreed", None)

    on = dict(Replication.objects.with_stage_on(D(2011, 6, 1)).values_list("pilot__slug", "stage_on"))
    assert on == {"yala": "implementation", "songkhla": "agreed", "pak-kret": None}
    before = dict(Replication.objects.with_stage_on(D(2010, 8, 31)).values_list("pilot__slug", "stage_on"))
    assert before == {"yala": None, "songkhla": None, "pak-kret": None}


def test_a_stage_out_of_order_gets_a_thai_message_in_the_admin(client, replication, office_editor):
    StageChange.objects.create(replication=replication, stage=Stage.AGREED, date=D(2010, 9, 1), **SAMPLE)
    client.force_login(office_editor)
    response = client.post(
        "/th/admin/replications/stagechange/add/",
        {"replication": replication.pk, "stage": "implementation", "date": "2011-05-01", "source": "sample"},
    )
    assertContains(response, "“การนำไปปฏิบัติ” ต้องมีขั้นตอนก่อนหน้า “กรอบแนวคิดการถอดแบบ”")
    assert StageChange.objects.count() == 1


def test_the_admin_saves_several_new_stages_at_once_in_their_order_with_who_recorded_them(
    client, replication, office_editor
):
    client.force_login(office_editor)
    url = f"/en/admin/replications/replication/{replication.pk}/change/"
    data = form_data(client.get(url))
    data.update({"stage_changes-TOTAL_FORMS": "2"})
    for index, (stage, date) in enumerate([("concept", "2011-01-15"), ("agreed", "2010-09-01")]):
        data.update({f"stage_changes-{index}-stage": stage, f"stage_changes-{index}-date": date})
        data[f"stage_changes-{index}-source"] = "sample"
    assert client.post(url, data).status_code == 302
    assert stages(replication) == ["agreed", "concept"]
    assert {change.recorded_by for change in StageChange.objects.all()} == {office_editor}


def test_the_admin_names_a_dated_step_out_of_order_in_thai(client, replication, office_editor):
    client.force_login(office_editor)
    url = f"/th/admin/replications/replication/{replication.pk}/change/"
    data = form_data(client.get(url))
    data.update({"stage_changes-TOTAL_FORMS": "2"})
    for index, (stage, date) in enumerate([("agreed", "2010-09-01"), ("concept", "2010-08-01")]):
        data.update({f"stage_changes-{index}-stage": stage, f"stage_changes-{index}-date": date})
        data[f"stage_changes-{index}-source"] = "sample"
    response = client.post(url, data)
    assertContains(response, "ลงวันที่ก่อนขั้นตอนก่อนหน้า")
    assert not StageChange.objects.exists()
