"""Anonymous public pages are cached whole, per language and query string, forgotten on any edit;
they set no cookie and do not vary on cookies; signed-in staff always get a fresh page."""

import pytest
from pytest_django.asserts import assertContains, assertNotContains

from practices.models import Practice

PUBLIC = [
    "/th/",
    "/en/",
    "/th/practices/",
    "/en/practices/?theme=3&country=PH",
    "/th/practices/?q=น้ำเสีย",
    "/en/practices/10/",
    "/th/themes/",
    "/en/local-governments/",
    "/th/local-governments/opal/",
    "/th/map/",
    "/en/programme/",
]


@pytest.fixture
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 600


@pytest.mark.parametrize("path", PUBLIC)
def test_an_anonymous_page_sets_no_cookie_and_does_not_vary_on_cookies(client, seeded, page_cache, path):
    response = client.get(path)
    assert response.status_code == 200
    assert not response.cookies
    assert "Set-Cookie" not in response
    assert "cookie" not in response.get("Vary", "").lower()
    assert "csrfmiddlewaretoken" not in response.content.decode()


def test_the_second_anonymous_visit_is_served_whole_from_the_cache(
    client, seeded, page_cache, django_assert_num_queries
):
    first = client.get("/en/practices/?theme=3")
    assert first["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        second = client.get("/en/practices/?theme=3")
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    # Served from the cache, still with the security headers of every answer.
    assert "frame-ancestors 'none'" in second["Content-Security-Policy"]


def test_each_language_and_query_string_is_a_page_of_its_own(client, seeded, page_cache):
    client.get("/en/practices/?theme=3")
    assert client.get("/en/practices/?theme=1")["X-Page-Cache"] == "miss"
    thai = client.get("/th/practices/?theme=3")
    assert thai["X-Page-Cache"] == "miss"
    assertContains(thai, '<html lang="th">')


def test_a_gzipped_copy_goes_only_to_a_browser_that_accepts_it(client, seeded, page_cache):
    client.get("/en/", headers={"Accept-Encoding": "gzip"})
    plain = client.get("/en/")
    assert plain["X-Page-Cache"] == "miss"
    assert "Content-Encoding" not in plain
    zipped = client.get("/en/", headers={"Accept-Encoding": "gzip, deflate"})
    assert zipped["X-Page-Cache"] == "hit"
    assert zipped["Content-Encoding"] == "gzip"


def test_an_edit_shows_on_the_next_anonymous_visit(client, seeded, page_cache):
    assertContains(client.get("/en/practices/10/"), "Constructed Wetland for Wastewater Treatment")
    practice = Practice.objects.get(number=10)
    practice.title_en = "Udon Thani's constructed wetland"
    practice.save()
    response = client.get("/en/practices/10/")
    assert response["X-Page-Cache"] == "miss"
    assertContains(response, "Udon Thani&#x27;s constructed wetland")


def test_a_deleted_record_leaves_the_cached_pages(client, seeded, page_cache):
    wetland = Practice.objects.get(number=10)
    sample = Practice.objects.create(
        number=1001,
        theme=wetland.theme,
        host=wetland.host,
        title_en="Sample practice to delete",
        status=Practice.Status.SELECTED,
        source="sample",
    )
    assertContains(client.get("/en/practices/"), "Sample practice to delete")
    sample.delete()
    assertNotContains(client.get("/en/practices/"), "Sample practice to delete")


def test_signed_in_staff_always_get_a_fresh_page_and_never_fill_the_cache(client, seeded, page_cache, office_editor):
    client.force_login(office_editor)
    response = client.get("/en/practices/10/")
    assert "X-Page-Cache" not in response
    client.logout()
    assert client.get("/en/practices/10/")["X-Page-Cache"] == "miss"


def test_the_admin_is_never_cached(client, seeded, page_cache):
    client.get("/en/admin/login/")
    assert "X-Page-Cache" not in client.get("/en/admin/login/")


def test_signing_in_keeps_the_cached_pages(client, seeded, page_cache, office_editor):
    # The virtualenv lies inside the project folder; its apps (sessions, auth, axes) are not the
    # project's, and a sign-in writes to all three.
    from kernel import dataversion

    before = dataversion.version()
    client.force_login(office_editor)
    office_editor.save()
    assert dataversion.version() == before
    Practice.objects.get(number=10).save()
    assert dataversion.version() != before


def test_the_version_changes_again_when_an_edit_commits(seeded, page_cache, django_capture_on_commit_callbacks):
    # An anonymous page rendered while an editor's transaction is still open reads the data as it
    # was; if it was kept under the number bumped at save time, the commit's bump hides it.
    from kernel import dataversion

    with django_capture_on_commit_callbacks(execute=True):
        Practice.objects.get(number=10).save()
        during = dataversion.version()
    assert dataversion.version() != during
