"""The catalogue, a practice, the themes, and the local governments that host or replicate the practices.

The local-government list lives here, not in municipalities, because each entry shows the
practices it hosts and replicates: municipalities may not name practices' relations.
"""

from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, render
from django.utils import translation

from municipalities.filters import LocalGovernmentFilter
from municipalities.models import LocalGovernment
from practices.filters import PracticeFilter
from practices.models import Practice, Replication, Theme

PAGE_SIZE = 20


def practice_list(request):
    filterset = PracticeFilter(request.GET, queryset=Practice.objects.selected().for_cards())
    paginator = Paginator(filterset.qs, PAGE_SIZE)
    page = paginator.get_page(request.GET.get("page"))
    return render(
        request,
        "practices/practice_list.html",
        {
            "filterset": filterset,
            "page": page,
            "page_ignored": "page" in request.GET and str(page.number) != request.GET["page"],
            "ignored": filterset.ignored(),
            "facets": [
                ("theme", filterset.form["theme"], filterset.options("theme", "theme__number")),
                ("country", filterset.form["country"], filterset.options("country", "host__country__code")),
                ("kind", filterset.form["kind"], filterset.options("kind", "host__kind")),
            ],
            "query_string": _without_page(request.GET),
        },
    )


def _without_page(params):
    params = params.copy()
    params.pop("page", None)
    return params.urlencode()


def practice_detail(request, number):
    practice = get_object_or_404(Practice.objects.for_detail(), number=number)
    related = Practice.objects.selected().for_listing().filter(theme=practice.theme).exclude(pk=practice.pk)
    return render(request, "practices/practice_detail.html", {"practice": practice, "related": related})


def theme_list(request):
    return render(request, "practices/theme_list.html", {"themes": Theme.objects.with_selected_practices()})


# ---------------------------------------------------------------- local governments


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
    filterset = LocalGovernmentFilter(request.GET, queryset=LocalGovernment.objects.hosts_and_pilots())
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
