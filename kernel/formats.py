"""Dates and numbers as the reader reads them: Buddhist Era years on Thai pages, whole counts.

The project's template filters (delgosea/templatetags/delgosea.py) and the admin's display
(workspace/display.py) both use these, and model labels may too.
"""

import datetime
import decimal
import re

from django.utils import dateformat, formats, translation

BUDDHIST_ERA_OFFSET = 543
# One way to write a date, the same in both languages and everywhere (pages, admin, exports):
# "7 August 2012", "7 สิงหาคม 2555" (Thai month names, Buddhist Era year). The year is added
# by era_year.
DATE_PATTERNS = {"DATE_FORMAT": "j F", "YEAR_MONTH_FORMAT": "F"}


def era_year(year):
    """A Gregorian year as the reader counts it: Buddhist Era in Thai (2010 -> 2553)."""
    if year in (None, ""):
        return ""
    year = int(year)
    return year + BUDDHIST_ERA_OFFSET if translation.get_language() == "th" else year


def localdate(value, fmt="DATE_FORMAT"):
    """A date in the reader's language, with a Buddhist Era year on Thai pages.

    ``fmt`` is DATE_FORMAT (day, month and year: "7 August 2012") or YEAR_MONTH_FORMAT
    (month and year), written the same way in both languages; any other Django format name
    (DATETIME_FORMAT in the admin) is Django's, with its year in Buddhist Era. Dates in every
    template and in the admin go through this one function, so that no page shows 2010 to a
    Thai reader and every page writes a date the same way.
    """
    if not isinstance(value, datetime.date):
        return ""
    if fmt in DATE_PATTERNS:
        return f"{dateformat.format(value, DATE_PATTERNS[fmt])} {era_year(value.year)}"
    text = formats.date_format(value, fmt)
    if translation.get_language() == "th":
        text = text.replace(str(value.year), str(value.year + BUDDHIST_ERA_OFFSET))
    return text


def era_years(text):
    """Each year in a label Django builds from dates (the admin's date links: 2010, มีนาคม 2010), as read."""
    if translation.get_language() != "th":
        return text
    return re.sub(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)", lambda year: str(int(year[0]) + BUDDHIST_ERA_OFFSET), str(text))


def shown_number(value):
    """A number without the zeros a decimal column pads it with: a count of 27 reads 27, not 27.00."""
    if value is None or value == "":
        return ""
    if isinstance(value, decimal.Decimal):
        value = value.quantize(1) if value == value.to_integral_value() else value.normalize()
    return formats.number_format(value)
