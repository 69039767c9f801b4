"""Pages that span several apps: home and the map.

The local-government pages live where their data lets them: the list in replications/views.py,
each local government's page in monitoring/views.py.
"""

from django.shortcuts import render
from django.utils import translation

from delgosea import map as southeast_asia
from monitoring.models import Programme
from municipalities.models import Country, LocalGovernment, reading_order
from practices.models import Theme
from replications.views import with_roles

# ---------------------------------------------------------------------------- home


def home(request):
    themes = list(Theme.objects.with_selected_practices())
    return render(
        request,
        "home.html",
        {
            "programme": Programme.objects.first(),
            "themes": themes,
            "practice_count": sum(len(theme.selected_practices) for theme in themes),
            "pilot_count": LocalGovernment.objects.pilots().count(),
            "countries": Country.objects.in_reading_order(translation.get_language()),
        },
    )


# --------------------------------------------------------------------------- map


def map_page(request):
    countries = list(Country.objects.in_reading_order(translation.get_language()))
    places = list(
        with_roles(LocalGovernment.objects.hosts_and_pilots()).order_by(
            "country__code", *reading_order("name", translation.get_language())
        )
    )
    by_country = {country.code: [] for country in countries}
    for place in places:
        by_country[place.country.code].append(place)
    markers = [
        {"place": place, "xy": southeast_asia.project(place.longitude, place.latitude)}
        for place in places
        if place.latitude is not None
    ]
    names = {country.code: country for country in countries}
    return render(
        request,
        "map.html",
        {
            "viewbox": southeast_asia.viewbox(),
            "outlines": [
                {**outline, "country": names.get(outline["code"]), "count": len(by_country.get(outline["code"], []))}
                for outline in southeast_asia.outlines()
            ],
            "markers": markers,
            "groups": [(country, by_country[country.code]) for country in countries if by_country[country.code]],
            "unplaced": len(places) - len(markers),
        },
    )
