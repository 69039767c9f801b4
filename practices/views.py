"""The catalogue, a practice, the themes."""

from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render

from practices.filters import MAX_QUERY_LENGTH, PracticeFilter
from practices.models import Practice, Theme

PAGE_SIZE = 20


def practice_list(request):
    filterset = PracticeFilter(request.GET, queryset=Practice.objects.selected().for_listing())
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
    if "q" in params:
        params["q"] = params["q"][:MAX_QUERY_LENGTH]
    return params.urlencode()


def practice_detail(request, number):
    practice = get_object_or_404(Practice.objects.for_detail(), number=number)
    related = Practice.objects.selected().for_listing().filter(theme=practice.theme).exclude(pk=practice.pk)
    return render(request, "practices/practice_detail.html", {"practice": practice, "related": related})


def theme_list(request):
    return render(request, "practices/theme_list.html", {"themes": Theme.objects.with_selected_practices()})
