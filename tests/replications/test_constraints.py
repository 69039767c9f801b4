"""The rules of the transfer's records, in the database itself: each CHECK against raw SQL.

(The stage order, which a trigger holds, is tested in test_stages.py.)
"""

import datetime

from municipalities.models import Country, LocalGovernment, Organisation, Person
from practices.models import Practice, Theme
from replications.models import (
    CoachAssignment,
    LogbookEntry,
    Replication,
    SelectionCriterion,
    StageChange,
)
from tests.raw_sql import app_check_constraints, guarded_in, guards, insert, refused_by
from training.models import Coach

# ------------------------------------------------ each rule against raw SQL
# Rows written with plain SQL, so that only the database can refuse them. A CHECK passes
# when its condition is NULL: each rule is also tried with the other column empty.


def test_every_check_constraint_of_replications_has_its_raw_sql_test():
    assert guarded_in(globals()) == app_check_constraints("replications")


@guards("criterion_number_positive")
def test_raw_sql_cannot_store_a_selection_criterion_number_0(db):
    assert refused_by("criterion_number_positive", insert, SelectionCriterion(number=0, text_en="S", source="sample"))
    assert insert(SelectionCriterion(number=1, text_en="Sample", source="sample"))


@guards("replication_ends_after_start")
def test_raw_sql_cannot_store_a_replication_that_ends_before_it_starts(wetland, udon_thani, environment):
    def replication(practice, **dates):
        return Replication(pilot=udon_thani, practice=practice, source="sample", **dates)

    backwards = {"start_date": datetime.date(2011, 5, 1), "end_date": datetime.date(2011, 4, 30)}
    assert refused_by("replication_ends_after_start", insert, replication(wetland, **backwards))
    others = [
        Practice.objects.create(number=n, theme=environment, host=udon_thani, title_en="S", source="sample")
        for n in [11, 12, 13]
    ]
    assert insert(replication(others[0], start_date=datetime.date(2011, 5, 1), end_date=datetime.date(2011, 5, 1)))
    assert insert(replication(others[1], start_date=datetime.date(2011, 5, 1)))
    assert insert(replication(others[2], end_date=datetime.date(2011, 4, 30)))


@guards("coach_assignment_ends_after_start")
def test_raw_sql_cannot_store_a_coach_assignment_that_ends_before_it_starts(db):
    thailand = Country.objects.create(code="TH", name_en="Thailand", source="sample")
    yala = LocalGovernment.objects.create(slug="yala", name_en="Yala", kind="city", country=thailand, source="sample")
    theme = Theme.objects.create(number=2, title_en="Institutional Governance", source="sample")
    league = Organisation.objects.create(
        acronym="SAMPLE", name_en="Sample league", kind="lg-association", source="sample"
    )
    coach = Coach.objects.create(
        person=Person.objects.create(name_en="Sample coach", source="sample"), association=league, source="sample"
    )
    replications = [
        Replication.objects.create(
            pilot=yala,
            practice=Practice.objects.create(number=n, theme=theme, host=yala, title_en="S", source="sample"),
            source="sample",
        )
        for n in [1, 2, 3, 4]
    ]

    def assignment(replication, **dates):
        return CoachAssignment(coach=coach, replication=replication, source="sample", **dates)

    backwards = {"start_date": datetime.date(2011, 5, 1), "end_date": datetime.date(2011, 4, 30)}
    assert refused_by("coach_assignment_ends_after_start", insert, assignment(replications[0], **backwards))
    same_day = {"start_date": datetime.date(2011, 5, 1), "end_date": datetime.date(2011, 5, 1)}
    assert insert(assignment(replications[0], **same_day))
    assert insert(assignment(replications[1], start_date=datetime.date(2011, 5, 1)))
    assert insert(assignment(replications[2], end_date=datetime.date(2011, 4, 30)))
    assert insert(assignment(replications[3]))


@guards("progress_report_ends_after_start")
def test_raw_sql_cannot_store_a_logbook_entry_that_ends_before_it_starts(db):
    thailand = Country.objects.create(code="TH", name_en="Thailand", source="sample")
    yala = LocalGovernment.objects.create(slug="yala", name_en="Yala", kind="city", country=thailand, source="sample")
    theme = Theme.objects.create(number=2, title_en="Institutional Governance", source="sample")
    practice = Practice.objects.create(number=8, theme=theme, host=yala, title_en="Innovation", source="sample")
    replication = Replication.objects.create(pilot=yala, practice=practice, source="sample")

    def entry(start, end):
        return LogbookEntry(
            replication=replication, period_start=start, period_end=end, status="on-track", source="sample"
        )

    broken = entry(datetime.date(2011, 9, 1), datetime.date(2011, 5, 1))
    assert refused_by("progress_report_ends_after_start", insert, broken)
    assert insert(entry(datetime.date(2011, 9, 1), datetime.date(2011, 9, 1)))


@guards("stage_skipped_only_between_agreement_and_completion")
def test_raw_sql_cannot_mark_as_skipped_a_stage_other_than_the_concept_or_the_implementation(wetland, udon_thani):
    replication = Replication.objects.create(pilot=udon_thani, practice=wetland, source="sample")

    def change(stage, skipped):
        return StageChange(replication=replication, stage=stage, skipped=skipped, source="sample")

    rule = "stage_skipped_only_between_agreement_and_completion"
    assert refused_by(rule, insert, change("agreed", True))
    assert insert(change("agreed", False))
    assert insert(change("concept", True))
    assert insert(change("implementation", True))
    assert refused_by(rule, insert, change("completed", True))
    assert refused_by(rule, insert, change("discontinued", True))
