"""The local-government list: each local government with the practices it hosts and the
ones it replicates. It lives here, the first app that may name both (municipalities may not
name practices' relations, practices not the replications').
"""

from django.db.models import Prefetch
from django.shortcuts import render
from django.utils import translation

from municipalities.filters import LocalGovernmentFilter
from municipalities.models import LocalGovernment
from practices.models import Practice
from replications.models import Replication


def with_roles(local_governments):
    """What the local-government list and the map show of each place: its practices and replications."""
    return local_governments.select_related("country", "candidacy").prefetch_related(
        Prefetch("practices", queryset=Practice.objects.selected().order_by("number")),
        Prefetch("replications", queryset=Replication.objects.select_related("practice").order_by("practice__number")),
    )


def local_government_list(request):
    filterset = LocalGovernmentFilter(request.GET, queryset=LocalGovernment.objects.hosts_and_pilots())
    local_governments = with_roles(filterset.qs).in_reading_order(translation.get_language())
    return render(
        request,
        "municipalities/localgovernment_list.html",
        {"form": filterset.form, "ignored": filterset.ignored(), "local_governments": local_governments},
    )
