"""The catalogue (and, from replications, the directory) as CSV and XLSX: the list as its page filters it.

Made safe as the admin's exports are: a text that starts like a formula gets a single quote
before it (kernel.workspace.imports.neutralise_formula), and the CSV starts with a byte-order
mark so that Excel reads its Thai. In the XLSX, a control character an XLSX cannot hold (a
vertical tab pasted from a word processor) is shown as U+FFFD instead of failing the download.
Public facts only: no person, no source note.
"""

import tablib
from django.conf import settings
from django.http import Http404, HttpResponse
from django.utils import translation
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from kernel.workspace.imports import fit_for_xlsx, neutralise_formula
from municipalities.models import LocalGovernment
from practices.models import CASE_SECTIONS, Practice

FORMATS = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def in_both(record, field):
    return [getattr(record, f"{field}_th"), getattr(record, f"{field}_en")]


def heading(model, field):
    return capfirst(model._meta.get_field(field).verbose_name)


def both_headings(model, field):
    """A translated field's two columns, named as the admin names them: "Title (Thai)", "Title (English)"."""
    label = settings.MODELTRANSLATION_BUILD_LOCALIZED_VERBOSE_NAME
    return [capfirst(label(model._meta.get_field(field).verbose_name, language)) for language in ("th", "en")]


def practice_rows(practices):
    headers = [
        heading(Practice, "number"),
        heading(Practice, "theme"),
        *both_headings(Practice, "title"),
        *both_headings(Practice, "summary"),
        heading(Practice, "host"),
        heading(LocalGovernment, "country"),
        _("Kind of host"),
        *[h for field in CASE_SECTIONS for h in both_headings(Practice, field)],
    ]
    rows = [
        [
            practice.number,
            practice.theme.number,
            *in_both(practice, "title"),
            *in_both(practice, "summary"),
            practice.host.name,
            practice.host.country.code,
            practice.host.get_kind_display(),
            *[text for field in CASE_SECTIONS for text in in_both(practice, field)],
        ]
        for practice in practices
    ]
    return headers, rows


def spreadsheet(name, headers, rows, file_format):
    """A CSV or XLSX download of the rows, every text made safe for a spreadsheet."""
    if file_format not in FORMATS:
        raise Http404
    safe = neutralise_formula if file_format == "csv" else lambda value: fit_for_xlsx(neutralise_formula(value))
    dataset = tablib.Dataset(headers=headers)
    for row in rows:
        dataset.append(["" if value is None else safe(value) for value in row])
    content = dataset.export("csv").encode("utf-8-sig") if file_format == "csv" else dataset.export("xlsx")
    response = HttpResponse(content, content_type=FORMATS[file_format])
    filename = f"delgosea-{name}-{translation.get_language()}.{file_format}"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
