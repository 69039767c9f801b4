"""A sample layer over the programme's facts, so that the dashboard can be seen full.

``load`` adds coaches (trained at the training of coaches and assigned to each replication),
officials at the events, logbook entries, stage changes after the seeded working agreements
and indicator values; every row it writes is marked ``source="sample"`` with a note saying it is
the demo's, and the dashboard badges them. ``clear`` removes exactly those rows. The facts
themselves are never changed.

Indicator values are written only for the indicators typed in, not for those the registers
define (``reporting.REGISTER_INDICATORS``: the sample participations above give those). They
lead up to the first value on record, so that from its date on the dashboard shows the fact.
"""

import datetime

from django.db import transaction

from monitoring.models import Indicator, IndicatorValue
from monitoring.reporting import REGISTER_INDICATORS, end_of_month, last_day, load_programme
from municipalities.models import Organisation, Person
from replications.models import CoachAssignment, LogbookEntry, Replication, Stage, StageChange
from training.models import Coach, Event, Participation

SAMPLE = "sample"
D = datetime.date
# Logbook periods: quarters from the first transfer concepts to the final monitoring visits.
QUARTERS = [
    (D(2011, 1, 1), D(2011, 3, 31)),
    (D(2011, 4, 1), D(2011, 6, 30)),
    (D(2011, 7, 1), D(2011, 9, 30)),
    (D(2011, 10, 1), D(2011, 12, 31)),
    (D(2012, 1, 1), D(2012, 3, 31)),
    (D(2012, 4, 1), D(2012, 6, 30)),
]
# The target groups of each pilot's sample participants at its national workshop: the registers
# then give the logframe's civil servants, civil-society representatives and decision makers trained.
GROUPS = [
    Participation.TargetGroup.LOCAL_OFFICIALS,
    Participation.TargetGroup.LOCAL_EXECUTIVES,
    Participation.TargetGroup.CIVIL_SOCIETY,
]
# What the sample layer writes, in the order ``clear`` deletes it.
MODELS = [StageChange, LogbookEntry, CoachAssignment, Coach, Participation, IndicatorValue, Person]


# Every row the layer writes: sample data, with a note that says it is the demo's. ``clear`` removes
# the rows with both, so that sample rows staff entered themselves stay.
NOTE_EN = "Sample layer of `make demo` (not real); `make demo-clear` removes it."
NOTE_TH = "ข้อมูลตัวอย่างจาก `make demo` (ไม่ใช่ข้อมูลจริง) ลบได้ด้วย `make demo-clear`"
LAYER = {"source": SAMPLE, "source_note_en": NOTE_EN, "source_note_th": NOTE_TH}


def layer_rows(model):
    return model.objects.filter(source=SAMPLE, source_note_en=NOTE_EN)


def sample_counts():
    return {model._meta.label: layer_rows(model).count() for model in MODELS}


@transaction.atomic
def clear():
    """Remove every row the layer wrote; the facts, and sample rows entered by hand, stay as they are."""
    for model in MODELS:
        layer_rows(model).delete()


def association_for(pilot):
    if pilot.association_id:
        return pilot.association
    return Organisation.objects.filter(kind=Organisation.Kind.ASSOCIATION, country=pilot.country_id).first()


# How many sample values an indicator with a value on record gets before it.
SAMPLE_READINGS = 3


def sample_value_dates(programme, first_on_record):
    """The month ends of the sample values: the three before the first value on record (as many as
    the programme has before it); for an indicator with none, the end of every sixth month of the
    planned programme."""
    if first_on_record is None:
        return [last_day(programme, month) for month in range(6, programme.planned_months + 1, 6)]
    dates, day = [], first_on_record.replace(day=1) - datetime.timedelta(days=1)
    while len(dates) < SAMPLE_READINGS and day >= programme.start_date:
        dates.insert(0, day)
        day = end_of_month(day.replace(day=1) - datetime.timedelta(days=1))
    return dates


