"""The open-data API, /api/v1/: read-only, anonymous, rate-limited and cacheable.

Each list filters with the public page's own FilterSet (the same parameters give the same
records), pages 20 at a time as the catalogue does, and keeps a fixed order. The language
comes from ?lang=th|en, else Accept-Language; both languages are always in the payload.
"""

import django_filters
from django.conf import settings
from django.db.models import Prefetch
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import viewsets
from rest_framework.pagination import PageNumberPagination

from monitoring.models import ExpectedResult, Indicator
from municipalities.filters import FilterSet, LocalGovernmentFilter
from municipalities.models import LocalGovernment
from opendata import serializers
from opendata.throttling import AnonymousThrottle
from practices.filters import PracticeFilter
from practices.models import Practice, Theme
from practices.views import PAGE_SIZE
from replications.models import Replication, StageChange
from replications.views import with_roles
from training.models import Event

# How long a reader (or a cache between) may keep an answer: the records change a few times a day.
MAX_AGE = 300

LANGUAGE_PARAMETER = OpenApiParameter(
    "lang",
    OpenApiTypes.STR,
    enum=[code for code, _name in settings.LANGUAGES],
    description=_(
        "The language of the untagged fields (else Accept-Language); the _th and _en fields are always there."
    ),
)


class Pages(PageNumberPagination):
    page_size = PAGE_SIZE


class ReadOnlyViewSet(viewsets.ReadOnlyModelViewSet):
    authentication_classes = []
    permission_classes = []
    throttle_classes = [AnonymousThrottle]
    pagination_class = Pages
    filter_backends = [DjangoFilterBackend]

    def initial(self, request, *args, **kwargs):
        language = request.query_params.get("lang")
        if language in dict(settings.LANGUAGES):
            translation.activate(language)
            request.LANGUAGE_CODE = language
        super().initial(request, *args, **kwargs)

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if response.status_code == 200:
            patch_cache_control(response, public=True, max_age=MAX_AGE)
        return response


def documented(name, plural):
    """The list and detail operations' summaries, in the reader's language on the docs page."""
    return extend_schema_view(
        list=extend_schema(summary=plural, parameters=[LANGUAGE_PARAMETER]),
        retrieve=extend_schema(summary=name, parameters=[LANGUAGE_PARAMETER]),
    )


@documented(_("One theme"), _("The four themes"))
class ThemeViewSet(ReadOnlyViewSet):
    queryset = Theme.objects.order_by("number")
    serializer_class = serializers.ThemeSerializer
    lookup_field = "number"
    lookup_value_regex = r"\d+"


@documented(_("One best practice"), _("The best practices, filtered as in the catalogue"))
class PracticeViewSet(ReadOnlyViewSet):
    queryset = Practice.objects.selected().for_listing().order_by("number")
    serializer_class = serializers.PracticeSerializer
    filterset_class = PracticeFilter
    lookup_field = "number"
    lookup_value_regex = r"\d+"


@documented(_("One local government"), _("The hosts and pilots, filtered as in the directory"))
class LocalGovernmentViewSet(ReadOnlyViewSet):
    queryset = with_roles(LocalGovernment.objects.with_a_role()).order_by("country__code", "slug")
    serializer_class = serializers.LocalGovernmentSerializer
    filterset_class = LocalGovernmentFilter
    lookup_field = "slug"


class ReplicationFilter(FilterSet):
    """No page lists the replications; these name a practice, its theme or the pilot's country."""

    practice = django_filters.NumberFilter(label=_("Best practice"), field_name="practice__number")
    theme = django_filters.NumberFilter(label=_("Theme"), field_name="practice__theme__number")
    country = django_filters.CharFilter(label=_("Country"), field_name="pilot__country__code")

    class Meta:
        model = Replication
        fields = ["practice", "theme", "country"]


@documented(_("One replication"), _("The pilots' replications of the best practices, with their stage history"))
class ReplicationViewSet(ReadOnlyViewSet):
    queryset = (
        Replication.objects.with_current_stage()
        .select_related("practice", "pilot__country")
        .prefetch_related(Prefetch("stage_changes", queryset=StageChange.objects.order_by("rank")))
        .order_by("practice__number", "pilot__slug", "pk")
    )
    serializer_class = serializers.ReplicationSerializer
    filterset_class = ReplicationFilter


@documented(_("One event"), _("The events, with how many women and men took part"))
class EventViewSet(ReadOnlyViewSet):
    queryset = serializers.with_participant_counts(
        Event.objects.select_related("country").prefetch_related("practices")
    ).order_by("start_date", "slug")
    serializer_class = serializers.EventSerializer
    lookup_field = "slug"


def indicators():
    # Their targets and values come from monitoring.reporting (IndicatorSerializer), not from these rows.
    return Indicator.objects.select_related("expected_result", "programme").order_by("code")


@documented(_("One expected result"), _("The logframe: expected results with their indicators"))
class ExpectedResultViewSet(ReadOnlyViewSet):
    queryset = ExpectedResult.objects.prefetch_related(Prefetch("indicators", queryset=indicators())).order_by("number")
    serializer_class = serializers.ExpectedResultSerializer
    lookup_field = "number"
    lookup_value_regex = r"\d+"


@documented(_("One indicator"), _("The indicators with their baselines, targets per period and values"))
class IndicatorViewSet(ReadOnlyViewSet):
    queryset = indicators()
    serializer_class = serializers.IndicatorSerializer
    lookup_field = "code"
