"""The database itself refuses broken rows, whatever path writes them."""

import pytest
from django.db import IntegrityError, transaction

from municipalities.models import Country, LocalGovernment, Organisation, Person, StaffProfile
from tests.raw_sql import app_check_constraints, guarded_in, guards, insert, refused_by


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


# ------------------------------------------------ each rule against raw SQL
# Rows written with plain SQL, so that only the database can refuse them. A CHECK passes
# when its condition is NULL: each rule is also tried with the other column empty.


def test_every_check_constraint_of_municipalities_has_its_raw_sql_test():
    assert guarded_in(globals()) == app_check_constraints("municipalities")


def place(country, **fields):
    values = {"slug": "sample", "name_en": "Sample", "kind": "city", "country": country, "source": "sample"}
    return LocalGovernment(**{**values, **fields})


@guards("country_code_iso_alpha2")
def test_raw_sql_cannot_store_a_country_code_that_is_not_two_capital_letters(db):
    for code in ["th", "T1", "T", ""]:
        assert refused_by("country_code_iso_alpha2", insert, Country(code=code, name_en="Sample", source="sample"))
    assert insert(Country(code="TH", name_en="Thailand", source="sample"))


@guards("lg_population_not_negative")
def test_raw_sql_cannot_store_a_negative_population(thailand):
    assert refused_by("lg_population_not_negative", insert, place(thailand, population=-1, population_year=2010))
    assert insert(place(thailand, population=0, population_year=2010))


@guards("lg_population_has_its_year")
def test_raw_sql_cannot_store_a_population_without_its_year_or_a_year_without_its_population(thailand):
    rule = "lg_population_has_its_year"
    assert refused_by(rule, insert, place(thailand, population=20000))
    assert refused_by(rule, insert, place(thailand, population_year=2010))
    assert refused_by(rule, insert, place(thailand, population=20000, population_year=1899))
    assert refused_by(rule, insert, place(thailand, population=20000, population_year=2101))
    for n, year in enumerate([1900, 2100]):
        assert insert(place(thailand, slug=f"sample-{n}", population=20000, population_year=year))
    assert insert(place(thailand, slug="sample-unknown"))


@guards("lg_coordinates_valid_pair")
def test_raw_sql_cannot_store_half_a_position_or_one_off_the_globe(thailand):
    rule = "lg_coordinates_valid_pair"
    assert refused_by(rule, insert, place(thailand, latitude=14))
    assert refused_by(rule, insert, place(thailand, longitude=100))
    assert refused_by(rule, insert, place(thailand, latitude=91, longitude=100))
    assert refused_by(rule, insert, place(thailand, latitude=-91, longitude=100))
    assert refused_by(rule, insert, place(thailand, latitude=14, longitude=181))
    assert refused_by(rule, insert, place(thailand, latitude=14, longitude=-181))
    assert insert(place(thailand, slug="sample-corner", latitude=-90, longitude=180))
    assert insert(place(thailand, slug="sample-nowhere"))


@guards("person_one_employer")
def test_raw_sql_cannot_store_a_person_with_two_employers(thailand):
    organisation = Organisation.objects.create(
        acronym="TEI", name_en="TEI", kind="implementing-partner", source="sample"
    )
    yala = LocalGovernment.objects.create(slug="yala", name_en="Yala", kind="city", country=thailand, source="sample")
    both = Person(name_en="Sample", organisation=organisation, local_government=yala, source="sample")
    assert refused_by("person_one_employer", insert, both)
    assert insert(Person(name_en="Sample", local_government=yala, source="sample"))
    assert insert(Person(name_en="Sample", organisation=organisation, source="sample"))
    assert insert(Person(name_en="Sample", source="sample"))


@guards("coordinator_has_a_country")
def test_raw_sql_cannot_store_a_country_coordinator_without_a_country(thailand, django_user_model):
    def profile(username, **fields):
        return StaffProfile(user=django_user_model.objects.create_user(username), **fields)

    assert refused_by("coordinator_has_a_country", insert, profile("somchai", role="country-coordinator"))
    assert insert(profile("malee", role="country-coordinator", country=thailand))
    assert insert(profile("nok", role="project-office"))


SCRIPT_LINKS = ["javascript:window.__xss=1", "JavaScript:alert(1)", " javascript:alert(1)", "data:text/html,x"]
NOT_WEB = [*SCRIPT_LINKS, "mailto:office@example.org", "ftp://example.org/", "//example.org/", "example.org"]
WEB = ["", "https://www.yala.go.th/", "http://example.org", "HTTPS://EXAMPLE.ORG/"]


@guards("lg_website_is_web")
def test_raw_sql_cannot_store_a_local_government_website_that_is_not_a_web_address(thailand):
    for n, website in enumerate(NOT_WEB):
        assert refused_by("lg_website_is_web", insert, place(thailand, slug=f"sample-{n}", website=website))
    for n, website in enumerate(WEB):
        assert insert(place(thailand, slug=f"web-{n}", website=website))


@guards("organisation_website_is_web")
def test_raw_sql_cannot_store_an_organisation_website_that_is_not_a_web_address(db):
    def organisation(website):
        return Organisation(name_en="Sample", kind="lg-association", website=website, source="sample")

    for website in NOT_WEB:
        assert refused_by("organisation_website_is_web", insert, organisation(website))
    for website in WEB:
        assert insert(organisation(website))
