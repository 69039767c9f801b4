"""Script payloads in every text field run nowhere: every public page and every admin page
rendered in Chromium, with no script of theirs run and no dialog opened."""

import pytest

from tests.payloads import admin_pages, fill_every_text_field, public_pages

pytestmark = pytest.mark.e2e


def test_no_payload_saved_in_any_text_field_runs_on_any_public_or_admin_page(portal, browser, django_user_model):
    assert fill_every_text_field() > 50
    django_user_model.objects.create_superuser("root", "root@example.org", "reed-bed-wetland-2012")
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    ran = []

    def visit(url):
        page.goto(f"{portal}{url}", wait_until="load")
        if page.evaluate("() => typeof window.__xss") != "undefined":
            ran.append(url)

    for url in public_pages():
        visit(url)
    page.goto(f"{portal}/en/admin/login/")
    page.fill("#id_username", "root")
    page.fill("#id_password", "reed-bed-wetland-2012")
    page.click("input[type=submit]")
    page.wait_for_url(f"{portal}/en/admin/")
    pages = admin_pages("th")
    assert len(pages) > 40
    for url in pages:
        visit(url)
    context.close()
    assert not ran, f"a payload ran on {ran}"
    assert not dialogs
