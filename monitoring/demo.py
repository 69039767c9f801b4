"""A sample layer over the programme's facts, so that the dashboard can be seen full.

``load`` adds coaches (trained at the training of coaches and assigned to each replication),
officials at the events, logbook entries, stage changes after the seeded working agreements
and indicator values; every row it writes is marked ``source="sample"``, and the dashboard
badges them. ``clear`` removes exactly those rows. The facts themselves are never changed.
"""

import datetime

from django.db import transaction

from monitoring.models import IndicatorValue
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


def sample_counts():
    return {model._meta.label: model.objects.filter(source=SAMPLE).count() for model in MODELS}


@transaction.atomic
def clear():
    """Remove every sample row the layer writes; the facts stay as they are."""
    for model in MODELS:
        model.objects.filter(source=SAMPLE).delete()


def association_for(pilot):
    if pilot.association_id:
        return pilot.association
    return Organisation.objects.filter(kind=Organisation.Kind.ASSOCIATION, country=pilot.country_id).first()


@transaction.atomic
def load():
    """The sample layer, afresh (a second load replaces the first)."""
    clear()
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
                source=SAMPLE,
            )
            Participation.objects.create(person=person, event=training, role=Participation.Role.TRAINEE, source=SAMPLE)
            coach = Coach.objects.create(person=person, association=association, qualified_at=training, source=SAMPLE)
            CoachAssignment.objects.create(
                coach=coach, replication=replication, start_date=D(2010, 12, 1), source=SAMPLE
            )
        for k, group in enumerate(GROUPS):
            official = Person.objects.create(
                name_en=f"Sample official {n}.{k + 1}",
                name_th=f"เจ้าหน้าที่ตัวอย่าง {n}.{k + 1}",
                sex=Person.Sex.MALE if (n + k) % 3 == 0 else Person.Sex.FEMALE,
                local_government=pilot,
                source=SAMPLE,
            )
            event = national.get(pilot.country_id, final_conference)
            Participation.objects.create(person=official, event=event, target_group=group, source=SAMPLE)
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
                source=SAMPLE,
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
                StageChange.objects.create(replication=replication, stage=stage, date=date, source=SAMPLE)
    return sample_counts()
