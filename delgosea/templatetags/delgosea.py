"""Template filters shared by every page."""

import datetime

from django import template, urls
from django.utils import formats, translation

register = template.Library()

BUDDHIST_ERA_OFFSET = 543


@register.filter
def era_year(year):
    """A Gregorian year as the reader counts it: Buddhist Era in Thai (2010 -> 2553)."""
    if year in (None, ""):
        return ""
    year = int(year)
    return year + BUDDHIST_ERA_OFFSET if translation.get_language() == "th" else year


@register.filter
def localdate(value, fmt="DATE_FORMAT"):
    """A date in the reader's format, with a Buddhist Era year on Thai pages.

    ``fmt`` is a Django format name (DATE_FORMAT, YEAR_MONTH_FORMAT, ...). Dates in
    every template go through this one filter, so that no page shows 2010 to a Thai reader.
    """
    if not isinstance(value, datetime.date):
        return ""
    text = formats.date_format(value, fmt)
    if translation.get_language() == "th":
        text = text.replace(str(value.year), str(value.year + BUDDHIST_ERA_OFFSET))
    return text


@register.simple_tag(takes_context=True)
def url_in_language(context, language):
    """The page being shown, query string included, in another language."""
    request = context["request"]
    return urls.translate_url(request.get_full_path(), language)
