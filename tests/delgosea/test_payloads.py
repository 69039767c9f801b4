"""Script and SQL payloads in every text field: every public and admin page still renders."""

import logging

from django.test import Client

from municipalities.models import LocalGovernment
from tests.payloads import admin_pages, fill_every_text_field, public_pages, script_links, without_web_address_checks

API = ["themes", "practices", "local-governments", "replications", "events", "results", "indicators"]


def test_no_page_gives_a_server_error_with_payloads_in_every_text_field(workspace, office_editor, caplog):
    caplog.set_level(logging.CRITICAL, logger="django")
    assert fill_every_text_field() > 50, "the payloads reached too few fields to prove anything"
    anonymous, editor = Client(raise_request_exception=False), Client(raise_request_exception=False)
    editor.force_login(office_editor)
    pages = [(anonymous, url) for url in public_pages()] + [(anonymous, f"/api/v1/{name}/") for name in API]
    pages += [(anonymous, "/iati/activity.xml"), (anonymous, "/sitemap.xml")]
    pages += [(editor, url) for language in ("th", "en") for url in admin_pages(language)]
    statuses = {url: client.get(url).status_code for client, url in pages}
    assert not {url: status for url, status in statuses.items() if status >= 500}
    assert sum(status == 200 for status in statuses.values()) > 100


def test_no_page_links_to_a_javascript_url_stored_where_the_database_check_was_missing(
    workspace, office_editor, caplog
):
    caplog.set_level(logging.CRITICAL, logger="django")
    editor = Client(raise_request_exception=False)
    editor.force_login(office_editor)
    with without_web_address_checks():
        assert fill_every_text_field() > 50
        assert LocalGovernment.objects.filter(website__startswith="javascript:").count() > 10
        pages = [*public_pages(), "/th/find-a-practice/?country=TH&q=wastewater", "/en/find-a-practice/?country=PH"]
        pages += [url for language in ("th", "en") for url in admin_pages(language)]
        links = {}
        for url in pages:
            response = Client().get(url) if not url.startswith(("/th/admin", "/en/admin")) else editor.get(url)
            page = response.content.decode() if "html" in response.get("Content-Type", "") else ""
            if found := script_links(page):
                links[url] = found
    assert not links
