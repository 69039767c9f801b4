"""Template filters shared by every page."""

import datetime
import decimal
import re

from django import template, urls
from django.conf import settings
from django.utils import formats, translation
from django.utils.html import format_html, linebreaks
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from practices.filters import MAX_QUERY_LENGTH

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


@register.filter
def era_years(text):
    """Each year in a label Django builds from dates (the admin's date links: 2010, มีนาคม 2010), as read."""
    if translation.get_language() != "th":
        return text
    return re.sub(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)", lambda year: str(int(year[0]) + BUDDHIST_ERA_OFFSET), str(text))


@register.filter
def shown_number(value):
    """A number without the zeros a decimal column pads it with: a count of 27 reads 27, not 27.00."""
    if value is None or value == "":
        return ""
    if isinstance(value, decimal.Decimal):
        value = value.quantize(1) if value == value.to_integral_value() else value.normalize()
    return formats.number_format(value)


@register.simple_tag(takes_context=True)
def url_in_language(context, language):
    """The page being shown, query string included, in another language.

    A search is cut as the catalogue cuts it, so that a 10,000-character one is not
    written back into every link of the page.
    """
    request = context["request"]
    path = request.get_full_path()
    if len(request.GET.get("q", "")) > MAX_QUERY_LENGTH:
        params = request.GET.copy()
        params["q"] = params["q"][:MAX_QUERY_LENGTH]
        path = f"{path.partition('?')[0]}?{params.urlencode()}"
    return urls.translate_url(path, language)


@register.simple_tag
def text(obj, field, note=False, paragraphs=False):
    """A translated field in the reader's language, or in the other one, marked as such.

    When the reader's language has no text yet the other language's is shown inside an
    element with its own ``lang`` (so screen readers pronounce it right) and, with
    ``note=True``, a visible note saying that the translation is missing.
    ``paragraphs=True`` sets a long text in paragraphs, as ``linebreaks`` does.
    """
    language = translation.get_language()
    value = getattr(obj, f"{field}_{language}", None)
    if value:
        return _paragraphs(value) if paragraphs else value
    for other, _name in settings.LANGUAGES:
        fallback = getattr(obj, f"{field}_{other}", None)
        if other != language and fallback:
            tag = "div" if paragraphs else "span"
            body = _paragraphs(fallback) if paragraphs else fallback
            shown = format_html('<{} lang="{}">{}</{}>', tag, other, body, tag)
            if note:
                missing = _("(not yet translated; shown in %(language)s)") % {"language": _language_name(other)}
                return format_html('{} <small class="fallback-note">{}</small>', shown, missing)
            return shown
    return ""


def _paragraphs(value):
    # linebreaks escapes the text itself (autoescape=True); only its <p> and <br> are markup.
    return mark_safe(linebreaks(value, autoescape=True))  # noqa: S308


def _language_name(code):
    return translation.gettext(dict(settings.LANGUAGES)[code])
