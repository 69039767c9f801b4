"""The local-government list: each local government with the practices it hosts and the
ones it replicates. It lives here, the first app that may name both (municipalities may not
name practices' relations, practices not the replications').
"""

from django.db.models import Prefetch
from django.shortcuts import render
from django.utils import translation

from municipalities.filters import LocalGovernmentFilter
from municipalities.models import LocalGovernment
from practices.downloads import spreadsheet
from practices.models import Practice
from replications import downloads, matching
from replications.models import Replication


def with_roles(local_governments):
    """What the local-government list and the map show of each place: its practices and replications."""
    return local_governments.select_related("country", "candidacy").prefetch_related(
        Prefetch("practices", queryset=Practice.objects.selected().order_by("number")),
        Prefetch("replications", queryset=Replication.objects.select_related("practice").order_by("practice__number")),
    )


def role(place):
    """A place's role in the programme, from what with_roles fetched: host, pilot or both."""
    hosts = bool(place.practices.all())
    pilots = getattr(place, "candidacy", None) is not None and place.candidacy.status == "selected"
    return "both" if hosts and pilots else "host" if hosts else "pilot"


def local_government_list(request):
    """Hosts and pilots by country, countries and names in the reader's order."""
    filterset = LocalGovernmentFilter(request.GET, queryset=LocalGovernment.objects.with_a_role())
    local_governments = list(with_roles(filterset.qs).in_reading_order(translation.get_language()))
    countries = {}
    for place in local_governments:
        place.role = role(place)
        countries.setdefault(place.country.code, (place.country, []))[1].append(place)
    order = [code for code, _name in filterset.filters["country"].extra["choices"]]
    return render(
        request,
        "municipalities/localgovernment_list.html",
        {
            "form": filterset.form,
            "ignored": filterset.ignored(),
            "local_governments": local_governments,
            "countries": [countries[code] for code in order if code in countries],
        },
    )


def local_government_download(request, file_format):
    """The directory as its page filters it, as CSV or XLSX."""
    filterset = LocalGovernmentFilter(request.GET, queryset=LocalGovernment.objects.with_a_role())
    local_governments = with_roles(filterset.qs).in_reading_order(translation.get_language())
    return spreadsheet("local-governments", *downloads.local_government_rows(local_governments), file_format)


def find_practice(request):
    """Find a practice for my municipality: a GET form, shareable by URL, and the ranked practices."""
    form = matching.MatchForm(request.GET)
    description = form.description() if request.GET else {}
    return render(
        request,
        "replications/find_practice.html",
        {
            "form": form if request.GET else matching.MatchForm(),
            "ignored": form.ignored() if request.GET else [],
            "cut": len(request.GET.get("q", "")) > matching.MAX_QUERY_LENGTH,
            "max_length": matching.MAX_QUERY_LENGTH,
            "described": bool(description),
            "matches": matching.ranked(description) if description else [],
            "contacts": matching.contacts(description.get("country")),
        },
    )
