"""Template filters shared by every page."""

import datetime

from django import template, urls
from django.conf import settings
from django.utils import dateformat, translation
from django.utils.html import format_html, linebreaks
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

register = template.Library()

BUDDHIST_ERA_OFFSET = 543


@register.filter
def era_year(year):
    """A Gregorian year as the reader counts it: Buddhist Era in Thai (2010 -> 2553)."""
    if year in (None, ""):
        return ""
    year = int(year)
    return year + BUDDHIST_ERA_OFFSET if translation.get_language() == "th" else year


# One way to write a date on the public pages, the same in both languages: "7 August 2012",
# "7 สิงหาคม 2555" (Thai month names, Buddhist Era year). Named formats map to these patterns.
DATE_PATTERNS = {"DATE_FORMAT": "j F Y", "YEAR_MONTH_FORMAT": "F Y"}


@register.filter
def localdate(value, fmt="DATE_FORMAT"):
    """A date in the reader's language, with a Buddhist Era year on Thai pages.

    ``fmt`` is DATE_FORMAT (day, month and year) or YEAR_MONTH_FORMAT (month and year).
    Dates in every public template go through this one filter, so that no page shows
    2010 to a Thai reader and every page writes a date the same way.
    """
    if not isinstance(value, datetime.date):
        return ""
    pattern = DATE_PATTERNS.get(fmt, DATE_PATTERNS["DATE_FORMAT"]).removesuffix(" Y")
    return f"{dateformat.format(value, pattern)} {era_year(value.year)}"


@register.simple_tag(takes_context=True)
def url_in_language(context, language):
    """The page being shown, query string included, in another language."""
    request = context["request"]
    return urls.translate_url(request.get_full_path(), language)


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
