"""Under the Content-Security-Policy (no inline script or style), nothing a page needs is refused."""

import pytest

pytestmark = pytest.mark.e2e


def refusals(page):
    found = []
    page.on("console", lambda message: "Content Security Policy" in message.text and found.append(message.text))
    return found


def test_no_public_or_admin_page_has_anything_refused_by_the_policy(portal, browser):
    from django.contrib.auth import get_user_model

    from practices.models import Practice

    # A superuser: the staff groups come from a migration, which an earlier browser test's flush removes.
    get_user_model().objects.create_superuser("nok", "nok@example.org", "wetland-reed-bed-2012")
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    found = refusals(page)
    for path in ["/th/", "/en/practices/?theme=3", "/th/practices/10/", "/th/map/", "/en/programme/"]:
        page.goto(f"{portal}{path}")
    page.goto(f"{portal}/th/admin/login/")
    page.get_by_label("ชื่อผู้ใช้").fill("nok")
    page.get_by_label("รหัสผ่าน").fill("wetland-reed-bed-2012")
    page.get_by_role("button", name="เข้าสู่ระบบ").click()
    page.wait_for_url(f"{portal}/th/admin/")
    practice = Practice.objects.get(number=10)
    for path in [
        "/th/admin/",
        "/th/admin/practices/practice/",
        f"/th/admin/practices/practice/{practice.pk}/change/",
        f"/th/admin/practices/practice/{practice.pk}/history/",
        "/th/admin/municipalities/localgovernment/import/",
    ]:
        page.goto(f"{portal}{path}")
        page.wait_for_load_state("networkidle")
    context.close()
    assert found == []


def signed_in_editor(portal, browser):
    """A Thai office editor signed in, in a page that records what the policy refuses."""
    from django.contrib.auth import get_user_model

    get_user_model().objects.create_superuser("nok", "nok@example.org", "wetland-reed-bed-2012")
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    found = refusals(page)
    page.goto(f"{portal}/th/admin/login/")
    page.get_by_label("ชื่อผู้ใช้").fill("nok")
    page.get_by_label("รหัสผ่าน").fill("wetland-reed-bed-2012")
    page.get_by_role("button", name="เข้าสู่ระบบ").click()
    page.wait_for_url(f"{portal}/th/admin/")
    return context, page, found


@pytest.mark.parametrize("language", ["th", "en"])
def test_the_import_and_export_pages_have_nothing_refused_and_select_all_works(portal, browser, language):
    context, page, found = signed_in_editor(portal, browser)
    for model in ["municipalities/localgovernment", "municipalities/person", "training/participation"]:
        for view in ["", "import/", "export/"]:
            page.goto(f"{portal}/{language}/admin/{model}/{view}")
            page.wait_for_load_state("networkidle")
    assert found == []

    # The export page's "select all" box was an inline handler, which the policy refused.
    page.goto(f"{portal}/{language}/admin/municipalities/localgovernment/export/")
    fields = page.locator('.selectable-field-export-row input[type="checkbox"]')
    assert fields.count() > 2
    page.locator("#select-all-toggle").uncheck()
    assert [fields.nth(i).is_checked() for i in range(fields.count())] == [False] * fields.count()
    page.locator("#select-all-toggle").check()
    assert all(fields.nth(i).is_checked() for i in range(fields.count()))
    context.close()
    assert found == []
