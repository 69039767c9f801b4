"""No request gets a server error: every URL pattern of the site, walked by every persona,
with real records and with hostile values, and a corpus of hostile requests.

The corpus below is data: when a new kind of bad request is found, add it to a list.
Each persona hits every URL pattern with real values; the hostile variants (path values,
methods, headers, cookies, bodies, filter values) are spread over the patterns and personas
in turn, so that each variant is tried on many patterns without the full cartesian product.
"""

import contextlib
import functools
import itertools
import logging
import re

import pytest
from django.apps import apps
from django.contrib import admin
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import LocalePrefixPattern, RoutePattern
from pytest_django.asserts import assertContains
from reversion.models import Version

PERSONAS = ["anonymous", "office_editor", "thai_coordinator", "steering_member"]

# ------------------------------------------------------------------ the corpus

# Values put in place of a path converter or a regex group.
HOSTILE_PATH_VALUES = [
    "0",
    "-1",
    "99999999999999999999999999",
    "9223372036854775808",
    "abc",
    "1'; DROP TABLE municipalities_country; --",
    "<script>alert(1)</script>",
    "{{ request }}{% debug %}",
    "%ff%fe%c3",
    "%00",
    "..%2f..%2fetc%2fpasswd",
    "x" * 3000,
    "%E0%B8%99%E0%B9%89%E0%B8%B3",
]
# Values of one query-string parameter: a search, a page number, an admin filter.
HOSTILE_QUERY_VALUES = [
    "",
    "abc",
    "-1",
    "0",
    "99999999999999999999999999",
    "1.5e308",
    "NaN",
    "1,2,abc",
    "2011-13-45",
    "True",
    "' OR 1=1 --",
    "<script>alert(1)</script>",
    "{{ settings.SECRET_KEY }}{% load log %}",
    "%ff%fe%c3",
    "%00",
    "%",
    "_",
    "\\",
    "น้ำเสีย" * 500,
    "x" * 10_000,
]
# Query strings sent as they are (already encoded, or not UTF-8 at all).
HOSTILE_QUERY_STRINGS = [
    "page=0",
    "page=-1",
    "page=99999999999999999999",
    "page=abc",
    "p=abc",
    "p=99999999999",
    "o=abc",
    "o=99.-99",
    "all=&p=-5",
    "_to_field=password",
    "_popup=1&_to_field=id",
    "e=1",
    "q=%ff%fe%c3&theme=%ff",
    "q=a%00b",
    "%00=%00",
    "q=" + "%41" * 20_000,
    "&&&===;;;",
    "next=//evil.example/&language=xx",
    "a[]=1&a[]=2&__proto__=x",
    "q=%E0%B8",
    "language=%00&next=%00",
]
METHODS = ["GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "HEAD"]
# Host headers a client may send; None means the header is left out.
HOSTILE_HOSTS = [
    "",
    " ",
    "evil.example",
    "bad host",
    "127.0.0.1:99999999",
    "[::1",
    "localhost:abc",
    "127.0.0.1, evil.example",
    "a" * 300 + ".example",
    "testserver\x00",
    "testserver\r\nX-Injected: 1",
    "ทดสอบ.example",
    "-invalid-.example",
]
# Raw Cookie headers: control characters, huge values, broken quoting.
HOSTILE_COOKIES = [
    "sessionid=a\x00b",
    "sessionid=abcdefgh\x00ijklmnopqrstuvwxyz012345",
    "sessionid=0123456789abcdef\x1b[31m",
    "sessionid=\x01\x02\x03\x7f",
    "csrftoken=\x00; sessionid=\x0b",
    "sessionid=" + "s" * 20_000,
    "csrftoken=" + "c" * 20_000,
    'sessionid="unterminated',
    "django_language=\x00xx",
    "django_language=" + "x" * 5000,
    "=; ;;=;\x1f=\x1f",
    "sessionid=%00; csrftoken=%ff",
]
# (content type, body) pairs for POST, PUT and PATCH.
HOSTILE_BODIES = [
    ("application/x-www-form-urlencoded", b"a=%00&b=%ff%fe&q=x"),
    ("application/x-www-form-urlencoded", b"name_th=a%00b&name_en=%ff&post=yes"),
    ("application/x-www-form-urlencoded", b"&".join(b"f%d=1" % n for n in range(1500))),
    ("multipart/form-data; boundary=xyz", b'--xyz\r\nContent-Disposition: form-data; name="a"\r\n\r\n1'),
    ("multipart/form-data", b"--\r\n\r\n--"),
    ("multipart/form-data; boundary=", b"garbage"),
    (
        "multipart/form-data; boundary=b",
        b'--b\r\nContent-Disposition: form-data; name="import_file"; filename="../../x.csv"\r\n'
        b"Content-Type: text/csv\r\n\r\n\x00\xff\xfe=cmd|' /C calc'!A0\r\n--b--\r\n",
    ),
    ("application/json", b'{"a": [1, 2, {"$ne": null}]}'),
    ("text/plain; charset=utf-99", b"\xff\xfe\x00"),
    ("application/x-www-form-urlencoded; charset=latin-99", b"a=1"),
]


# ------------------------------------------------------------------ the URL patterns


def _groups(pattern_text):
    """The groups of a regex, in order: (name or None, body), and the text around them."""
    parts, depth, start, out = [], 0, 0, []
    for i, char in enumerate(pattern_text):
        if char == "\\":
            continue
        if char == "(" and (i == 0 or pattern_text[i - 1] != "\\"):
            if depth == 0:
                out.append(pattern_text[start:i])
                start = i
            depth += 1
        elif char == ")" and pattern_text[i - 1] != "\\":
            depth -= 1
            if depth == 0:
                body = pattern_text[start + 1 : i]
                named = re.match(r"\?P<(\w+)>(.*)", body, re.S)
                parts.append((named.group(1), named.group(2)) if named else (None, body))
                out.append(None)
                start = i + 1
    out.append(pattern_text[start:])
    return out, parts


def _template(pattern):
    """A pattern as a list of literal strings and slots: (converter or regex body, name)."""
    if isinstance(pattern, LocalePrefixPattern):
        return [("language", "language")]
    text = str(pattern)
    if isinstance(pattern, RoutePattern):
        pieces = []
        for literal, converter, name in re.findall(r"([^<]*)(?:<(?:(\w+):)?(\w+)>)?", text):
            pieces.append(literal)
            if name:
                pieces.append((converter or "str", name))
        return [p for p in pieces if p]
    text = text.lstrip("^").rstrip("$")
    literals, groups = _groups(text)
    pieces, groups = [], iter(groups)
    for literal in literals:
        if literal is None:
            name, body = next(groups)
            pieces.append((body, name))
        elif literal:
            pieces.append(re.sub(r"\\(.)", r"\1", literal))
    return pieces


def url_patterns(resolver=None, prefix=(), model=None):
    """Every URL pattern of the site: (its pieces, the admin's model it belongs to, its name)."""
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        pieces = (*prefix, *_template(entry.pattern))
        if isinstance(entry, URLResolver):
            found = re.fullmatch(r"(\w+)/(\w+)/", str(entry.pattern))
            inner_model = model
            if found and entry.app_name is None:
                with contextlib.suppress(LookupError):
                    inner_model = apps.get_model(found.group(1), found.group(2))
            yield from url_patterns(entry, pieces, inner_model)
        elif isinstance(entry, URLPattern):
            yield pieces, model, entry.name or repr(entry.pattern)


class Values:
    """Real values for the slots of a pattern, from the seeded database."""

    def __init__(self):
        from municipalities.models import LocalGovernment
        from practices.models import Practice

        self.practice = Practice.objects.get(number=10)
        self.slug = LocalGovernment.objects.get(slug="yala").slug
        self.known = {}

    def real(self, slot, model):
        if (slot, model) not in self.known:
            self.known[slot, model] = self.lookup(slot, model)
        return self.known[slot, model]

    def lookup(self, slot, model):
        body, name = slot
        if name == "language":
            return None  # filled by the caller
        if "|" in body and body.replace("|", "").replace("_", "").isalnum():
            return body.split("|")[-1]  # the admin's app_label alternatives
        if name == "number":
            return str(self.practice.number)
        if name == "slug":
            return self.slug
        if name == "content_type_id":
            from django.contrib.contenttypes.models import ContentType

            return str(ContentType.objects.get_for_model(self.practice).pk)
        if name == "object_id" and model is None:
            return str(self.practice.pk)
        if model is not None and (name == "version_id" or (name is None and body == r"\d+")):
            version = Version.objects.get_for_model(model).order_by("pk").first()
            return str(version.pk) if version else "1"
        if model is not None and name in ("object_id", None):
            obj = model._default_manager.order_by("pk").first()
            return str(obj.pk) if obj else "1"
        if name == "url":
            return "no-such-page/"
        if name == "path":
            return "no-such-file.png"
        return "1"


def build(pieces, language, fill):
    """A URL from a pattern's pieces: the language prefix, and fill(slot) for every other slot."""
    return "/" + "".join(
        piece if isinstance(piece, str) else f"{language}/" if piece[1] == "language" else fill(piece)
        for piece in pieces
    )


# ------------------------------------------------------------------ the walk


@pytest.fixture
def clients(workspace, office_editor, thai_coordinator, steering_member):
    """A client per persona; each shows a server error as a status, never as an exception."""
    import reversion

    # A saved version of the first record of every model, so that the history, revision and
    # recover pages have a real one to open.
    for model in admin.site._registry:
        first = model._default_manager.order_by("pk").first()
        if first is not None and reversion.is_registered(model):
            with reversion.create_revision():
                reversion.add_to_revision(first)
    users = {"office_editor": office_editor, "thai_coordinator": thai_coordinator, "steering_member": steering_member}
    result = {}
    for persona in PERSONAS:
        client = Client(raise_request_exception=False)
        if persona in users:
            client.force_login(users[persona])
        result[persona] = client
    return result


def send(client, method, url, query="", host=None, cookie=None, body=None):
    extra = {}
    if host is not None:
        extra["HTTP_HOST"] = host
    if cookie is not None:
        extra["HTTP_COOKIE"] = cookie
    if query:
        extra["QUERY_STRING"] = query
    content_type, data = body or ("application/octet-stream", b"")
    if method in ("POST", "PUT", "PATCH"):
        return client.generic(method, url, data, content_type=content_type, **extra)
    return client.generic(method, url, **extra)


def test_no_url_pattern_gives_a_server_error_to_any_persona_or_any_hostile_request(clients, caplog):
    caplog.set_level(logging.ERROR, logger="django")  # thousands of 403s and 404s, each logged
    values = Values()
    patterns = list(url_patterns())
    assert len(patterns) > 200, "the walk lost the admin's patterns"
    failures = []
    languages = itertools.cycle(["th", "en"])
    hostile = {
        "value": itertools.cycle(HOSTILE_PATH_VALUES),
        "query": itertools.cycle(HOSTILE_QUERY_STRINGS),
        "method": itertools.cycle(METHODS[1:]),
        "host": itertools.cycle(HOSTILE_HOSTS),
        "cookie": itertools.cycle(HOSTILE_COOKIES),
        "body": itertools.cycle(HOSTILE_BODIES),
    }

    def check(persona, method, url, **kwargs):
        response = send(clients[persona], method, url, **kwargs)
        if response.status_code >= 500:
            failures.append((persona, method, url[:120], str(kwargs)[:160], response.status_code))

    # Every persona opens every pattern with real values.
    for pieces, model, _name in patterns:
        for persona in PERSONAS:
            url = build(pieces, next(languages), functools.partial(values.real, model=model))
            check(persona, "GET", url)
    # Every pattern gets hostile path values, query strings, methods, hosts, cookies and bodies,
    # each kind from a different persona in turn.
    for index, (pieces, model, _name) in enumerate(patterns):
        persona = PERSONAS[index % len(PERSONAS)]
        language = "th" if index % 2 else "en"
        url = build(pieces, language, functools.partial(values.real, model=model))
        if any(not isinstance(piece, str) and piece[1] != "language" for piece in pieces):
            check(persona, "GET", build(pieces, language, lambda _slot: next(hostile["value"])))
            check(PERSONAS[(index + 1) % 4], "GET", build(pieces, language, lambda _slot: "%00"))
        check(PERSONAS[(index + 1) % 4], "GET", url, query=next(hostile["query"]))
        check(PERSONAS[(index + 2) % 4], "GET", url, host=next(hostile["host"]))
        check(PERSONAS[(index + 3) % 4], "GET", url, cookie=next(hostile["cookie"]))
        method = next(hostile["method"])
        check(persona, method, url, body=next(hostile["body"]) if method in ("POST", "PUT", "PATCH") else None)
    assert not failures, "server errors:\n" + "\n".join(map(str, failures))


def test_no_admin_change_list_search_or_filter_gives_a_server_error(clients, django_user_model, caplog):
    caplog.set_level(logging.ERROR, logger="django")
    # A superuser reads each change list's filters, including those the personas may not open.
    superuser = Client()
    superuser.force_login(django_user_model.objects.create_superuser("root", "root@example.org", "x"))
    changelists = [f"/th/admin/{model._meta.app_label}/{model._meta.model_name}/" for model in admin.site._registry]
    failures = []
    values = itertools.cycle(HOSTILE_QUERY_VALUES)
    for index, url in enumerate(changelists):
        response = superuser.get(url)
        assert response.status_code == 200, url
        parameters = sorted(
            {p for spec in response.context["cl"].filter_specs for p in spec.expected_parameters() if p}
        )
        for offset, persona in enumerate(PERSONAS):
            language_url = url if (index + offset) % 2 else url.replace("/th/", "/en/", 1)
            for params in [{"q": next(values)}, *({name: next(values)} for name in parameters)]:
                if offset and len(params) == 1 and "q" not in params and (index + offset) % 2:
                    continue  # each filter by two personas, the search by all four
                response = clients[persona].get(language_url, params)
                if response.status_code >= 500:
                    failures.append((persona, "GET", language_url, params, response.status_code))
    assert not failures, "server errors:\n" + "\n".join(str(f)[:300] for f in failures)


@pytest.mark.parametrize(("language", "words"), [("th", "พอร์ทัลนี้ไม่ได้ให้บริการ"), ("en", "this portal does not serve")])
@pytest.mark.parametrize("host", ["evil.example", "", "bad host\x00"])
def test_a_bad_host_gets_a_400_page_in_the_readers_language(client, seeded, language, words, host):
    response = client.get(f"/{language}/practices/", HTTP_HOST=host)
    assertContains(response, words, status_code=400)
    assertContains(response, f'<html lang="{language}">', status_code=400)
    assertContains(response, f'href="/{language}/"', status_code=400)
    assert b"evil.example" not in response.content


@pytest.mark.parametrize("cookie", HOSTILE_COOKIES)
def test_a_cookie_with_control_characters_or_a_huge_value_is_ignored(client, seeded, cookie):
    # The admin reads the session and the CSRF cookie; the public page reads the language.
    assert client.get("/th/practices/", HTTP_COOKIE=cookie).status_code == 200
    assert client.get("/th/admin/login/", HTTP_COOKIE=cookie).status_code == 200


# ------------------------------------------------------------------ searches are cut


def test_an_admin_search_is_cut_before_it_is_shown_or_queried(client, workspace, office_editor):
    from municipalities.workspace import MAX_SEARCH_LENGTH

    client.force_login(office_editor)
    response = client.get("/en/admin/municipalities/localgovernment/", {"q": "y" * 10_000})
    assert response.status_code == 200
    assert response.context["cl"].query == "y" * MAX_SEARCH_LENGTH
    assert b"y" * MAX_SEARCH_LENGTH in response.content
    assert b"y" * (MAX_SEARCH_LENGTH + 1) not in response.content


def test_a_target_group_is_found_by_its_name_in_the_admin(client, workspace, office_editor):
    from monitoring.models import TargetGroup

    group = TargetGroup.objects.exclude(name_en="").first()
    client.force_login(office_editor)
    response = client.get("/en/admin/monitoring/targetgroup/", {"q": group.name_en})
    assert response.status_code == 200
    assert group in response.context["cl"].result_list


def test_a_public_search_too_long_to_use_is_shown_again_only_up_to_the_limit(client, seeded):
    from practices.filters import MAX_QUERY_LENGTH

    response = client.get("/th/practices/", {"q": "z" * 10_000, "theme": "3"})
    assert response.status_code == 200
    assert b"z" * MAX_QUERY_LENGTH in response.content
    assert b"z" * (MAX_QUERY_LENGTH + 1) not in response.content


def test_an_autocomplete_search_is_cut_before_it_is_queried(client, workspace, office_editor):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from municipalities.workspace import MAX_SEARCH_LENGTH

    client.force_login(office_editor)
    params = {"app_label": "replications", "model_name": "replication", "field_name": "pilot"}
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/en/admin/autocomplete/", {**params, "term": "y" * 10_000})
    assert response.status_code == 200
    searched = [q["sql"] for q in queries.captured_queries if "y" * MAX_SEARCH_LENGTH in q["sql"]]
    assert searched, "the search was not queried at all"
    assert not any("y" * (MAX_SEARCH_LENGTH + 1) in sql for sql in searched)


def test_no_autocomplete_request_gives_a_server_error(clients):
    good = {"app_label": "replications", "model_name": "replication", "field_name": "pilot", "term": "a"}
    failures = []
    values = itertools.cycle(HOSTILE_QUERY_VALUES)
    for persona in PERSONAS:
        for name in good:
            params = {**good, name: next(values)}
            response = clients[persona].get("/th/admin/autocomplete/", params)
            if response.status_code >= 500:
                failures.append((persona, params, response.status_code))
    assert not failures


# POSTs to a change list (admin actions), to an import and to its confirmation, to an export.
HOSTILE_ACTIONS = [
    {"action": "delete_selected", "_selected_action": ["abc", "99999999999999999999"]},
    {"action": "mark_translation_current", "_selected_action": ["1", "-1", "1.5"], "select_across": "abc"},
    {"action": "no_such_action", "_selected_action": ["1"]},
    {"action": "delete_selected", "_selected_action": ["<script>"], "post": "yes"},
    {"action": "", "index": "abc", "_save": "1", "form-TOTAL_FORMS": "99999999"},
]
HOSTILE_IMPORT_FILES = [
    ("x.csv", b'\xff\xfe\x00garbage,,,\n"unterminated'),
    ("x.csv", b"id,name_en,country\n99999999999999999999,x,TH\nabc,y,ZZ\n"),
    ("x.csv", b"name_en\n" + b"a" * 100_000 + b"\n"),
    ("x.xlsx", b"PK\x03\x04garbage"),
    ("x.csv", b""),
]
HOSTILE_IMPORT_CONFIRMATIONS = [
    {"import_file_name": "../../etc/passwd", "original_file_name": "x.csv", "format": "0"},
    {"import_file_name": "tmpabcdefgh", "original_file_name": "x.csv", "format": "0"},
    {"import_file_name": "x" * 500, "original_file_name": "x", "format": "abc"},
    {"import_file_name": "", "original_file_name": "", "format": "99", "resource": "9"},
]
HOSTILE_FORMATS = ["abc", "99", "-1", ""]


def test_no_admin_action_import_or_export_gives_a_server_error(clients, caplog):
    from django.core.files.uploadedfile import SimpleUploadedFile

    caplog.set_level(logging.ERROR, logger="django")
    importing = [
        f"/th/admin/{model._meta.app_label}/{model._meta.model_name}/"
        for model, model_admin in admin.site._registry.items()
        if getattr(model_admin, "resource_classes", None)
    ]
    assert importing, "no admin imports: the test would try nothing"
    failures = []
    formats = itertools.cycle(HOSTILE_FORMATS)

    def check(persona, url, data):
        response = clients[persona].post(url, data)
        if response.status_code >= 500:
            failures.append((persona, url, str(data)[:120], response.status_code))

    for persona in PERSONAS:
        for url in [*importing, "/en/admin/practices/practice/", "/en/admin/training/event/"]:
            for data in HOSTILE_ACTIONS:
                check(persona, url, data)
        for url in importing:
            for name, content in HOSTILE_IMPORT_FILES:
                fmt = next(formats)
                check(persona, url + "import/", {"import_file": SimpleUploadedFile(name, content), "format": fmt})
                check(persona, url + "import/", {"import_file": SimpleUploadedFile(name, content), "format": "0"})
            for data in HOSTILE_IMPORT_CONFIRMATIONS:
                check(persona, url + "process_import/", data)
            check(persona, url + "export/", {"format": next(formats), "export_items": ["abc", "-1"]})
            for query in HOSTILE_QUERY_STRINGS:
                response = clients[persona].get(url + "export/", QUERY_STRING=query)
                if response.status_code >= 500:
                    failures.append((persona, url + "export/", query[:120], response.status_code))
    assert not failures, "server errors:\n" + "\n".join(map(str, failures))


def test_a_nul_byte_in_the_path_gets_a_400_page_in_thai(client, workspace, office_editor):
    client.force_login(office_editor)
    response = client.get("/th/admin/training/event/%00/history/")
    assertContains(response, "คำขอไม่ถูกต้อง", status_code=400)


def test_an_export_with_filters_that_are_not_filters_gets_a_400(client, workspace, office_editor):
    client.force_login(office_editor)
    response = client.get("/en/admin/municipalities/person/export/", {"next": "//evil.example/", "language": "xx"})
    assertContains(response, "Bad request", status_code=400)
