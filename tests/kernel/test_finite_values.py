"""No decimal column holds NaN and no date column ±infinity, whatever path writes them.

PostgreSQL takes 'NaN' in a numeric column and 'infinity' in a date column; Django's forms
refuse both, raw SQL does not. The columns are read from the models, so a column added
later is tested without a line here (and fails until its model carries ``finite_values``).
"""

import pytest
from django.apps import apps
from django.db import models

from kernel.constraints import finite_value
from tests.raw_sql import check_constraints_of, refused_by, update, with_only
from tests.test_architecture import APPS


def project_columns():
    """Every decimal and date column of the project's own apps (a timestamp is a date column too)."""
    return [
        (model, field)
        for label in APPS
        for model in apps.get_app_config(label).get_models()
        for field in model._meta.concrete_fields
        if isinstance(field, (models.DecimalField, models.DateField))
    ]


COLUMNS = project_columns()


def bad_values(field):
    return ["NaN"] if isinstance(field, models.DecimalField) else ["infinity", "-infinity"]


def test_the_columns_are_found_in_every_app_that_has_them():
    found = {(model._meta.label, field.name) for model, field in COLUMNS}
    assert {("municipalities.LocalGovernment", "latitude"), ("monitoring.IndicatorValue", "value")} <= found
    assert {("training.Event", "start_date"), ("replications.StageChange", "date")} <= found
    assert {("monitoring.Programme", "actual_end_date")} <= found


@pytest.mark.parametrize(("model", "field"), COLUMNS, ids=[f"{m._meta.label}.{f.name}" for m, f in COLUMNS])
def test_raw_sql_cannot_store_nan_or_infinity(workspace, model, field):
    rule = finite_value(model, field).name
    assert rule in check_constraints_of(model), f"{model._meta.label} needs @finite_values (kernel/constraints.py)"
    row = model.objects.order_by("pk").first()
    assert row is not None, f"the workspace fixture (tests/conftest.py) needs a sample {model._meta.label}"
    for bad in bad_values(field):
        # Every other CHECK of the table is dropped for the write (and back after it), so that a
        # range or order rule that also refuses the value cannot stand in for this one.
        assert refused_by(rule, with_only(model, rule, update), model, row.pk, **{field.column: bad})
    before = getattr(row, field.attname)
    row.refresh_from_db()
    assert getattr(row, field.attname) == before
