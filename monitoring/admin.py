from django.contrib import admin

from monitoring.models import (
    Activity,
    ExpectedResult,
    Indicator,
    IndicatorValue,
    Milestone,
    Objective,
    Phase,
    Programme,
    ProgressReport,
    TargetGroup,
)
from municipalities.admin import SourcedAdmin


@admin.register(Programme)
class ProgrammeAdmin(SourcedAdmin):
    list_display = ["name", "start_date", "planned_months", "actual_end_date"]


@admin.register(Objective, TargetGroup, ExpectedResult)
class NumberedAdmin(SourcedAdmin):
    list_display = ["number", "__str__"]


@admin.register(Phase)
class PhaseAdmin(SourcedAdmin):
    list_display = ["number", "name", "title", "start_month", "end_month"]


@admin.register(Activity)
class ActivityAdmin(SourcedAdmin):
    list_display = ["number", "title", "phase", "status"]
    list_filter = ["phase", "status", "source"]


@admin.register(Milestone)
class MilestoneAdmin(SourcedAdmin):
    list_display = ["title", "planned_month", "actual_start_date", "actual_end_date", "date_precision"]


@admin.register(Indicator)
class IndicatorAdmin(SourcedAdmin):
    list_display = ["code", "name", "target_comparison", "target", "unit"]


@admin.register(IndicatorValue)
class IndicatorValueAdmin(SourcedAdmin):
    list_display = ["indicator", "as_of", "value"]


@admin.register(ProgressReport)
class ProgressReportAdmin(SourcedAdmin):
    list_display = ["replication", "period_start", "period_end", "status"]
    list_filter = ["status", "source"]
