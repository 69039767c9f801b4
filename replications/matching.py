"""Find a practice for my municipality: the selected practices ranked for an officer's description.

Each reason is a named rule with its weight; a practice's score is the sum of its reasons'
weights, and the page shows the reasons in words. It lives here, not in practices, because
one reason ("already replicated in your country") reads the replications.
"""

import dataclasses

from django import forms
from django.contrib.postgres.search import TrigramWordSimilarity
from django.db.models import BooleanField, ExpressionWrapper, Prefetch, Q
from django.db.models.functions import Greatest
from django.utils import formats, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from municipalities.models import Country, LocalGovernment, Organisation
from practices.filters import MAX_QUERY_LENGTH, SIMILARITY, SearchField
from practices.models import Practice, Theme
from replications.models import Replication

MAX_POPULATION = 200_000_000
# A host is "of similar size" when the larger population is at most this many times the smaller.
SIMILAR_SIZE_RATIO = 2
# The programme's countries that share a land border (geography, not programme data).
NEIGHBOURS = {"TH": {"KH"}, "KH": {"TH", "VN"}, "VN": {"KH"}}
# Words too short or too common to tell practices apart.
MIN_WORD_LENGTH = 3
MAX_WORDS = 10
STOP_WORDS = {"the", "and", "for", "with", "our", "from", "that", "this", "are", "have", "has", "not", "how"}

WEIGHTS = {
    "theme": 3,
    "words": 3,
    "replicated": 2,
    "size": 2,
    "same-country": 2,
    "neighbour": 1,
    "kind": 1,
}


class CutSearchField(SearchField):
    """The officer's own words: cut to the catalogue's limit rather than refused."""

    def to_python(self, value):
        return super().to_python(value)[:MAX_QUERY_LENGTH]


class MatchForm(forms.Form):
    country = forms.ChoiceField(label=gettext_lazy("Your country"), required=False)
    kind = forms.ChoiceField(
        label=gettext_lazy("Kind of local government"),
        required=False,
        choices=[("", gettext_lazy("Any kind")), *LocalGovernment.Kind.choices],
    )
    population = forms.IntegerField(
        label=gettext_lazy("Population"), required=False, min_value=0, max_value=MAX_POPULATION
    )
    theme = forms.ChoiceField(label=gettext_lazy("Theme"), required=False)
    q = CutSearchField(label=gettext_lazy("The problem or goal, in your own words"), required=False, max_length=None)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        countries = Country.objects.in_reading_order(translation.get_language())
        self.fields["country"].choices = [("", _("Choose a country")), *((c.code, c.name) for c in countries)]
        self.fields["theme"].choices = [("", _("Any theme")), *((str(t.number), str(t)) for t in Theme.objects.all())]

    def ignored(self):
        """What of the query string could not be used, as (label, message)."""
        return [(self.fields[name].label, errors[0]) for name, errors in self.errors.items()]

    def description(self):
        """The usable part of the description: every valid field, the invalid ones left out."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value not in ("", None)}


@dataclasses.dataclass
class Match:
    practice: Practice
    reasons: list
    score: int


def words_of(text):
    words = [word for word in text.lower().split() if len(word) >= MIN_WORD_LENGTH and word not in STOP_WORDS]
    return list(dict.fromkeys(words))[:MAX_WORDS]


def similar_size(one, other):
    if one is None or other is None or min(one, other) <= 0:
        return False
    return max(one, other) <= SIMILAR_SIZE_RATIO * min(one, other)


def ranked(description):
    """The selected practices that have at least one reason, best first (then by number)."""
    words = words_of(description.get("q", ""))
    practices = (
        Practice.objects.selected()
        .select_related("theme", "host__country")
        .prefetch_related(Prefetch("replications", queryset=Replication.objects.select_related("pilot__country")))
    )
    for i, word in enumerate(words):
        contains = Q(search_th__contains=word) | Q(search_en__contains=word)
        practices = practices.annotate(**{f"word_{i}": ExpressionWrapper(contains, output_field=BooleanField())})
    text = " ".join(words)
    if text:
        practices = practices.annotate(
            similarity=Greatest(TrigramWordSimilarity(text, "search_th"), TrigramWordSimilarity(text, "search_en"))
        )
    matches = []
    for practice in practices.order_by("number"):
        reasons = list(reasons_for(practice, description, words))
        if reasons:
            matches.append(Match(practice, [text for _key, text in reasons], sum(WEIGHTS[key] for key, _t in reasons)))
    return sorted(matches, key=lambda match: (-match.score, match.practice.number))


def reasons_for(practice, description, words):
    """(key, reason in words) for each reason the practice suits the described municipality."""
    host, country = practice.host, description.get("country")
    if description.get("theme") == str(practice.theme.number):
        yield "theme", _("Same theme: %(theme)s.") % {"theme": practice.theme}
    found = [word for i, word in enumerate(words) if getattr(practice, f"word_{i}")]
    if found:
        yield "words", _("Your words are in its description: %(words)s.") % {"words": ", ".join(found)}
    elif words and practice.similarity >= SIMILARITY:
        yield "words", _("Words like yours are in its description.")
    if country:
        pilots = [r.pilot for r in practice.replications.all() if r.pilot.country.code == country]
        if pilots:
            yield (
                "replicated",
                _("Already replicated in your country, by %(pilots)s.") % {"pilots": ", ".join(str(p) for p in pilots)},
            )
    if similar_size(description.get("population"), host.population):
        yield (
            "size",
            _("A host of similar size: %(host)s has %(population)s people.")
            % {"host": host, "population": formats.number_format(host.population, force_grouping=True)},
        )
    if country and host.country.code == country:
        yield "same-country", _("A host nearby, in your country: %(host)s.") % {"host": host}
    elif country and host.country.code in NEIGHBOURS.get(country, ()):
        yield (
            "neighbour",
            _("A host nearby, in a neighbouring country: %(host)s, %(country)s.")
            % {"host": host, "country": host.country},
        )
    if description.get("kind") == host.kind:
        yield "kind", _("A host of the same kind: %(kind)s.") % {"kind": host.get_kind_display()}


def contacts(country_code):
    """Whom to ask: the national local-government associations that are partners in the country."""
    if not country_code:
        return Organisation.objects.none()
    return Organisation.objects.filter(kind=Organisation.Kind.ASSOCIATION, partner_in__code=country_code).distinct()
