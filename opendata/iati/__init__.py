"""The programme as one IATI 2.03 activity, /iati/activity.xml, from the records as they stand.

Only what the records say goes in; IATI's optional elements the sources do not give (budgets,
transactions, sector codes, organisation types) stay out. The reporting organisation's IATI
identifier and type are settings (IATI_REPORTING_ORG_REF, IATI_REPORTING_ORG_TYPE): the
publisher's registration gives them, the programme's documents do not.

The file validates against the official schema vendored in schema-2.03/ (tests/opendata).
"""

from pathlib import Path

from django.conf import settings
from django.utils import timezone
from lxml import etree

from monitoring import reporting
from monitoring.models import ExpectedResult, Objective, Programme
from municipalities.models import Country, Organisation
from practices.models import Theme

SCHEMA = Path(__file__).resolve().parent / "schema-2.03" / "iati-activities-schema.xsd"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
LANGUAGES = ("en", "th")  # the activity's default language first

# IATI codelists (iatistandard.org/en/iati-standard/203/codelists/)
PARTICIPATING_ROLE = {  # OrganisationRole
    Organisation.Kind.DONOR: "1",  # Funding
    Organisation.Kind.LEAD_IMPLEMENTER: "4",  # Implementing
    Organisation.Kind.IMPLEMENTING_PARTNER: "4",
    Organisation.Kind.ASSOCIATION: "4",
}
ACTIVITY_STATUS_IMPLEMENTATION, ACTIVITY_STATUS_CLOSED = "2", "4"  # ActivityStatus
PLANNED_START, ACTUAL_START, PLANNED_END, ACTUAL_END = "1", "2", "3", "4"  # ActivityDateType
OBJECTIVES_DESCRIPTION, GENERAL_DESCRIPTION = "2", "1"  # DescriptionType
RESULT_OUTPUT = "1"  # ResultType
MEASURE_UNIT = "1"  # IndicatorMeasure
SECTOR_VOCABULARY_REPORTING_ORGANISATION = "99"  # SectorVocabulary: the programme's own four themes


def _element(parent, tag, **attributes):
    return etree.SubElement(parent, tag, {key.replace("_", "-"): str(value) for key, value in attributes.items()})


def _narratives(parent, record, field):
    """One narrative per language that has text: English untagged (the default), Thai tagged."""
    for language in LANGUAGES:
        text = getattr(record, f"{field}_{language}")
        if text:
            narrative = _element(parent, "narrative")
            narrative.text = text
            if language != LANGUAGES[0]:
                narrative.set(XML_LANG, language)
    return parent


def _date(value):
    return value.isoformat()


def activity(today=None):
    """The IATI document (an lxml tree) of the programme, or None when there is no programme."""
    programme = Programme.objects.order_by("start_date").first()
    if programme is None:
        return None
    today = today or timezone.localdate()
    root = etree.Element(
        "iati-activities",
        {"version": "2.03", "generated-datetime": timezone.now().replace(microsecond=0).isoformat()},
    )
    ref = settings.IATI_REPORTING_ORG_REF
    node = _element(root, "iati-activity")
    node.set(XML_LANG, LANGUAGES[0])
    identifier = _element(node, "iati-identifier")
    identifier.text = f"{ref}-{programme.acronym.upper()}" if ref else programme.acronym.upper()

    reporter = Organisation.objects.filter(kind=Organisation.Kind.LEAD_IMPLEMENTER).order_by("pk").first()
    reporting = _element(node, "reporting-org", ref=ref, type=settings.IATI_REPORTING_ORG_TYPE)
    if reporter is not None:
        _narratives(reporting, reporter, "name")
    else:
        _narratives(reporting, programme, "name")

    _narratives(_element(node, "title"), programme, "name")
    if programme.aim_en or programme.aim_th:
        _narratives(_element(node, "description", type=GENERAL_DESCRIPTION), programme, "aim")
    for objective in Objective.objects.filter(programme=programme).order_by("number"):
        _narratives(_element(node, "description", type=OBJECTIVES_DESCRIPTION), objective, "text")

    for organisation in Organisation.objects.filter(kind__in=list(PARTICIPATING_ROLE)).order_by("kind", "acronym"):
        role = PARTICIPATING_ROLE[organisation.kind]
        _narratives(_element(node, "participating-org", role=role), organisation, "name")

    ended = programme.actual_end_date is not None and programme.actual_end_date < today
    _element(node, "activity-status", code=ACTIVITY_STATUS_CLOSED if ended else ACTIVITY_STATUS_IMPLEMENTATION)
    _element(node, "activity-date", type=PLANNED_START, iso_date=_date(programme.start_date))
    _element(node, "activity-date", type=ACTUAL_START, iso_date=_date(programme.start_date))
    _element(node, "activity-date", type=PLANNED_END, iso_date=_date(programme.planned_end_date))
    if programme.actual_end_date:
        _element(node, "activity-date", type=ACTUAL_END, iso_date=_date(programme.actual_end_date))

    for country in Country.objects.order_by("code"):
        _narratives(_element(node, "recipient-country", code=country.code), country, "name")
    for theme in Theme.objects.order_by("number"):
        sector = _element(
            node, "sector", vocabulary=SECTOR_VOCABULARY_REPORTING_ORGANISATION, code=f"theme-{theme.number}"
        )
        _narratives(sector, theme, "title")

    _results(node, programme, today)
    return etree.ElementTree(root)


