"""Database rules that models of several apps share."""

from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _


def ends_after_start(name, start="start_date", end="end_date"):
    """A database rule: when both dates are given, the end is not before the start."""
    return models.CheckConstraint(
        condition=Q(**{f"{start}__isnull": True}) | Q(**{f"{end}__isnull": True}) | Q(**{f"{end}__gte": F(start)}),
        name=name,
        violation_error_message=_("The end date cannot be before the start date."),
    )


def web_address(name, field="website"):
    """A database rule: a stored address is empty or a web page (http:// or https://, in any case),
    so that no path, raw SQL included, can store a ``javascript:`` or ``data:`` link."""
    return models.CheckConstraint(
        condition=Q(**{field: ""}) | Q(**{f"{field}__iregex": r"^https?://"}),
        name=name,
        violation_error_message=_("A website must be an address beginning with http:// or https://."),
    )
