"""CSV and XLSX import and export of event participants (django-import-export)."""

from import_export import fields

from kernel.workspace.imports import WorkspaceResource
from municipalities.resources import CodeWidget
from training.models import Event, Participation


class ParticipationResource(WorkspaceResource):
    event = fields.Field(attribute="event", column_name="event", widget=CodeWidget(Event, "slug"))

    class Meta:
        model = Participation
        import_id_fields = ["person", "event"]
        fields = ["person", "event", "role", "target_group", "attended", "source"]
        clean_model_instances = True
        skip_unchanged = True
