"""The dashboard's tables as downloads: one XLSX with a sheet per table, and each table as CSV.

The rows come from monitoring.reporting (the same report the page shows), as real numbers
and dates, so a spreadsheet can sum and sort them. No cell starts like a formula; in the XLSX, a
control character a cell cannot hold is shown as U+FFFD (kernel.workspace.imports.fit_for_xlsx).
"""

import csv
import io
from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font

from kernel.workspace.imports import fit_for_xlsx, neutralise_formula


@dataclass
class Table:
    slug: str
    title: str
    headers: list
    rows: list


def number(value):
    """A Decimal as an int when whole (27, not 27.00), else a float; None stays empty."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def text(value):
    return "" if value is None else str(value)


def tables(report):
    """Every table of the dashboard, in the page's order."""
    workplan = Table(
        "workplan",
        _("Workplan"),
        [
            _("Activity"),
            _("Title"),
            _("Phase"),
            _("Planned first month"),
            _("Planned last month"),
            _("Planned months are the phase's"),
            _("Planned start"),
            _("Planned end"),
            _("Actual start"),
            _("Actual end"),
            _("Status"),
        ],
        [
            [
                row.activity.number,
                row.activity.title,
                text(row.activity.phase.name),
                row.planned_start_month,
                row.planned_end_month,
                _("yes") if row.planned_from_phase else _("no"),
                row.planned_start,
                row.planned_end,
                row.actual_start,
                row.actual_end,
                text(row.status_label),
            ]
            for row in report.workplan
        ],
    )
    indicator_rows = [(group.result, row) for group in report.logframe for row in group.indicators]
    logframe = Table(
        "logframe",
        _("Logframe"),
        [
            _("Expected result"),
            _("Indicator"),
            _("Unit"),
            _("Baseline"),
            _("Targets are"),
            _("Target is"),
            _("Target"),
            _("Target's period ends"),
            _("Value on the date"),
            _("Women"),
            _("Men"),
            _("Progress (%)"),
            _("Counted from the registers"),
        ],
        [
            [
                result.number if result else None,
                row.indicator.name,
                row.indicator.unit,
                number(row.indicator.baseline),
                text(row.indicator.get_targets_are_display()),
                text(row.target.comparison_name) if row.target else None,
                number(row.target.value) if row.target else None,
                row.target.end if row.target else None,
                number(row.current.value) if row.current else None,
                row.current.female if row.current else None,
                row.current.male if row.current else None,
                row.progress,
                _("yes") if row.from_registers else _("no"),
            ]
            for result, row in indicator_rows
        ],
    )
    values = Table(
        "indicator-values",
        _("Values over time"),
        [_("Indicator"), _("Date"), _("Value"), _("Women"), _("Men"), _("Sample data (not real)")],
        [
            [
                row.indicator.name,
                reading.as_of,
                number(reading.value),
                reading.female,
                reading.male,
                _("yes") if reading.sample else _("no"),
            ]
            for _result, row in indicator_rows
            for reading in row.readings
        ],
    )
    targets = Table(
        "indicator-targets",
        _("Targets per period"),
        [
            _("Indicator"),
            _("Targets are"),
            _("Period from"),
            _("Period to"),
            _("Target is"),
            _("Target"),
            _("In force on the date"),
        ],
        [
            [
                row.indicator.name,
                text(row.indicator.get_targets_are_display()),
                target.start,
                target.end,
                text(target.comparison_name),
                number(target.value),
                _("yes") if target is row.target else _("no"),
            ]
            for _result, row in indicator_rows
            for target in row.targets
        ],
    )
    plan = Table(
        "plan",
        _("Plan against actual"),
        [_("What"), _("Planned is"), _("Planned"), _("Actual on the date"), _("Unit"), _("Note")],
        [
            [
                text(row.label),
                text(row.comparison_label),
                number(row.planned),
                number(row.actual),
                text(row.unit),
                text(row.note),
            ]
            for row in report.plan
        ],
    )
    training = Table(
        "training",
        _("Training"),
        [_("Event kind"), _("Country"), _("Women"), _("Men"), _("Not stated"), _("All")],
        [
            [text(row.kind_label), row.country_name, row.female, row.male, row.unstated, row.total]
            for row in report.training
        ],
    )
    replications = Table(
        "replications",
        _("Replications"),
        [
            _("Country"),
            _("Pilot"),
            _("Best practice"),
            _("Host"),
            _("Stage"),
            _("Since"),
            _("Coach"),
            _("Last logbook entry"),
            _("Light"),
            _("Reason"),
            _("Sample data (not real)"),
        ],
        [
            [
                row.replication.pilot.country.name,
                row.replication.pilot.name,
                f"{row.replication.practice.number}. {row.replication.practice.title}",
                row.replication.practice.host.name,
                text(row.stage_label),
                row.since,
                ", ".join(str(coach) for coach in row.coaches),
                row.last_entry.period_end if row.last_entry else None,
                text(row.light_label),
                text(row.reason),
                _("yes") if row.replication.source == "sample" else _("no"),
            ]
            for row in report.replications
        ],
    )
    return [workplan, logframe, targets, values, plan, training, replications]


def as_csv(table):
    """A table as CSV text with a byte-order mark, so that Excel shows Thai."""
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer)
    writer.writerow(table.headers)
    for row in table.rows:
        writer.writerow([neutralise_formula("" if cell is None else cell) for cell in row])
    return buffer.getvalue()


def as_xlsx(report):
    """Every table on a sheet of its own, the header row frozen."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    for table in tables(report):
        sheet = workbook.create_sheet(table.title[:31])
        sheet.append(table.headers)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in table.rows:
            sheet.append([fit_for_xlsx(neutralise_formula(cell)) for cell in row])
        for column in sheet.columns:
            for cell in column:
                if hasattr(cell.value, "isoformat"):
                    cell.number_format = "yyyy-mm-dd"
        sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
