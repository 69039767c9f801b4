from django.contrib import admin

from kernel.workspace.admin import WorkspaceAdmin, WorkspaceTabularInline
from monitoring.models import (
    Activity,
    ExpectedResult,
    Indicator,
    IndicatorTarget,
    IndicatorValue,
    Milestone,
    Objective,
    Phase,
    Programme,
    TargetGroup,
)


class ObjectiveInline(WorkspaceTabularInline):
    model = Objective


class TargetGroupInline(WorkspaceTabularInline):
    model = TargetGroup


@admin.register(Programme)
class ProgrammeAdmin(WorkspaceAdmin):
    list_display = ["name", "start_date", "planned_months", "actual_end_date"]
    search_fields = ["name_th", "name_en"]
    inlines = [ObjectiveInline, TargetGroupInline]


@admin.register(Objective, ExpectedResult)
class NumberedAdmin(WorkspaceAdmin):
    list_display = ["number", "__str__"]
    search_fields = ["text_th", "text_en"]


@admin.register(TargetGroup)
class TargetGroupAdmin(NumberedAdmin):
    # A target group has a name, not a text: searching "text" was a server error.
    search_fields = ["name_th", "name_en"]


class ActivityInline(WorkspaceTabularInline):
    model = Activity
    fields = ["number", "title", "planned_start_month", "planned_end_month", "status"]


@admin.register(Phase)
class PhaseAdmin(WorkspaceAdmin):
    list_display = ["number", "name", "title", "start_month", "end_month"]
    inlines = [ActivityInline]


@admin.register(Activity)
class ActivityAdmin(WorkspaceAdmin):
    # The number names the phase (2.3 is in phase 2), which is also a filter: a column less for a laptop.
    list_display = ["number", "title", "status", "planned_start_month", "planned_end_month"]
    list_filter = ["phase", "status"]
    search_fields = ["title_th", "title_en"]
    filter_horizontal = ["responsible"]


@admin.register(Milestone)
class MilestoneAdmin(WorkspaceAdmin):
    # How precisely a date is known shows in the form; the list keeps the dates themselves.
    list_display = ["title", "planned_month", "actual_start_date", "actual_end_date"]
    search_fields = ["title_th", "title_en"]
    autocomplete_fields = ["activity"]


class IndicatorValueInline(WorkspaceTabularInline):
    model = IndicatorValue
    fields = ["as_of", "value", "female", "male", "reported_by", "source"]


class IndicatorTargetInline(WorkspaceTabularInline):
    # The period's end is checked against the programme by the model (clean) and the database (trigger).
    model = IndicatorTarget
    fields = ["period_end", "comparison", "value", "source"]


@admin.register(Indicator)
class IndicatorAdmin(WorkspaceAdmin):
    list_display = ["code", "name", "targets_are", "unit"]
    list_filter = ["targets_are"]
    search_fields = ["code", "name_th", "name_en"]
    inlines = [IndicatorTargetInline, IndicatorValueInline]


@admin.register(IndicatorTarget)
class IndicatorTargetAdmin(WorkspaceAdmin):
    list_display = ["indicator", "period_end", "comparison", "value"]
    list_select_related = ["indicator"]
    autocomplete_fields = ["indicator"]


@admin.register(IndicatorValue)
class IndicatorValueAdmin(WorkspaceAdmin):
    list_display = ["indicator", "as_of", "value", "female", "male"]
    autocomplete_fields = ["indicator"]
