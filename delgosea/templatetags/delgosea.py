"""Template filters shared by every page."""

from django import template, urls
from django.conf import settings
from django.utils import translation
from django.utils.html import format_html, linebreaks
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from kernel.formats import era_year, era_years, localdate, shown_number
from practices.filters import MAX_QUERY_LENGTH

register = template.Library()

# Dates and numbers as the reader reads them live in the kernel, where the admin uses them too.
register.filter("era_year", era_year)
register.filter("localdate", localdate)
register.filter("era_years", era_years)
register.filter("shown_number", shown_number)


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
