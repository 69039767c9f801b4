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
