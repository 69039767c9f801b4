"""The local-government list's filters (?country=TH&role=pilot), and what every list's filters share."""

import django_filters
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from municipalities import roles
from municipalities.models import Country, LocalGovernment


class FilterSet(django_filters.FilterSet):
    """A list's filters: a value a filter does not understand is left out, and the page says so."""

    def ignored(self):
        """The parameters that were not understood, with why, to tell the reader."""
        if not self.is_bound:
            return []
        self.is_valid()
        return [(self.form.fields[name].label, errors[0]) for name, errors in self.form.errors.items()]


class LocalGovernmentFilter(FilterSet):
    country = django_filters.ChoiceFilter(
        label=_("Country"), field_name="country__code", empty_label=_("All countries")
    )
    # The roles are those the apps to the right registered (municipalities/roles.py): host, pilot.
    role = django_filters.ChoiceFilter(
        label=_("Role"),
        choices=lambda: [(role.slug, role.label) for role in roles.registered()],
        method="by_role",
        empty_label=_("Hosts and pilots"),
    )

    class Meta:
        model = LocalGovernment
        fields = ["country", "role"]

    def __init__(self, data=None, queryset=None, **kwargs):
        super().__init__(data, queryset, **kwargs)
        countries = Country.objects.in_reading_order(translation.get_language())
        self.filters["country"].extra["choices"] = [(c.code, c.name) for c in countries]

    def by_role(self, queryset, name, value: str):
        return queryset.with_role(value)
