"""The project office's workspace in Chromium."""

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.e2e


def tab_of(page, field_id):
    """The language tab that shows a field: the tab whose panel holds it."""
    panel = page.locator(f"#{field_id}").locator("xpath=ancestor::*[@role='tabpanel'][1]").get_attribute("id")
    return page.locator(f"[role=tab][aria-controls='{panel}']")


@pytest.fixture
def thai_editor(portal):
    from django.contrib.auth import get_user_model

    call_command("createinitialrevisions", verbosity=0)  # the facts' first versions, as `manage.py seed` records
    call_command("add_staff", "nok", "--role", "project-office", verbosity=0)
    user = get_user_model().objects.get(username="nok")
    user.set_password("wetland-reed-bed-2012")
    user.save()
    return user


def test_a_thai_editor_changes_both_titles_in_their_tabs_and_sees_them_public_and_in_history(
    portal, browser, thai_editor
):
    from practices.models import Practice

    practice = Practice.objects.get(number=10)
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{portal}/th/admin/login/")
    page.get_by_label("ชื่อผู้ใช้").fill("nok")
    page.get_by_label("รหัสผ่าน").fill("wetland-reed-bed-2012")
    page.get_by_role("button", name="เข้าสู่ระบบ").click()
    page.wait_for_url(f"{portal}/th/admin/")

    page.goto(f"{portal}/th/admin/practices/practice/{practice.pk}/change/")
    tab_of(page, "id_title_th").click()
    page.locator("#id_title_th").fill("บึงประดิษฐ์บำบัดน้ำเสียของอุดรธานี")
    tab_of(page, "id_title_en").click()
    assert not page.locator("#id_title_th").is_visible()  # one language at a time
    page.locator("#id_title_en").fill("Udon Thani's constructed wetland")
    page.get_by_role("button", name="บันทึก", exact=True).click()
    page.wait_for_url(f"{portal}/th/admin/practices/practice/")
    assert "เรียบร้อยแล้ว" in page.locator(".messagelist").inner_text()

    page.goto(f"{portal}/th/")
    assert page.get_by_role("link", name="บึงประดิษฐ์บำบัดน้ำเสียของอุดรธานี").is_visible()
    page.goto(f"{portal}/en/")
    assert page.get_by_role("link", name="Udon Thani's constructed wetland").is_visible()

    page.goto(f"{portal}/th/admin/practices/practice/{practice.pk}/history/")
    history = page.locator("#change-history").inner_text()
    assert "nok" in history
    assert "การจัดการน้ำเสียแบบบึงประดิษฐ์" in history and "บึงประดิษฐ์บำบัดน้ำเสียของอุดรธานี" in history
    assert "Udon Thani's constructed wetland" in history
    context.close()
