"""The catalogue, a practice, the themes."""

import hashlib
import html
import logging

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control

from kernel import pdf, related
from practices import downloads, share
from practices.filters import MAX_QUERY_LENGTH, PracticeFilter
from practices.models import Practice, Theme

PAGE_SIZE = 20


def practice_list(request):
    filterset = PracticeFilter(request.GET, queryset=Practice.objects.selected().for_cards())
    paginator = Paginator(filterset.qs, PAGE_SIZE)
    page = paginator.get_page(request.GET.get("page"))
    return render(
        request,
        "practices/practice_list.html",
        {
            "filterset": filterset,
            "page": page,
            "page_ignored": "page" in request.GET and str(page.number) != request.GET["page"],
            "ignored": filterset.ignored(),
            "facets": [
                ("theme", filterset.form["theme"], filterset.options("theme", "theme__number")),
                ("country", filterset.form["country"], filterset.options("country", "host__country__code")),
                ("kind", filterset.form["kind"], filterset.options("kind", "host__kind")),
            ],
            "query_string": _without_page(request.GET),
        },
    )


def practice_download(request, file_format):
    """The catalogue as its page filters it, as CSV or XLSX."""
    filterset = PracticeFilter(request.GET, queryset=Practice.objects.selected().for_listing())
    return downloads.spreadsheet("practices", *downloads.practice_rows(filterset.qs), file_format)


def _without_page(params):
    params = params.copy()
    params.pop("page", None)
    if "q" in params:
        params["q"] = params["q"][:MAX_QUERY_LENGTH]
    return params.urlencode()


def practice_detail(request, number):
    practice = get_object_or_404(Practice.objects.for_detail(), number=number)
    related.attach([practice], "detail")  # what the apps on the right add that no one relation reaches
    others = Practice.objects.selected().for_listing().filter(theme=practice.theme).exclude(pk=practice.pk)
    return render(request, "practices/practice_detail.html", {"practice": practice, "related": others})


@cache_control(public=True, max_age=86400)
def practice_share_image(request, number):
    """The card a shared link to the practice shows (og:image): its title in the reader's language."""
    practice = get_object_or_404(Practice.objects.for_listing(), number=number)
    kicker = _("DELGOSEA · Best practice %(number)s") % {"number": practice.number}
    footer = f"{practice.host.name}, {practice.host.country.name}"
    return HttpResponse(share.image(practice.title, kicker, footer), content_type="image/png")


def theme_list(request):
    return render(request, "practices/theme_list.html", {"themes": Theme.objects.with_selected_practices()})


# ---------------------------------------------------------------- case sheets as PDF

logger = logging.getLogger(__name__)
CASE_SHEET_LANGUAGES = {"th": ["th"], "en": ["en"], "both": ["th", "en"]}


def case_sheet_languages(request):
    """?languages=th|en|both; anything else means the page's language."""
    choice = request.GET.get("languages", "")
    if choice in CASE_SHEET_LANGUAGES:
        return choice, CASE_SHEET_LANGUAGES[choice]
    return get_language(), [get_language()]


# A PDF is drawn by Chromium once for each version of its page, not once a request: any query
# string that gives the same sheet (an unknown parameter, another order) is served from the cache,
# so a stream of varied links cannot keep Chromium busy. An edit changes the page, hence the key;
# a change in how PDFs are drawn changes pdf.RENDER_VERSION, hence the key too.
CASE_SHEET_CACHE_SECONDS = 24 * 60 * 60


def case_sheet_cache_key(page, title):
    return f"case-sheet:v{pdf.RENDER_VERSION}:" + hashlib.sha256(f"{title}\n{page}".encode()).hexdigest()


def case_sheet_page(request, practices, title, contents=False):
    """The HTML page Chromium draws as the case sheets: (the languages chosen, the page)."""
    choice, languages = case_sheet_languages(request)
    return choice, render_to_string(
        "practices/case_sheet.html",
        {
            "sheets": [[(practice, language) for language in languages] for practice in practices],
            "both": len(languages) > 1,
            "contents": contents,
            "title": title,
            "page_language": languages[0],
            "site_url": request.build_absolute_uri("/").rstrip("/"),
        },
    )


def case_sheet_pdf(request, practices, title, file_name, contents=False):
    """Practices as case sheets (one sheet a practice, its languages side by side), drawn by Chromium."""
    choice, page = case_sheet_page(request, practices, title, contents)
    key = case_sheet_cache_key(page, title)
    document = cache.get(key)
    if document is None:
        try:
            document = pdf.render(page, settings.BASE_DIR / "static", html.escape(title))
        except pdf.PdfError as error:
            logger.warning("A case sheet's PDF failed: %s", error)
            return render(request, "practices/case_sheet_failed.html", {}, status=503)
        cache.set(key, document, CASE_SHEET_CACHE_SECONDS)
    response = HttpResponse(document, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{file_name}-{choice}.pdf"'
    return response


def practice_case_sheet(request, number):
    practice = get_object_or_404(Practice.objects.for_detail(), number=number)
    title = _("DELGOSEA best practice %(number)s: case sheet") % {"number": practice.number}
    return case_sheet_pdf(request, [practice], title, f"delgosea-practice-{practice.number}")


def case_sheet_booklet(request):
    practices = Practice.objects.selected().for_detail().order_by("number")
    title = _("DELGOSEA: the %(count)s best practices, case sheets") % {"count": len(practices)}
    return case_sheet_pdf(request, practices, title, "delgosea-case-sheets", contents=True)