def _results(node, programme, today):
    """Each expected result with its indicators; an indicator tied to no result is a result of its own.

    The indicators are read as the dashboard reads them (monitoring.reporting, as of today or the
    programme's end): computed from the registers where they define them, targets per period."""
    rows = sorted(reporting.indicator_rows(programme, reporting.default_as_of(programme, today)), key=_code)
    by_result = {}
    for row in rows:
        by_result.setdefault(row.indicator.expected_result_id, []).append(row)
    for result in ExpectedResult.objects.filter(programme=programme).order_by("number"):
        if by_result.get(result.pk):  # IATI needs at least one indicator per result
            element = _element(node, "result", type=RESULT_OUTPUT)
            _narratives(_element(element, "title"), result, "text")
            for row in by_result[result.pk]:
                _indicator(element, row, programme)
    for row in by_result.get(None, []):
        element = _element(node, "result", type=RESULT_OUTPUT)
        _narratives(_element(element, "title"), row.indicator, "name")
        _indicator(element, row, programme)


def _code(row):
    return row.indicator.code


def _number(value):
    return format(value.normalize(), "f") if hasattr(value, "normalize") else str(value)


def _indicator(result, row, programme):
    """An indicator with a period per target (its target, and what was reached toward it: the running
    total at the period's end, or, for incremental targets, within the period); without targets, a
    period per value, from the programme's start to the value's date."""
    indicator = row.indicator
    element = _element(result, "indicator", measure=MEASURE_UNIT)
    _narratives(_element(element, "title"), indicator, "name")
    if indicator.baseline is not None:
        _element(
            element,
            "baseline",
            year=programme.start_date.year,
            iso_date=_date(programme.start_date),
            value=_number(indicator.baseline),
        )
    for target in row.targets:
        period = _period(element, target.start, target.end)
        _element(period, "target", value=_number(target.value))
        reached = row.reached(target)
        if reached is not None:
            _actual(period, reached)
    if not row.targets:
        for reading in row.readings:
            _actual(_period(element, programme.start_date, reading.as_of), reading)


def _period(indicator, start, end):
    period = _element(indicator, "period")
    _element(period, "period-start", iso_date=_date(start))
    _element(period, "period-end", iso_date=_date(end))
    return period


def _actual(period, value: reporting.Reading):
    _element(period, "actual", value=_number(value.value))
    for sex in ("female", "male"):
        count = getattr(value, sex)
        if count is not None:
            actual = _element(period, "actual", value=count)
            _element(actual, "dimension", name="sex", value=sex)


def serialise(tree):
    return etree.tostring(tree, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def validator():
    return etree.XMLSchema(etree.parse(str(SCHEMA)))
