"""What the open-data API tells of each record: public facts only, never a person.

A translated field comes three times: in the language the request asked for (with the other
as fallback, as on the pages), and in Thai and in English, so both are always in the payload.
Source notes, people, logbooks and who reported a value stay out.
"""

from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from monitoring import reporting
from monitoring.models import ExpectedResult, Indicator
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


class ReadingSerializer(serializers.Serializer):
    """An indicator's value on a date (monitoring.reporting.Reading), with women and men where counted."""

    as_of = serializers.DateField()
    value = serializers.DecimalField(max_digits=12, decimal_places=2)
    female = serializers.IntegerField(allow_null=True)
    male = serializers.IntegerField(allow_null=True)


class TargetPeriodSerializer(serializers.Serializer):
    """One of an indicator's targets with its period (monitoring.reporting.TargetPeriod)."""

    period_start = serializers.DateField(source="start")
    period_end = serializers.DateField(source="end")
    value = serializers.DecimalField(max_digits=12, decimal_places=2)
    comparison = serializers.ChoiceField(choices=Indicator.Comparison.choices)


class IndicatorSerializer(serializers.ModelSerializer):
    """An indicator as the dashboard reads it (monitoring.reporting.indicator_rows, as of today or the
    programme's end): values computed from the registers for the indicators they define, targets per
    period; ``target``, ``target_comparison`` and ``target_date`` are the target in force."""

    result = serializers.SlugRelatedField(source="expected_result", slug_field="number", read_only=True)
    from_registers = serializers.SerializerMethodField()
    targets = serializers.SerializerMethodField()
    target = serializers.SerializerMethodField()
    target_comparison = serializers.SerializerMethodField()
    target_date = serializers.SerializerMethodField()
    as_of = serializers.SerializerMethodField()
    value = serializers.SerializerMethodField()
    progress = serializers.SerializerMethodField()
    values = serializers.SerializerMethodField()

    class Meta:
        model = Indicator
        fields = [
            "code",
            "result",
            *both("name", "unit"),
            "baseline",
            "counted_by_sex",
            "from_registers",
            "targets_are",
            "targets",
            "target",
            "target_comparison",
            "target_date",
            "as_of",
            "value",
            "progress",
            "values",
        ]

    def row(self, indicator):
        """The indicator's reporting row; the rows of its programme are computed once per answer."""
        cache = self.context.setdefault("indicator_rows", {})
        if indicator.programme_id not in cache:
            programme = indicator.programme
            as_of = reporting.default_as_of(programme, timezone.localdate())
            cache[indicator.programme_id] = {
                row.indicator.pk: row for row in reporting.indicator_rows(programme, as_of)
            }
        return cache[indicator.programme_id][indicator.pk]

    @extend_schema_field(serializers.BooleanField())
    def get_from_registers(self, indicator):
        return self.row(indicator).from_registers

    @extend_schema_field(TargetPeriodSerializer(many=True))
    def get_targets(self, indicator):
        return TargetPeriodSerializer(self.row(indicator).targets, many=True).data

    @extend_schema_field(serializers.DecimalField(max_digits=12, decimal_places=2, allow_null=True))
    def get_target(self, indicator):
        target = self.row(indicator).target
        return None if target is None else serializers.DecimalField(12, 2).to_representation(target.value)

    @extend_schema_field(serializers.ChoiceField(choices=Indicator.Comparison.choices, allow_null=True))
    def get_target_comparison(self, indicator):
        target = self.row(indicator).target
        return None if target is None else target.comparison

    @extend_schema_field(serializers.DateField(allow_null=True))
    def get_target_date(self, indicator):
        target = self.row(indicator).target
        return None if target is None else target.end

    @extend_schema_field(serializers.DateField())
    def get_as_of(self, indicator):
        return self.row(indicator).as_of

    @extend_schema_field(ReadingSerializer(allow_null=True))
    def get_value(self, indicator):
        current = self.row(indicator).current
        return None if current is None else ReadingSerializer(current).data

    @extend_schema_field(serializers.IntegerField(allow_null=True))
    def get_progress(self, indicator):
        return self.row(indicator).progress

    @extend_schema_field(ReadingSerializer(many=True))
    def get_values(self, indicator):
        return ReadingSerializer(self.row(indicator).readings, many=True).data


class ExpectedResultSerializer(serializers.ModelSerializer):
    indicators = IndicatorSerializer(many=True, read_only=True)

    class Meta:
        model = ExpectedResult
        fields = ["number", *both("text"), "indicators"]
