"""The practice catalogue's filters: theme, country, kind of host, and a keyword search."""

import django_filters
from django import forms
from django.contrib.postgres.search import TrigramWordSimilarity
from django.db.models import Count, Q
from django.db.models.functions import Greatest
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from municipalities.filters import FilterSet
from municipalities.models import Country, LocalGovernment
from practices.models import Practice, Theme

MAX_QUERY_LENGTH = 200
# How alike a search word and a word of the text must be to count as a match (pg_trgm's
# word similarity, 0 to 1): 0.4 forgives a typo or two in a word of six letters.
SIMILARITY = 0.4


class SearchField(forms.CharField):
    """A search box's text: NUL bytes removed (PostgreSQL refuses them), spaces folded."""

    def to_python(self, value):
        value = super().to_python(value).replace("\x00", "")
        return " ".join(value.split())

    def prepare_value(self, value):
        # A search too long to be used is not run, and shown again only up to the limit.
        return value[:MAX_QUERY_LENGTH] if isinstance(value, str) else value

    def validate(self, value):
        super().validate(value)
        if len(value) > MAX_QUERY_LENGTH:
            raise forms.ValidationError(
                _("The search was too long; use at most %(max)s characters."), params={"max": MAX_QUERY_LENGTH}
            )


class SearchFilter(django_filters.CharFilter):
    field_class = SearchField


class PracticeFilter(FilterSet):
    """Each filter is a query-string parameter: ?theme=3&country=PH&kind=city&q=wetland."""

    q = SearchFilter(label=_("Search"), method="search")
    theme = django_filters.ChoiceFilter(label=_("Theme"), field_name="theme__number", empty_label=_("All themes"))
    country = django_filters.ChoiceFilter(
        label=_("Country"), field_name="host__country__code", empty_label=_("All countries")
    )
    kind = django_filters.ChoiceFilter(
        label=_("Kind of host"),
        field_name="host__kind",
        choices=LocalGovernment.Kind.choices,
        empty_label=_("All kinds"),
    )

    class Meta:
        model = Practice
        fields = ["q", "theme", "country", "kind"]

    def __init__(self, data=None, queryset=None, **kwargs):
        super().__init__(data, queryset, **kwargs)
        self.filters["theme"].extra["choices"] = [(str(t.number), str(t)) for t in Theme.objects.all()]
        countries = Country.objects.in_reading_order(translation.get_language())
        self.filters["country"].extra["choices"] = [(c.code, c.name) for c in countries]

    def search(self, queryset, name, value):
        """Practices whose text contains the search; only when none does, those with a word like it.

        Containment finds a Thai word inside unspaced Thai text; word similarity forgives a
        typo, but would also bring near-misses (สาธารณะ for สาธารณสุข) next to exact matches.
        """
        if not value:
            return queryset
        text = value.lower()
        contains = Q(search_th__contains=text) | Q(search_en__contains=text)
        if self._any_contains(contains):
            return queryset.filter(contains)
        return (
            queryset.annotate(
                similarity=Greatest(TrigramWordSimilarity(text, "search_th"), TrigramWordSimilarity(text, "search_en"))
            )
            .filter(similarity__gte=SIMILARITY)
            .order_by("-similarity", "number")
        )

    def _any_contains(self, contains):
        # Decided once over the whole catalogue, so that the list and every count agree.
        if not hasattr(self, "_contains_found"):
            self._contains_found = self.queryset.filter(contains).exists()
        return self._contains_found

    def options(self, name, group_by):
        """A filter's choices as (value, label, count, selected), counts as `counts` gives them."""
        counts = self.counts(name, group_by)
        current = self.form[name].value() if self.is_bound and name not in self.form.errors else ""
        return [
            (value, label, counts.get(value, 0), value == current)
            for value, label in self.filters[name].field.choices
            if value
        ]

    def counts(self, name, group_by):
        """For one filter, how many practices each of its choices would give with the other filters kept."""
        self.is_valid()
        queryset = self.queryset.all()
        for other, value in self.form.cleaned_data.items():
            if other != name:
                queryset = self.filters[other].filter(queryset, value)
        rows = queryset.order_by().values(group_by).annotate(n=Count("pk", distinct=True))
        return {str(row[group_by]): row["n"] for row in rows}
