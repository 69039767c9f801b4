"""The database itself refuses broken rows, whatever path writes them."""

import pytest
from django.db import IntegrityError, transaction

from municipalities.models import Country, LocalGovernment, Organisation, Person


@pytest.fixture
def thailand(db):
    return Country.objects.create(code="TH", name_en="Thailand", name_th="ไทย")


def refused(callable_, *args, **kwargs):
    with pytest.raises(IntegrityError), transaction.atomic():
        callable_(*args, **kwargs)
    return True


def test_a_negative_population_is_refused(thailand):
    assert refused(
        LocalGovernment.objects.create,
        slug="x",
        name_en="X",
        kind="city",
        country=thailand,
        population=-1,
        population_year=2010,
    )


def test_a_negative_population_is_refused_on_a_bulk_update_too(thailand):
    LocalGovernment.objects.create(
        slug="yala", name_en="Yala", kind="city-municipality", country=thailand, population=1, population_year=2010
    )
    assert refused(LocalGovernment.objects.filter(slug="yala").update, population=-5)
    assert LocalGovernment.objects.get(slug="yala").population == 1


def test_a_population_without_its_year_is_refused(thailand):
    assert refused(
        LocalGovernment.objects.create, slug="x", name_en="X", kind="city", country=thailand, population=20000
    )


def test_a_population_with_its_year_is_stored(thailand):
    lg = LocalGovernment.objects.create(
        slug="x", name_en="X", kind="city", country=thailand, population=20000, population_year=2010
    )
    assert LocalGovernment.objects.get(pk=lg.pk).population == 20000


def test_a_latitude_beyond_the_pole_is_refused(thailand):
    assert refused(
        LocalGovernment.objects.create,
        slug="x",
        name_en="X",
        kind="city",
        country=thailand,
        latitude=91,
        longitude=100,
    )


def test_a_country_code_must_be_two_capital_letters(db):
    assert refused(Country.objects.create, code="th", name_en="Thailand")


def test_two_organisations_cannot_share_an_acronym(db):
    Organisation.objects.create(acronym="MLT", name_en="Municipal League of Thailand", kind="lg-association")
    assert refused(Organisation.objects.create, acronym="MLT", name_en="Other", kind="other")


def test_organisations_without_acronym_may_be_many(db):
    Organisation.objects.create(acronym="", name_en="One", kind="other")
    Organisation.objects.create(acronym="", name_en="Two", kind="other")
    assert Organisation.objects.count() == 2


def test_a_person_cannot_belong_to_an_organisation_and_a_local_government(thailand):
    organisation = Organisation.objects.create(acronym="TEI", name_en="TEI", kind="implementing-partner")
    lg = LocalGovernment.objects.create(slug="yala", name_en="Yala", kind="city", country=thailand)
    assert refused(Person.objects.create, name_en="A", organisation=organisation, local_government=lg)


def test_a_latitude_without_its_longitude_is_refused(thailand):
    assert refused(LocalGovernment.objects.create, slug="x", name_en="X", kind="city", country=thailand, latitude=14)
