from django.apps import AppConfig
from django.core.exceptions import ObjectDoesNotExist
from django.db.models import Prefetch, Q
from django.utils.translation import gettext_lazy as _

from kernel import related
from municipalities import roles


class ReplicationsConfig(AppConfig):
    name = "replications"
    verbose_name = _("Transfer to the pilots")

    def ready(self):
        from replications.models import PilotCandidacy, Replication

        # A local government's role that this app's relations tell (municipalities/roles.py).
        roles.register("pilot", _("Pilot"), lambda: Q(candidacy__status=PilotCandidacy.Status.SELECTED))
        # What a practice's catalogue card (practices, to the left) shows of this app: the pilots that replicated it.
        related.register(
            "practices.Practice",
            "cards",
            prefetch=lambda: Prefetch(
                "replications",
                queryset=Replication.objects.select_related("pilot__country").order_by("pilot__slug"),
            ),
        )
        # A practice's page: each pilot with its current stage, recognition, coaches and events,
        # and the events about the practice or its replications in one list (practice.all_events).
        related.register("practices.Practice", "detail", prefetch=_detail_replications)
        related.register_attach("practices.Practice", "detail", _attach_events_and_awards)


def _detail_replications():
    from replications.models import CoachAssignment, Replication
    from training.models import Event

    return Prefetch(
        "replications",
        queryset=Replication.objects.with_current_stage()
        .select_related("pilot__country", "pilot__candidacy")
        .prefetch_related(
            Prefetch(
                "coach_assignments",
                queryset=CoachAssignment.objects.select_related("coach__person", "coach__association"),
            ),
            Prefetch("events", queryset=Event.objects.order_by("start_date")),
        )
        .order_by("pilot__slug"),
    )


def _attach_events_and_awards(practices):
    """Each practice's ``all_events``: the events about it or about one of its pilots' replications,
    once each, by date (one query a practice; a page shows one); and ``awarded_replications``:
    its pilots recognised at the final conference."""
    from training.models import Event

    for practice in practices:
        practice.awarded_replications = [
            replication
            for replication in practice.replications.all()
            if getattr(_candidacy(replication.pilot), "recognition", "")
        ]
        practice.all_events = list(
            Event.objects.filter(Q(practices=practice) | Q(replications__practice=practice))
            .select_related("country")
            .distinct()
            .order_by("start_date", "pk")
        )


def _candidacy(pilot):
    try:
        return pilot.candidacy
    except ObjectDoesNotExist:
        return None
