"""Database rules that models of several apps share."""

from django.db import models
from django.db.models import F, Func, Q, Value
from django.db.models.functions import Cast
from django.utils.text import capfirst, format_lazy
from django.utils.translation import gettext_lazy as _


def ends_after_start(name, start="start_date", end="end_date"):
    """A database rule: when both dates are given, the end is not before the start."""
    return models.CheckConstraint(
        condition=Q(**{f"{start}__isnull": True}) | Q(**{f"{end}__isnull": True}) | Q(**{f"{end}__gte": F(start)}),
        name=name,
        violation_error_message=_("The end date cannot be before the start date."),
    )


def finite_value(model, field):
    """A database rule: a decimal column holds no NaN and a date column no ±infinity.

    PostgreSQL takes 'NaN' in a numeric column and 'infinity' in a date one from any write
    that goes around Django's forms (which refuse both). A numeric(p, s) column cannot hold an
    infinity, so NaN is the one left for decimals; in PostgreSQL NaN equals NaN. A CHECK passes
    when its condition is NULL, so an empty column stays allowed.
    """
    name = f"{model._meta.db_table}_{field.column}_finite"
    label = capfirst(field.verbose_name)
    if isinstance(field, models.DecimalField):
        nan = Cast(
            Value("NaN"),
            output_field=models.DecimalField(max_digits=field.max_digits, decimal_places=field.decimal_places),
        )
        return models.CheckConstraint(
            condition=~Q(**{field.attname: nan}),
            name=name,
            violation_error_message=format_lazy(_("{field} must be a number."), field=label),
        )
    return models.CheckConstraint(
        condition=Q(Func(F(field.attname), function="isfinite", output_field=models.BooleanField())),
        name=name,
        violation_error_message=format_lazy(_("{field} must be a date on the calendar."), field=label),
    )


def finite_values(model):
    """Class decorator: one ``finite_value`` rule for each decimal and date column of the model.

    Written on every model with such a column, so that a column added later gets its rule with
    the next migration; tests/kernel/test_finite_values.py fails for a model that lacks it.
    """
    added = [
        finite_value(model, field)
        for field in model._meta.local_concrete_fields
        if isinstance(field, (models.DecimalField, models.DateField))
    ]
    model._meta.constraints = [*model._meta.constraints, *added]
    # Migrations read a model's constraints only when its Meta declared some.
    model._meta.original_attrs["constraints"] = model._meta.constraints
    return model


def web_address(name, field="website"):
    """A database rule: a stored address is empty or a web page (http:// or https://, in any case),
    so that no path, raw SQL included, can store a ``javascript:`` or ``data:`` link."""
    return models.CheckConstraint(
        condition=Q(**{field: ""}) | Q(**{f"{field}__iregex": r"^https?://"}),
        name=name,
        violation_error_message=_("A website must be an address beginning with http:// or https://."),
    )