def add_indicator_values(programme):
    """Sample values of every typed-in indicator: rising toward its first value on record (without one,
    by 5 at a time), women and men where it is counted by sex."""
    indicators = Indicator.objects.filter(programme=programme).exclude(code__in=REGISTER_INDICATORS)
    for indicator in indicators.prefetch_related("values"):
        on_record = [value for value in indicator.values.all() if value.source_note_en != NOTE_EN]
        first = min(on_record, key=lambda value: value.as_of, default=None)
        dates = sample_value_dates(programme, first.as_of if first else None)
        for k, date in enumerate(dates, start=1):
            value = int(first.value * k / (len(dates) + 1)) if first else 5 * k
            female = male = None
            if indicator.counted_by_sex:
                female = (value + k) // 2
                male = value - female
            IndicatorValue.objects.create(
                indicator=indicator,
                as_of=date,
                value=value,
                female=female,
                male=male,
                reported_by_en="Sample data (not real)",
                reported_by_th="ข้อมูลตัวอย่าง (ไม่ใช่ข้อมูลจริง)",
                **LAYER,
            )


@transaction.atomic
def load():
    """The sample layer, afresh (a second load replaces the first)."""
    clear()
    programme = load_programme()
    if programme is not None:
        add_indicator_values(programme)
    training = Event.objects.get(slug="training-of-coaches-2010")
    final_conference = Event.objects.get(slug="final-conference-2012")
    national = {event.country_id: event for event in Event.objects.filter(kind=Event.Kind.NATIONAL_WORKSHOP)}
    replications = Replication.objects.select_related("pilot__country", "pilot__association").order_by("pilot__slug")
    for n, replication in enumerate(replications, start=1):
        pilot = replication.pilot
        association = association_for(pilot)
        if association is not None:
            person = Person.objects.create(
                name_en=f"Sample coach {n}",
                name_th=f"วิทยากรพี่เลี้ยงตัวอย่าง {n}",
                sex=Person.Sex.FEMALE if n % 2 else Person.Sex.MALE,
                organisation=association,
                **LAYER,
            )
            Participation.objects.create(person=person, event=training, role=Participation.Role.TRAINEE, **LAYER)
            coach = Coach.objects.create(person=person, association=association, qualified_at=training, **LAYER)
            CoachAssignment.objects.create(coach=coach, replication=replication, start_date=D(2010, 12, 1), **LAYER)
        for k, group in enumerate(GROUPS):
            official = Person.objects.create(
                name_en=f"Sample official {n}.{k + 1}",
                name_th=f"เจ้าหน้าที่ตัวอย่าง {n}.{k + 1}",
                sex=Person.Sex.MALE if (n + k) % 3 == 0 else Person.Sex.FEMALE,
                local_government=pilot,
                **LAYER,
            )
            event = national.get(pilot.country_id, final_conference)
            Participation.objects.create(person=official, event=event, target_group=group, **LAYER)
        # Every fifth pilot's logbook falls silent after June 2011 (stuck); others run to June 2012.
        quarters = QUARTERS[:2] if n % 5 == 0 else QUARTERS
        for q, (start, end) in enumerate(quarters):
            status = LogbookEntry.Status.ON_TRACK
            if n % 7 == 3 and q == len(quarters) - 1:
                status = LogbookEntry.Status.DELAYED
            if n % 11 == 4 and q >= 3:
                status = LogbookEntry.Status.AT_RISK
            LogbookEntry.objects.create(
                replication=replication,
                period_start=start,
                period_end=end,
                status=status,
                narrative_en="Sample logbook entry (not real).",
                narrative_th="บันทึกตัวอย่าง (ไม่ใช่ข้อมูลจริง)",
                **LAYER,
            )
        # Stages after the working agreement: stuck pilots stay at it; the others draft their
        # transfer concept, two in three go on to implementation, and half of those complete it.
        if n % 5:
            later = [(Stage.CONCEPT, D(2011, 2, 1) + datetime.timedelta(days=3 * n))]
            if n % 3:
                later.append((Stage.IMPLEMENTATION, D(2011, 8, 1) + datetime.timedelta(days=5 * n)))
                if n % 2 == 0:
                    later.append((Stage.COMPLETED, D(2012, 6, 15) + datetime.timedelta(days=2 * n)))
            for stage, date in later:
                StageChange.objects.create(replication=replication, stage=stage, date=date, **LAYER)
    return sample_counts()
