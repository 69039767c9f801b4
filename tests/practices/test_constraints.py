import datetime

import pytest
from django.db import IntegrityError, transaction

from practices.models import Practice, Theme
from replications.models import Replication
from tests.raw_sql import app_check_constraints, guarded_in, guards, insert, refused_by


def test_a_duplicate_practice_number_is_refused(wetland, environment, udon_thani):
    with pytest.raises(IntegrityError), transaction.atomic():
        Practice.objects.create(number=10, theme=environment, host=udon_thani, title_en="Another")


def test_a_theme_outside_1_to_4_is_refused(db):
    with pytest.raises(IntegrityError), transaction.atomic():
        Theme.objects.create(number=5, title_en="Fifth")


def test_a_second_replication_of_the_same_pilot_and_practice_is_refused(wetland, udon_thani):
    Replication.objects.create(pilot=udon_thani, practice=wetland)
    with pytest.raises(IntegrityError), transaction.atomic():
        Replication.objects.bulk_create([Replication(pilot=udon_thani, practice=wetland)])
    assert Replication.objects.count() == 1


def test_a_replication_that_ends_before_it_starts_is_refused(wetland, udon_thani):
    with pytest.raises(IntegrityError), transaction.atomic():
        Replication.objects.create(
            pilot=udon_thani,
            practice=wetland,
            start_date=datetime.date(2011, 5, 1),
            end_date=datetime.date(2011, 4, 30),
        )


def test_a_theme_with_practices_cannot_be_deleted(wetland, environment):
    from django.db.models import ProtectedError

    with pytest.raises(ProtectedError):
        environment.delete()


# ------------------------------------------------ each rule against raw SQL
# Rows written with plain SQL, so that only the database can refuse them. A CHECK passes
# when its condition is NULL: each rule is also tried with the other column empty.


def test_every_check_constraint_of_practices_has_its_raw_sql_test():
    assert guarded_in(globals()) == app_check_constraints("practices")


@guards("theme_number_1_to_4")
def test_raw_sql_cannot_store_a_theme_numbered_outside_1_to_4(db):
    for number in [0, 5]:
        assert refused_by("theme_number_1_to_4", insert, Theme(number=number, title_en="Sample", source="sample"))
    for number in [1, 4]:
        assert insert(Theme(number=number, title_en="Sample", source="sample"))


@guards("practice_number_positive")
def test_raw_sql_cannot_store_a_practice_number_0(environment, udon_thani):
    def practice(number):
        return Practice(number=number, theme=environment, host=udon_thani, title_en="Sample", source="sample")

    assert refused_by("practice_number_positive", insert, practice(0))
    assert insert(practice(1))
