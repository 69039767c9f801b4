import datetime

import pytest
from django.db import IntegrityError, transaction

from municipalities.models import Country, LocalGovernment
from practices.models import Practice, Theme
from replications.models import Replication


@pytest.fixture
def udon_thani(db):
    thailand = Country.objects.create(code="TH", name_en="Thailand")
    return LocalGovernment.objects.create(slug="udon-thani", name_en="Udon Thani", kind="city", country=thailand)


@pytest.fixture
def environment(db):
    return Theme.objects.create(number=3, title_en="Inclusive Urban Public Services")


@pytest.fixture
def wetland(udon_thani, environment):
    return Practice.objects.create(number=10, theme=environment, host=udon_thani, title_en="Constructed wetland")


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
