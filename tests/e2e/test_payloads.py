"""Script payloads in every text field run nowhere: every public and admin page (Thai and English),
the signed-in dashboard, find-a-practice's results and the case sheets' HTML rendered in Chromium,
with no script of theirs run, no dialog opened and no link or source that is a javascript: URL.

The websites' database CHECK is dropped for the test (a database restored from before it, or mended
in psql), so that a javascript: website is stored and the pages' own defence, safe_href, is shown."""

import pytest
from django.test import RequestFactory
from django.utils import translation

from municipalities.models import LocalGovernment, Organisation
from practices.models import Practice
from practices.views import case_sheet_page
from tests.payloads import admin_pages, fill_every_text_field, public_pages, without_web_address_checks

pytestmark = pytest.mark.e2e

# Every href and src of the page (SVG's xlink:href too) that a browser would follow as a script:
# "javascript:" in any case, after the spaces and control characters before it and the tabs and
# newlines in it that a browser ignores.
SCRIPT_LINKS = r"""() => {
  const links = [];
  for (const element of document.querySelectorAll("[href], [src], [*|href]")) {
    for (const name of ["href", "src", "xlink:href"]) {
      const value = element.getAttribute(name);
      if (value === null) continue;
      const bare = value.replace(/^[\u0000-\u0020]+/, "").replace(/[\t\n\r]/g, "");
      if (/^javascript:/i.test(bare)) links.push(`${element.tagName} ${name}=${value}`);
    }
  }
  return links;
}"""

FIND_PRACTICE = [
    "/th/find-a-practice/?country=TH&q=%E0%B8%99%E0%B9%89%E0%B8%B3%E0%B9%80%E0%B8%AA%E0%B8%B5%E0%B8%A2",
    "/en/find-a-practice/?country=PH&theme=3&population=100000",
    "/en/find-a-practice/?country=ID&kind=city&q=waste",
]


@pytest.fixture
def payloads(portal):
    with without_web_address_checks():
        assert fill_every_text_field() > 50
        assert LocalGovernment.objects.filter(website__startswith="javascript:").count() > 10
        assert Organisation.objects.filter(website__startswith="javascript:").count() > 5
        yield


def case_sheets():
    """The case sheets' HTML as Chromium draws it into the PDF: one practice and the booklet, in
    each language choice."""
    practices = list(Practice.objects.selected().for_detail().order_by("number"))
    for language in ("th", "en", "both"):
        request = RequestFactory().get(f"/th/practices/10/case-sheet.pdf?languages={language}")
        with translation.override("th"):
            yield case_sheet_page(request, practices[:1], "case sheet")[1]
            yield case_sheet_page(request, practices, "case sheets", contents=True)[1]


def test_no_payload_saved_in_any_text_field_runs_or_links_on_any_page(portal, payloads, browser, django_user_model):
    django_user_model.objects.create_superuser("root", "root@example.org", "reed-bed-wetland-2012")
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    ran, links = [], {}

    def check(url):
        if page.evaluate("() => typeof window.__xss") != "undefined":
            ran.append(url)
        if found := page.evaluate(SCRIPT_LINKS):
            links[url] = found

    def visit(url):
        page.goto(f"{portal}{url}", wait_until="load")
        check(url)

    for url in [*public_pages(), *FIND_PRACTICE]:
        visit(url)
    for number, sheet in enumerate(case_sheets()):
        page.set_content(sheet, wait_until="load")
        check(f"case sheet {number}")
    page.goto(f"{portal}/en/admin/login/")
    page.fill("#id_username", "root")
    page.fill("#id_password", "reed-bed-wetland-2012")
    page.click("input[type=submit]")
    page.wait_for_url(f"{portal}/en/admin/")
    pages = ["/th/dashboard/", "/en/dashboard/", *admin_pages("th"), *admin_pages("en")]
    assert len(pages) > 150
    for url in pages:
        visit(url)
    context.close()
    assert not ran, f"a payload ran on {ran}"
    assert not dialogs
    assert not links, "links that run a script"
