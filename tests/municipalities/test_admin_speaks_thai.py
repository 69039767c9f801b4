"""No admin page the portal uses shows an untranslated English string to a Thai editor.

The test knows every string the admin can show from the catalogues (Django's admin,
auth, contenttypes and core, the three admin libraries, the portal's own), walks the
admin's pages in Thai as an office editor and as a country coordinator, and fails on
any text of a page that is one of those strings left in English.
"""

import html
import os
import re
from html.parser import HTMLParser

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
    return untranslated(response.content.decode(), english_strings)


def untranslated(page, english_strings):
    with translation.override("th"):
        return {text for text in visible_texts(page) if text in english_strings and translation.gettext(text) == text}


def admin_pages(model):
    opts = model._meta
    obj = model.objects.first()
    assert obj is not None, f"no {opts.label_lower} whose pages to read"
    pages = [f"/th/admin/{opts.app_label}/{opts.model_name}/", f"/th/admin/{opts.app_label}/{opts.model_name}/add/"]
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
    with translation.override("en"):
        texts = visible_texts(client.get("/en/admin/").content.decode())
    assert {"Recent actions", "My actions"} <= texts & english_strings  # the English admin's, read as English
    # A string a catalogue gains in English before anyone translates it, shown on a Thai page: the check finds it.
    new_string = "Archive the selected records"
    thai_page = client.get("/th/admin/").content.decode()
    assert untranslated(thai_page, english_strings | {new_string}) == set()
    with_it = thai_page.replace("</h1>", f"</h1><p>{new_string}</p>", 1)
    assert untranslated(with_it, english_strings | {new_string}) == {new_string}


# ---------------------------------------------------------------- every page kind, every model, no English chrome

# Proper names and codes a Thai page may show in Latin letters; any other English word is chrome left untranslated.
NAMES_AND_CODES = {"DELGOSEA", "CSV", "XLSX", "XLS", "TSV", "JSON", "YAML", "HTML", "ODS", "PDF", "DOCX", "PPTX"}
NAMES_AND_CODES |= {"JPEG", "PNG", "WebP", "MB", "ISO", "URL", "ID", "IP", "SSO", "LDAP", "th", "en"}
NAMES_AND_CODES |= {"HTTP", "Accept", "GET", "POST"}  # the parts of a request django-axes keeps
NAMES_AND_CODES |= {"Control", "Command", "Mac"}  # the keys Django's Thai help text names
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20[0-4]\d)(?!\d)")  # a Gregorian year; the Buddhist Era's are 25xx


def record_data():
    """What records hold (each text field in each language, file columns' codes): data, not chrome.

    A compiled pattern that finds any of them as a whole (not inside a longer word), longest first.
    """
    from django.contrib.auth.models import Permission

    values = set()
    for model in [*admin.site._registry, Permission]:
        fields = [f for f in model._meta.concrete_fields if not f.is_relation and not f.choices]
        for row in model._base_manager.values_list(*[f.attname for f in fields]):
            values.update(str(value) for value in row if value not in (None, ""))
    for model_admin in admin.site._registry.values():
        for resource in getattr(model_admin, "resource_classes", None) or []:
            values.update(field.column_name for field in resource().get_export_fields())
    values = sorted((v for v in values if LATIN_WORD.search(v) or YEAR.search(v)), key=len, reverse=True)
    return re.compile("|".join(rf"(?<![A-Za-z0-9]){re.escape(v)}(?![A-Za-z0-9])" for v in values))


class ShownText(HTMLParser):
    """The text a person reads on a page: text outside scripts and form data, titles, labels, button values."""

    HIDDEN = {"script", "style", "svg", "template", "textarea", "noscript", "option"}
    # A page whose charts are drawn on the server reads their text too: titles, labels, figures.
    HIDDEN_BUT_CHARTS = HIDDEN - {"svg"}

    def __init__(self, hidden=HIDDEN):
        super().__init__(convert_charrefs=True)
        self.texts, self.hidden, self.hidden_tags = [], 0, hidden

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in self.hidden_tags:
            self.hidden += 1
        for name in ("title", "placeholder", "aria-label", "alt"):
            self.texts.append(attrs.get(name) or "")
        if tag == "input" and attrs.get("type") in {"submit", "button", "reset"}:
            self.texts.append(attrs.get("value") or "")

    def handle_endtag(self, tag):
        if tag in self.hidden_tags:
            self.hidden -= 1

    def handle_data(self, data):
        if not self.hidden:
            self.texts.append(data)


def shown_texts(page, hidden=ShownText.HIDDEN):
    parser = ShownText(hidden)
    parser.feed(page)
    return {" ".join(t.split()) for t in parser.texts if t.strip()}


