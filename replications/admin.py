from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from municipalities.workspace import (
    WorkspaceAdmin,
    WorkspaceForm,
    WorkspaceStackedInline,
    WorkspaceTabularInline,
)
from replications.models import (
    CoachAssignment,
    CriterionAssessment,
    LogbookEntry,
    PilotCandidacy,
    Replication,
    SelectionCriterion,
    Stage,
    StageChange,
    stage_order_errors,
    stage_rank,
)


@admin.register(SelectionCriterion)
class SelectionCriterionAdmin(WorkspaceAdmin):
    list_display = ["number", "text"]
    search_fields = ["text_th", "text_en"]


class CriterionAssessmentInline(WorkspaceTabularInline):
    model = CriterionAssessment
    fields = ["criterion", "verdict", "evidence"]


@admin.register(PilotCandidacy)
class PilotCandidacyAdmin(WorkspaceAdmin):
    list_display = ["local_government", "status", "recognition"]
    list_filter = ["status", "recognition", "local_government__country"]
    search_fields = ["local_government__name_th", "local_government__name_en"]
    autocomplete_fields = ["local_government"]
    inlines = [CriterionAssessmentInline]
    country_path = "local_government__country"


@admin.register(CriterionAssessment)
class CriterionAssessmentAdmin(WorkspaceAdmin):
    list_display = ["candidacy", "criterion", "verdict"]
    list_select_related = ["candidacy__local_government", "criterion"]
    list_filter = ["verdict", "criterion"]
    autocomplete_fields = ["candidacy", "criterion"]
    country_path = "candidacy__local_government__country"


# ---------------------------------------------------------------- stages


class StageChangeForm(WorkspaceForm):
    def _post_clean(self):
        # The inline's formset checks the order of the whole list at once (new rows included).
        self.instance.checked_as_a_list = True
        super()._post_clean()


class StageChangeFormSet(forms.BaseInlineFormSet):
    def clean(self):
        super().clean()
        kept = [
            form for form in self.forms if form.is_valid() and form.cleaned_data and not form.cleaned_data.get("DELETE")
        ]
        saved = sorted((form.instance for form in kept if form.instance.pk), key=lambda change: change.pk)
        new = sorted((form.instance for form in kept if not form.instance.pk), key=lambda c: stage_rank(c.stage))
        errors = stage_order_errors([*saved, *new])
        if errors:
            raise forms.ValidationError(errors)


class StageChangeInline(WorkspaceTabularInline):
    model = StageChange
    form = StageChangeForm
    formset = StageChangeFormSet
    fields = ["stage", "date", "skipped", "note", "source"]


class CurrentStageFilter(admin.SimpleListFilter):
    title = _("stage")
    parameter_name = "stage"

    def lookups(self, request, model_admin):
        return Stage.choices

    def queryset(self, request, queryset):
        if self.value() in Stage.values:
            return queryset.filter(current_stage=self.value())
        return queryset


class CoachAssignmentInline(WorkspaceTabularInline):
    model = CoachAssignment
    fields = ["coach", "start_date", "end_date"]
    autocomplete_fields = ["coach"]


class LogbookEntryInline(WorkspaceStackedInline):
    model = LogbookEntry
    fields = ["period_start", "period_end", "status", "narrative", "issues", "author"]
    autocomplete_fields = ["author"]


@admin.register(Replication)
class ReplicationAdmin(WorkspaceAdmin):
    list_display = ["pilot", "practice", "current_stage", "start_date", "end_date"]
    list_filter = [CurrentStageFilter, "pilot__country", "practice__theme"]
    search_fields = ["pilot__name_th", "pilot__name_en", "practice__title_th", "practice__title_en"]
    autocomplete_fields = ["pilot", "practice", "events"]
    inlines = [StageChangeInline, CoachAssignmentInline, LogbookEntryInline]
    country_path = "pilot__country"

    def get_queryset(self, request):
        return super().get_queryset(request).with_current_stage()

    @admin.display(description=_("stage"), ordering="current_stage")
    def current_stage(self, obj):
        return obj.get_stage_display()

    def save_formset(self, request, form, formset, change):
        if formset.model is not StageChange:
            return super().save_formset(request, form, formset, change)
        # New stages are saved in the order of the line, each with who recorded it, so that
        # the database's order check sees every step before the next.
        changes = formset.save(commit=False)
        for deleted in sorted(formset.deleted_objects, key=lambda c: -stage_rank(c.stage)):
            deleted.delete()
        for stage_change in sorted(changes, key=lambda c: (c.pk is None, stage_rank(c.stage))):
            if stage_change.pk is None:
                stage_change.recorded_by = request.user
            stage_change.save()
        formset.save_m2m()


@admin.register(StageChange)
class StageChangeAdmin(WorkspaceAdmin):
    list_display = ["replication", "stage", "date", "skipped", "recorded_by"]
    list_select_related = ["replication__pilot", "replication__practice", "recorded_by"]
    list_filter = ["stage", "skipped", "replication__pilot__country"]
    autocomplete_fields = ["replication"]
    date_hierarchy = "date"
    country_path = "replication__pilot__country"

    def save_model(self, request, obj, form, change):
        if not change:
            obj.recorded_by = request.user
        super().save_model(request, obj, form, change)


@admin.register(CoachAssignment)
class CoachAssignmentAdmin(WorkspaceAdmin):
    list_display = ["coach", "replication", "start_date", "end_date"]
    list_select_related = ["coach__person", "replication__pilot", "replication__practice"]
    autocomplete_fields = ["coach", "replication"]
    country_path = "replication__pilot__country"


@admin.register(LogbookEntry)
class LogbookEntryAdmin(WorkspaceAdmin):
    list_display = ["replication", "period_start", "period_end", "status"]
    list_select_related = ["replication__pilot", "replication__practice"]
    list_filter = ["status", "replication__pilot__country"]
    autocomplete_fields = ["replication", "author"]
    country_path = "replication__pilot__country"
