"""The programme page, and each local government's page.

A local government's page lives here, not in municipalities, because it shows its
replication's stage, coaches, events and logbook: only monitoring may name them all.
"""

from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, render

from monitoring.models import Activity, Programme
from municipalities.models import LocalGovernment, Organisation
from practices.models import Practice
from replications.models import CoachAssignment, LogbookEntry, Replication
from training.models import Event


def programme(request):
    programme = Programme.objects.prefetch_related(
        "objectives",
        "target_groups",
        "expected_results",
        "milestones",
        Prefetch("phases__activities", queryset=Activity.objects.order_by("number")),
    ).first()
    partners = Organisation.objects.filter(kind__in=Organisation.PROGRAMME_ROLES).prefetch_related("partner_in")
    events = Event.objects.select_related("country").order_by("start_date")
    return render(
        request,
        "monitoring/programme.html",
        {"programme": programme, "partners": partners.order_by("kind", "acronym"), "events": events},
    )


def local_government_detail(request, slug):
    replications = (
        Replication.objects.with_current_stage()
        .select_related("practice__host__country")
        .prefetch_related(
            Prefetch(
                "coach_assignments",
                queryset=CoachAssignment.objects.select_related("coach__person", "coach__association"),
            ),
            Prefetch("events", queryset=Event.objects.select_related("country").order_by("start_date")),
            Prefetch("logbook_entries", queryset=LogbookEntry.objects.order_by("-period_start")),
        )
    )
    local_government = get_object_or_404(
        LocalGovernment.objects.select_related("country", "association", "candidacy").prefetch_related(
            Prefetch("practices", queryset=Practice.objects.selected().select_related("theme").order_by("number")),
            Prefetch("replications", queryset=replications),
        ),
        slug=slug,
    )
    return render(request, "municipalities/localgovernment_detail.html", {"local_government": local_government})