def english_chrome(page, data, hidden=ShownText.HIDDEN):
    """The texts of a Thai page with an English word or a Gregorian year outside its records' data.

    ``hidden``: the elements whose text is not read (``ShownText.HIDDEN_BUT_CHARTS`` reads SVG charts)."""
    found = set()
    for text in shown_texts(page, hidden):
        if not LATIN_WORD.search(text) and not YEAR.search(text):
            continue
        rest = data.sub(" ", text)
        if {w for w in LATIN_WORD.findall(rest) if w not in NAMES_AND_CODES} or YEAR.search(rest):
            found.add(text)
    return found


def page_urls(model, request):
    """Each kind of page the admin has for a model (django-axes' records cannot be added by hand)."""
    opts, model_admin = model._meta, admin.site._registry[model]
    base = f"/th/admin/{opts.app_label}/{opts.model_name}/"
    obj = model._base_manager.order_by("pk").first()
    assert obj is not None, f"no {opts.label} record to show"
    urls = {"changelist": base, "change": f"{base}{obj.pk}/change/"}
    urls |= {"history": f"{base}{obj.pk}/history/", "delete": f"{base}{obj.pk}/delete/"}
    if model_admin.has_add_permission(request):
        urls["add"] = base + "add/"
    if getattr(model_admin, "resource_classes", None):
        urls |= {"import": base + "import/", "export": base + "export/"}
    return urls


@pytest.fixture
def every_kind_of_record(workspace):
    """The workspace's records plus the sign-in records django-axes keeps, so that every change list has one."""
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog
    from django.utils import timezone

    login = {"username": "office", "ip_address": "192.0.2.1", "user_agent": "Firefox", "http_accept": "*/*"}
    AccessAttempt.objects.create(failures_since_start=1, get_data="", post_data="", path_info="/th/", **login)
    AccessLog.objects.create(attempt_time=timezone.now(), path_info="/th/admin/login/", **login)
    AccessFailureLog.objects.create(attempt_time=timezone.now(), path_info="/th/admin/login/", **login)


@pytest.fixture
def administrator(db):
    """The office editor sees the four apps; the accounts and sign-in records need a superuser."""
    from django.contrib.auth import get_user_model

    return get_user_model().objects.create_superuser("admin", "admin@example.org", "not-used-in-tests")


@pytest.mark.parametrize("model", list(admin.site._registry), ids=lambda m: m._meta.label_lower)
def test_every_page_of_every_model_shows_no_english_chrome_in_thai(
    client, rf, every_kind_of_record, office_editor, administrator, model
):
    request = rf.get("/th/admin/")
    request.user = office_editor if model._meta.app_label in registry.workspace_apps() else administrator
    client.force_login(request.user)
    data = record_data()
    found = {}
    for kind, url in page_urls(model, request).items():
        response = client.get(url)
        assert response.status_code == 200, url
        found[kind] = english_chrome(response.content.decode(), data)
    assert {kind: texts for kind, texts in found.items() if texts} == {}


@pytest.mark.parametrize("user", ["office_editor", "administrator"])
def test_the_admin_index_shows_no_english_chrome_in_thai(client, every_kind_of_record, request, user):
    client.force_login(request.getfixturevalue(user))
    assert english_chrome(client.get("/th/admin/").content.decode(), record_data()) == set()


def test_the_chrome_detector_finds_english_and_gregorian_years_but_not_data(
    client, every_kind_of_record, office_editor
):
    client.force_login(office_editor)
    data = record_data()
    english = english_chrome(client.get("/en/admin/practices/practice/").content.decode(), data)
    assert "Search" in english and any(text.endswith("selected") for text in english)
    assert english_chrome("<p>1 มีนาคม 2010</p><p>1 มีนาคม 2553</p>", data) == {"1 มีนาคม 2010"}
    assert english_chrome("<td>Sample Thai officer</td><td>Sample Thai officer left</td>", data) == {
        "Sample Thai officer left"
    }


def test_counts_and_dates_read_as_whole_numbers_and_buddhist_era_years_in_thai(client, workspace, office_editor):
    from monitoring.models import IndicatorValue

    client.force_login(office_editor)
    value = IndicatorValue.objects.get(value=27)
    change = client.get(f"/th/admin/monitoring/indicatorvalue/{value.pk}/change/").content.decode()
    assert 'value="27"' in change and "27.00" not in change
    listed = client.get("/th/admin/monitoring/indicatorvalue/").content.decode()
    assert "12 มิถุนายน 2553" in listed and "2010" not in listed
    assert "12 June 2010" in client.get("/en/admin/monitoring/indicatorvalue/").content.decode()


def test_a_records_history_dates_its_versions_in_buddhist_era_years_in_thai(client, workspace, office_editor):
    import reversion
    from django.utils import timezone

    from municipalities.models import LocalGovernment

    yala = LocalGovernment.objects.get(slug="yala")
    with reversion.create_revision():
        yala.save()
    client.force_login(office_editor)
    page = client.get(f"/th/admin/municipalities/localgovernment/{yala.pk}/history/").content.decode()
    assert str(timezone.localtime().year + 543) in page
    assert english_chrome(page, record_data()) == set()
