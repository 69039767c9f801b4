"""What the open-data API tells of each record: public facts only, never a person.

A translated field comes three times: in the language the request asked for (with the other
as fallback, as on the pages), and in Thai and in English, so both are always in the payload.
Source notes, people, logbooks and who reported a value stay out.
"""

from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from monitoring.models import ExpectedResult, Indicator, IndicatorValue
from municipalities.models import Country, LocalGovernment
from practices.models import CASE_SECTIONS, Practice, Theme
from replications.models import Replication, StageChange
from training.models import Event


def both(*fields):
    """A translated field's names: in the asked language, in Thai, in English."""
    return [name for field in fields for name in (field, f"{field}_th", f"{field}_en")]


class CountrySerializer(serializers.ModelSerializer):
    class Meta:
        model = Country
        fields = ["code", *both("name")]


class ThemeSerializer(serializers.ModelSerializer):
    class Meta:
        model = Theme
        fields = ["number", *both("title", "description")]


class ThemeBriefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Theme
        fields = ["number", *both("title")]


class LocalGovernmentBriefSerializer(serializers.ModelSerializer):
    country = serializers.SlugRelatedField(slug_field="code", read_only=True)

    class Meta:
        model = LocalGovernment
        fields = ["slug", *both("name"), "kind", "country"]


class PracticeSerializer(serializers.ModelSerializer):
    theme = ThemeBriefSerializer(read_only=True)
    host = LocalGovernmentBriefSerializer(read_only=True)

    class Meta:
        model = Practice
        fields = ["number", "theme", "host", *both("title", "summary", *CASE_SECTIONS)]


class LocalGovernmentSerializer(serializers.ModelSerializer):
    country = CountrySerializer(read_only=True)
    roles = serializers.SerializerMethodField(
        help_text=_("“host” when it hosts a selected best practice, “pilot” when it was selected as a pilot.")
    )
    hosts = serializers.SerializerMethodField(help_text=_("The numbers of the best practices it hosts."))
    replicates = serializers.SerializerMethodField(help_text=_("The numbers of the best practices it replicates."))

    class Meta:
        model = LocalGovernment
        fields = [
            "slug",
            *both("name", "province"),
            "kind",
            "country",
            "latitude",
            "longitude",
            "population",
            "population_year",
            "website",
            "roles",
            "hosts",
            "replicates",
        ]

    def get_roles(self, local_government) -> list[str]:
        roles = ["host"] if local_government.practices.all() else []
        candidacy = getattr(local_government, "candidacy", None)
        if candidacy is not None and candidacy.status == candidacy.Status.SELECTED:
            roles.append("pilot")
        return roles

    def get_hosts(self, local_government) -> list[int]:
        return [practice.number for practice in local_government.practices.all()]

    def get_replicates(self, local_government) -> list[int]:
        return [replication.practice.number for replication in local_government.replications.all()]


class StageChangeSerializer(serializers.ModelSerializer):
    """A stage the replication reached (or left out), and when; not who recorded it."""

    class Meta:
        model = StageChange
        fields = ["stage", "date", "skipped"]


class ReplicationSerializer(serializers.ModelSerializer):
    practice = serializers.SlugRelatedField(slug_field="number", read_only=True)
    pilot = LocalGovernmentBriefSerializer(read_only=True)
    stage = serializers.ChoiceField(
        source="current_stage", choices=StageChange._meta.get_field("stage").choices, read_only=True, allow_null=True
    )
    stage_history = StageChangeSerializer(source="stage_changes", many=True, read_only=True)

    class Meta:
        model = Replication
        fields = [
            "id",
            "practice",
            "pilot",
            "stage",
            "stage_history",
            "start_date",
            "end_date",
            *both("transfer_concept"),
        ]


class ParticipantsSerializer(serializers.Serializer):
    """How many people attended, by sex; never who."""

    female = serializers.IntegerField()
    male = serializers.IntegerField()
    unstated = serializers.IntegerField()
    total = serializers.IntegerField()


def with_participant_counts(events):
    attended = Q(participations__attended=True)
    return events.annotate(
        participants_female=Count("participations", filter=attended & Q(participations__person__sex="female")),
        participants_male=Count("participations", filter=attended & Q(participations__person__sex="male")),
        participants_unstated=Count("participations", filter=attended & Q(participations__person__sex="unstated")),
        participants_total=Count("participations", filter=attended),
    )


class EventSerializer(serializers.ModelSerializer):
    country = serializers.SlugRelatedField(slug_field="code", read_only=True)
    practices = serializers.SlugRelatedField(slug_field="number", many=True, read_only=True)
    participants = serializers.SerializerMethodField()

    class Meta:
        model = Event
        fields = [
            "slug",
            *both("title"),
            "kind",
            "start_date",
            "end_date",
            *both("place"),
            "country",
            *both("description"),
            "practices",
            "participants",
        ]

    @extend_schema_field(ParticipantsSerializer)
    def get_participants(self, event):
        return {sex: getattr(event, f"participants_{sex}") for sex in ("female", "male", "unstated", "total")}


class IndicatorValueSerializer(serializers.ModelSerializer):
    class Meta:
        model = IndicatorValue
        fields = ["as_of", "value", "female", "male"]


class IndicatorSerializer(serializers.ModelSerializer):
    result = serializers.SlugRelatedField(source="expected_result", slug_field="number", read_only=True)
    values = IndicatorValueSerializer(many=True, read_only=True)

    class Meta:
        model = Indicator
        fields = [
            "code",
            "result",
            *both("name", "unit"),
            "baseline",
            "target",
            "target_comparison",
            "target_date",
            "counted_by_sex",
            "values",
        ]


class ExpectedResultSerializer(serializers.ModelSerializer):
    indicators = IndicatorSerializer(many=True, read_only=True)

    class Meta:
        model = ExpectedResult
        fields = ["number", *both("text"), "indicators"]
