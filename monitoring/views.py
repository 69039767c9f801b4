from django.db.models import Prefetch
from django.shortcuts import render

from monitoring.models import Activity, Programme
from municipalities.models import Organisation
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
