"""Pages that span several apps: home, the local governments, the map."""

from django import forms
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, render
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from delgosea import map as southeast_asia
from kernel.ordering import reading_order
from monitoring.models import Programme, ProgressReport
from municipalities.models import Country, LocalGovernment
from practices.models import Practice, Replication, Theme
from training.models import CoachAssignment, Event

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
            "pilot_count": LocalGovernment.objects.with_role("pilot").count(),
            "countries": Country.objects.in_reading_order(translation.get_language()),
        },
    )


# ---------------------------------------------------------------- local governments

ROLES = [("host", _("Hosts a best practice")), ("pilot", _("Pilot"))]


class DirectoryForm(forms.Form):
    """The directory's filters: ?country=TH&role=pilot. A value it does not know is ignored."""

    country = forms.ChoiceField(label=_("Country"), required=False)
    role = forms.ChoiceField(label=_("Role"), required=False, choices=[("", _("Hosts and pilots")), *ROLES])

    def __init__(self, *args, countries, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = [("", _("All countries")), *((c.code, c.name) for c in countries)]

    def ignored(self):
        self.is_valid()
        return [(self.fields[name].label, errors[0]) for name, errors in self.errors.items()]

    def filter(self, local_governments):
        self.is_valid()  # the fields that did not validate are left out of cleaned_data
        data = self.cleaned_data
        if data.get("role"):
            local_governments = local_governments.with_role(data["role"])
        else:
            local_governments = local_governments.with_a_role()
        if data.get("country"):
            local_governments = local_governments.filter(country__code=data["country"])
        return local_governments


def with_roles(local_governments):
    """What the directory and the map show of each place: its practices and replications."""
    return local_governments.select_related("country", "candidacy").prefetch_related(
        Prefetch("practices", queryset=Practice.objects.selected().order_by("number")),
        Prefetch("replications", queryset=Replication.objects.select_related("practice").order_by("practice__number")),
    )


def local_government_list(request):
    form = DirectoryForm(request.GET, countries=Country.objects.in_reading_order(translation.get_language()))
    local_governments = with_roles(form.filter(LocalGovernment.objects.all())).in_reading_order(
        translation.get_language()
    )
    return render(
        request,
        "municipalities/localgovernment_list.html",
        {"form": form, "ignored": form.ignored(), "local_governments": local_governments},
    )


def local_government_detail(request, slug):
    replications = Replication.objects.select_related("practice__host__country").prefetch_related(
        Prefetch(
            "coach_assignments", queryset=CoachAssignment.objects.select_related("coach__person", "coach__association")
        ),
        Prefetch("events", queryset=Event.objects.select_related("country").order_by("start_date")),
        Prefetch("progress_reports", queryset=ProgressReport.objects.order_by("-period_start")),
    )
    local_government = get_object_or_404(
        LocalGovernment.objects.select_related("country", "association", "candidacy").prefetch_related(
            Prefetch("practices", queryset=Practice.objects.selected().select_related("theme").order_by("number")),
            Prefetch("replications", queryset=replications),
        ),
        slug=slug,
    )
    return render(request, "municipalities/localgovernment_detail.html", {"local_government": local_government})


# --------------------------------------------------------------------------- map


def map_page(request):
    countries = list(Country.objects.in_reading_order(translation.get_language()))
    places = list(
        with_roles(LocalGovernment.objects.with_a_role()).order_by(
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
