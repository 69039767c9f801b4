import datetime

import pytest
from django.db import IntegrityError, transaction

from municipalities.models import Person
from tests.raw_sql import app_check_constraints, guarded_in, guards, insert, refused_by
from training.models import Event, Participation


def test_an_event_that_ends_before_it_starts_is_refused(db):
    with pytest.raises(IntegrityError), transaction.atomic():
        Event.objects.create(
            slug="toc",
            title_en="Training of coaches",
            kind="training-of-coaches",
            start_date=datetime.date(2010, 11, 25),
            end_date=datetime.date(2010, 11, 18),
        )


def test_a_one_day_event_needs_no_end_date(db):
    event = Event.objects.create(
        slug="yala", title_en="Evaluator visit", kind="monitoring-visit", start_date=datetime.date(2012, 1, 31)
    )
    assert event.end_date is None


def test_a_person_takes_part_in_an_event_once(db):
    event = Event.objects.create(slug="e", title_en="E", kind="conference", start_date=datetime.date(2012, 8, 7))
    person = Person.objects.create(name_en="Somchai")
    Participation.objects.create(person=person, event=event)
    with pytest.raises(IntegrityError), transaction.atomic():
        Participation.objects.create(person=person, event=event, role="speaker")


# ------------------------------------------------ each rule against raw SQL
# Rows written with plain SQL, so that only the database can refuse them. A CHECK passes
# when its condition is NULL: each rule is also tried with the other column empty.


def test_every_check_constraint_of_training_has_its_raw_sql_test():
    assert guarded_in(globals()) == app_check_constraints("training")


@guards("event_ends_after_start")
def test_raw_sql_cannot_store_an_event_that_ends_before_it_starts(db):
    def event(slug, end_date):
        return Event(
            slug=slug,
            title_en="Sample",
            kind="workshop",
            start_date=datetime.date(2010, 11, 25),
            end_date=end_date,
            source="sample",
        )

    assert refused_by("event_ends_after_start", insert, event("backwards", datetime.date(2010, 11, 24)))
    assert insert(event("one-day", None))
    assert insert(event("same-day", datetime.date(2010, 11, 25)))
