"""Values as a Thai editor reads them in the admin: Buddhist Era years, whole counts, and
django-axes' sign-in records named in the reader's language."""

import decimal

from django import forms
from django.contrib.admin.utils import display_for_field as django_display_for_field
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from kernel.formats import localdate, shown_number


class WholeNumberInput(forms.NumberInput):
    """A decimal field's input without the zeros the column pads it with: a count of 27 reads 27, not 27.00."""

    def format_value(self, value):
        if isinstance(value, decimal.Decimal):
            value = value.quantize(1) if value == value.to_integral_value() else value.normalize()
        return super().format_value(value)


def display_for_field(value, field, empty_value_display, avoid_link=False):
    """Django's admin display of a field's value, with Buddhist Era years in Thai and whole counts.

    Django has no hook for how the admin shows a value in lists and read-only forms, and a
    format module cannot add 543 to a year; ``install_thai_display`` puts this in its place.
    """
    if value not in (None, "") and not getattr(field, "flatchoices", None):
        if isinstance(field, models.DateTimeField):
            return localdate(timezone.template_localtime(value), "DATETIME_FORMAT")
        if isinstance(field, models.DateField):
            return localdate(value)
        if isinstance(field, models.DecimalField):
            return shown_number(value)
    return django_display_for_field(value, field, empty_value_display, avoid_link)


def install_thai_display():
    from django.contrib.admin import helpers
    from django.contrib.admin.templatetags import admin_list

    helpers.display_for_field = admin_list.display_for_field = display_for_field


def _signin_time(record):
    return localdate(timezone.localtime(record.attempt_time), "DATETIME_FORMAT")


def install_signin_record_names():
    """django-axes names its records in English with a raw timestamp; name them in the reader's language."""
    from axes.admin import AccessAttemptAdmin
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog

    AccessAttempt.__str__ = lambda record: (
        gettext("Sign-in attempts as %(username)s, %(time)s")
        % {
            "username": record.username,
            "time": _signin_time(record),
        }
    )
    AccessLog.__str__ = lambda record: (
        gettext("Sign-in of %(username)s, %(time)s")
        % {
            "username": record.username,
            "time": _signin_time(record),
        }
    )
    AccessFailureLog.__str__ = lambda record: (
        gettext("Failed sign-in as %(username)s from %(address)s, %(time)s")
        % {
            "username": record.username,
            "address": record.ip_address,
            "time": _signin_time(record),
        }
    )
    AccessAttemptAdmin.status.short_description = _("status")
