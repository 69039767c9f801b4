"""Pages that span several apps: home and the map.

The local-government pages live where their data lets them: the list in replications/views.py,
each local government's page in monitoring/views.py.
"""

from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views import static
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from delgosea import map as southeast_asia
from kernel.ordering import reading_order
from monitoring.models import Programme
from municipalities.models import Country, LocalGovernment
from practices import share
from practices.models import Theme
from replications.views import role, with_roles

# ---------------------------------------------------------------------------- home


@cache_control(public=True, max_age=86400)
def share_image(request):
    """The card a shared link to any page without its own shows (og:image)."""
    programme = Programme.objects.first()
    title = programme.name if programme else "DELGOSEA"
    footer = _("Best practices of local governance in five countries of Southeast Asia")
    return HttpResponse(share.image(title, "DELGOSEA", footer), content_type="image/png")


def home(request):
    themes = list(Theme.objects.with_selected_practices())
    return render(
        request,
        "home.html",
        {
            "programme": Programme.objects.first(),
            "themes": themes,
            "practice_count": sum(len(theme.selected_practices) for theme in themes),
            "pilot_count": LocalGovernment.objects.with_role("pilot").count(),
            "countries": Country.objects.in_reading_order(translation.get_language()),
        },
    )


# --------------------------------------------------------------------------- map


def map_page(request):
    """The five countries with a dot for each host and pilot; ?country=TH zooms to one country."""
    countries = list(Country.objects.in_reading_order(translation.get_language()))
    names = {country.code: country for country in countries}
    zoomed = names.get(request.GET.get("country", ""))
    box = southeast_asia.zoom_box(zoomed.code) if zoomed else southeast_asia.full_box()
    factor = southeast_asia.zoom_factor(box)
    places = list(
        with_roles(LocalGovernment.objects.with_a_role()).order_by(
            "country__code", *reading_order("name", translation.get_language())
        )
    )
    by_country = {country.code: [] for country in countries}
    for place in places:
        by_country[place.country.code].append(place)
    markers = [
        {
            "place": place,
            "role": role(place),
            "shape": southeast_asia.marker(
                role(place),
                *southeast_asia.project(place.longitude, place.latitude),
                southeast_asia.MARKER_SIZE * factor,
            ),
        }
        for place in places
        if place.latitude is not None
    ]
    labels = []
    for outline in southeast_asia.outlines():
        label = southeast_asia.label(outline["code"])
        if label and outline["code"] in names:
            x, y, size = label
            labels.append({"country": names[outline["code"]], "x": x, "y": y, "size": round(size * factor, 2)})
    return render(
        request,
        "map.html",
        {
            "viewbox": southeast_asia.viewbox(box),
            "outlines": [{**outline, "country": names.get(outline["code"])} for outline in southeast_asia.outlines()],
            "labels": labels,
            "legend": [southeast_asia.marker(kind, 8, 8, 5) for kind in ("host", "pilot", "both")],
            "markers": markers,
            "zoomed": zoomed,
            "countries": [country for country in countries if by_country[country.code]],
            "groups": [(country, by_country[country.code]) for country in countries if by_country[country.code]],
            "unplaced": len(places) - len(markers),
        },
    )


# ------------------------------------------------------------------ uploaded files


@require_safe
def media(request, path):
    """An uploaded photo or document, from MEDIA_ROOT, in production as in development.

    Django's static.serve keeps the path inside MEDIA_ROOT, sets the type, length and
    Last-Modified and answers If-Modified-Since with a 304; uploads never change under
    their name (a new upload gets a new one), so browsers may keep them for a day.
    """
    response = static.serve(request, path, document_root=settings.MEDIA_ROOT)
    response["Cache-Control"] = "public, max-age=86400"
    return response
