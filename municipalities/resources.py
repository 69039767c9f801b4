"""CSV and XLSX import and export (django-import-export) of local governments and people.

Rows are matched on a natural key; foreign keys are written as codes (a country's ISO
code, an organisation's acronym, a local government's slug). Each row is validated as
the admin would (``clean_model_instances``) and a file with a bad row saves nothing.
Country scope, history and safe exports come from WorkspaceResource, the base of each.
"""

from django.utils.translation import gettext as _
from import_export import fields
from import_export.widgets import ForeignKeyWidget

from kernel.workspace.imports import WorkspaceResource
from municipalities.models import Country, LocalGovernment, Organisation, Person


class CodeWidget(ForeignKeyWidget):
    """A foreign key written as a code; an unknown code is a validation error of its row,
    so that the preview lists every bad row (a missing object would stop at the first)."""

    def clean(self, value, row=None, **kwargs):
        try:
            return super().clean(value, row, **kwargs)
        except self.model.DoesNotExist as missing:
            raise ValueError(
                _("There is no %(model)s with %(field)s “%(value)s”.")
                % {"model": self.model._meta.verbose_name, "field": self.field, "value": value}
            ) from missing


class LocalGovernmentResource(WorkspaceResource):
    country = fields.Field(attribute="country", column_name="country", widget=CodeWidget(Country, "code"))

    class Meta:
        model = LocalGovernment
        import_id_fields = ["slug"]
        fields = [
            "slug",
            "name_th",
            "name_en",
            "kind",
            "country",
            "province_th",
            "province_en",
            "population",
            "population_year",
            "latitude",
            "longitude",
            "website",
            "source",
        ]
        clean_model_instances = True
        skip_unchanged = True
        report_skipped = True


class PersonResource(WorkspaceResource):
    organisation = fields.Field(
        attribute="organisation", column_name="organisation", widget=CodeWidget(Organisation, "acronym")
    )
    local_government = fields.Field(
        attribute="local_government",
        column_name="local_government",
        widget=CodeWidget(LocalGovernment, "slug"),
    )

    class Meta:
        model = Person
        fields = [
            "id",
            "name_th",
            "name_en",
            "sex",
            "position_th",
            "position_en",
            "organisation",
            "local_government",
            "email",
            "phone",
            "source",
        ]
        clean_model_instances = True
        skip_unchanged = True
