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
    # A browser test's database is emptied after each test; post_migrate makes the roles again.
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


# ---------------------------------------------------------------- the workspace on a 1366 x 768 laptop

LAYOUT = """() => {
  const shown = (e) => e.offsetParent !== null && e.textContent.trim() !== "";
  const lines = (e) => {
    const walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
    const tops = [];
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      if (!text.textContent.trim() || text.parentElement.closest(".sortoptions")) continue;
      const range = document.createRange();
      range.selectNodeContents(text);
      for (const r of range.getClientRects()) if (r.width > 0) tops.push(Math.round(r.top));
    }
    return tops.filter((top, i) => !tops.slice(0, i).some((t) => Math.abs(t - top) < 4)).length;
  };
  const narrowerThanItsLongestWord = (e) => {
    const probe = e.cloneNode(true);
    probe.style.cssText = "position:absolute;visibility:hidden;width:min-content;"
      + "word-break:normal;overflow-wrap:normal;white-space:normal";
    e.parentNode.appendChild(probe);
    const needed = probe.getBoundingClientRect().width;
    probe.remove();
    return e.getBoundingClientRect().width + 1 < needed;
  };
  const headings = [...document.querySelectorAll("h1, h2, h3, caption, thead th, tbody th[scope=row]")].filter(shown);
  const overflowing = [document.documentElement, ...document.querySelectorAll("#changelist, #changelist .results")];
  return {
    scrolls: overflowing.filter((e) => e.scrollWidth > e.clientWidth).map((e) => e.id || e.className || e.tagName),
    broken: headings.filter(narrowerThanItsLongestWord).map((e) => e.textContent.trim()),
    tall: headings.filter((e) => lines(e) > 2).map((e) => e.textContent.trim()),
  };
}"""


@pytest.mark.parametrize("language", ["th", "en"])
def test_the_index_and_every_change_list_fit_a_laptop_screen_without_broken_headings(
    portal, browser, thai_editor, workspace, language
):
    from django.apps import apps
    from django.contrib import admin

    from kernel.workspace.registry import workspace_apps

    context = browser.new_context(viewport={"width": 1366, "height": 768})
    page = context.new_page()
    page.goto(f"{portal}/{language}/admin/login/")
    page.locator("#id_username").fill("nok")
    page.locator("#id_password").fill("wetland-reed-bed-2012")
    page.locator("input[type=submit]").click()
    page.wait_for_url(f"{portal}/{language}/admin/")

    labels = workspace_apps()
    models = [m for label in labels for m in apps.get_app_config(label).get_models() if m in admin.site._registry]
    pages = ["/admin/"] + [f"/admin/{m._meta.app_label}/{m._meta.model_name}/" for m in models]
    found = {}
    for path in pages:
        page.goto(f"{portal}/{language}{path}")
        assert page.locator("#content").is_visible(), path
        found[path] = {problem: texts for problem, texts in page.evaluate(LAYOUT).items() if texts}
    context.close()
    assert {path: problems for path, problems in found.items() if problems} == {}
