"""Hostile input at scale: hypothesis generates the values of every query parameter a page reads
(public pages, the open-data API, the signed-in dashboard) and, in the admin, of every field of
every add form and of one record's change form per model, of every changelist's search, ordering,
page and filter parameters, and the rows of CSV and XLSX imports; none may give a server error.

The lists of parameters are checked against what the views read: a view that starts reading a
parameter the fuzzer does not know fails test_the_fuzzer_knows_every_query_parameter_a_view_reads.

Bounded (a few examples each, no deadline, derandomized so that CI sees the same examples every
run) so that the whole file runs in about a minute.
"""

import csv
import io
import logging

import openpyxl
import pytest
from django.contrib import admin
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.handlers.wsgi import WSGIRequest
from django.http import QueryDict
from django.test import Client
from django.urls import URLResolver, get_resolver, resolve
from django.utils import translation
from django.utils.functional import cached_property
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from tests.municipalities.test_workspace_editing import form_data

# Any text a client can send: every Unicode category but lone surrogates (which no client can
# encode), NUL and control characters included, up to a few hundred characters, or huge.
text = st.one_of(
    st.text(st.characters(exclude_categories=("Cs",)), max_size=300),
    st.sampled_from(["", "0", "-1", "99999999999999999999", "1e308", "NaN", "%", "_", "\\", "x" * 10_000]),
    st.integers().map(str),
)
BOUNDED = settings(
    max_examples=25,
    deadline=None,
    derandomize=True,  # the same examples on every run: a CI failure is one anybody can repeat
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    database=None,  # no example database in the checkout
    phases=[Phase.explicit, Phase.generate],  # a failure is reported as found: shrinking posts for minutes
)

# Every page a visitor may open (in Thai and English where it has a language prefix) with the
# query parameters its view reads. "q" is read on every page: the language switch keeps the
# search, cut to its length (delgosea/templatetags/delgosea.py, url_in_language).
PUBLIC_PARAMETERS = {
    "/{lang}/": ["q"],
    "/{lang}/practices/": ["theme", "country", "kind", "q", "page"],
    "/{lang}/practices/download.csv": ["theme", "country", "kind", "q"],
    "/{lang}/practices/download.xlsx": ["theme", "country", "kind", "q"],
    "/{lang}/practices/10/": ["q"],
    "/{lang}/practices/10/share.png": [],
    "/{lang}/practices/10/case-sheet.pdf": ["languages"],
    "/{lang}/practices/case-sheets.pdf": ["languages"],
    "/{lang}/themes/": ["q"],
    "/{lang}/find-a-practice/": ["country", "kind", "population", "theme", "q"],
    "/{lang}/local-governments/": ["role", "country", "q"],
    "/{lang}/local-governments/download.csv": ["role", "country"],
    "/{lang}/local-governments/download.xlsx": ["role", "country"],
    "/{lang}/local-governments/yala/": ["q"],
    "/{lang}/programme/": ["q"],
    "/{lang}/map/": ["country", "q"],
    "/{lang}/share.png": [],
    "/{lang}/open-data/": ["q"],
    "/sitemap.xml": ["p"],
    "/iati/activity.xml": [],
    "/api/v1/schema/": ["format", "lang", "version"],
}
# The open-data API: its lists and one record of each, with what its filters and pages read.
API_PARAMETERS = ["theme", "country", "kind", "q", "page", "lang", "practice", "role", "format"]
API_PAGES = {
    "/api/v1/themes/": API_PARAMETERS,
    "/api/v1/themes/1/": API_PARAMETERS,
    "/api/v1/practices/": API_PARAMETERS,
    "/api/v1/practices/10/": API_PARAMETERS,
    "/api/v1/local-governments/": API_PARAMETERS,
    "/api/v1/local-governments/yala/": API_PARAMETERS,
    "/api/v1/replications/": API_PARAMETERS,
    "/api/v1/replications/{replication}/": API_PARAMETERS,
    "/api/v1/events/": API_PARAMETERS,
    "/api/v1/events/{event}/": API_PARAMETERS,
    "/api/v1/results/": API_PARAMETERS,
    "/api/v1/results/1/": API_PARAMETERS,
    "/api/v1/indicators/": API_PARAMETERS,
    "/api/v1/indicators/{indicator}/": API_PARAMETERS,
}
# The steering committee's dashboard and its downloads (signed-in staff).
STAFF_PARAMETERS = {
    "/{lang}/dashboard/": ["as_of", "print", "q"],
    "/{lang}/dashboard/report.xlsx": ["as_of"],
    "/{lang}/dashboard/report.pdf": ["as_of", "q"],
    "/{lang}/dashboard/plan.csv": ["as_of"],
}
# Pages whose parameters are not fuzzed here: uploads (a file path, no query parameter read),
# and the admin, fuzzed form by form below.
NOT_QUERY_PAGES = {"media"}
# Pages drawn by Chromium take seconds each: fewer examples (their PDF is cached per page, so
# most examples are served from the cache anyway).
SLOW = {"/{lang}/practices/10/case-sheet.pdf", "/{lang}/practices/case-sheets.pdf", "/{lang}/dashboard/report.pdf"}


def server_errors(responses):
    return [(url, str(params)[:200], r.status_code) for url, params, r in responses if r.status_code >= 500]


def api_url(url):
    from monitoring.models import Indicator
    from replications.models import Replication
    from training.models import Event

    return url.format(
        replication=Replication.objects.order_by("pk").values_list("pk", flat=True).first(),
        event=Event.objects.order_by("slug").values_list("slug", flat=True).first(),
        indicator=Indicator.objects.order_by("code").values_list("code", flat=True).first(),
    )


@pytest.fixture
def anonymous(seeded, caplog):
    caplog.set_level(logging.CRITICAL, logger="django")
    return Client(raise_request_exception=False)


@pytest.fixture
def steering(workspace, steering_member, caplog):
    caplog.set_level(logging.CRITICAL, logger="django")
    client = Client(raise_request_exception=False)
    client.force_login(steering_member)
    return client


# ------------------------------------------------------------- the lists are complete


class ReadNames(QueryDict):
    """A query string that notes the names a view reads from it (get, [], getlist, in, pop)."""

    read = set()

    def __getitem__(self, key):
        ReadNames.read.add(key)
        return super().__getitem__(key)

    def _getlist(self, key, *args, **kwargs):
        ReadNames.read.add(key)
        return super()._getlist(key, *args, **kwargs)

    def __contains__(self, key):
        ReadNames.read.add(key)
        return super().__contains__(key)

    def pop(self, key, *args):
        ReadNames.read.add(key)
        return super().pop(key, *args)


@pytest.fixture
def reading(monkeypatch):
    """Every request's GET is a ReadNames: what each view reads is noted in ReadNames.read."""

    def recording_get(request):
        return ReadNames(request.environ.get("QUERY_STRING", ""), encoding=request._encoding)

    get = cached_property(recording_get)
    get.__set_name__(WSGIRequest, "GET")
    monkeypatch.setattr(WSGIRequest, "GET", get)
    return ReadNames.read


def view_names(patterns=None, namespace=""):
    """The name of every URL pattern of the site (namespaced), the admin's left out."""
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern, URLResolver):
            if pattern.app_name == "admin":
                continue
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from view_names(pattern.url_patterns, inner)
        else:
            yield f"{namespace}{pattern.name}"


def test_the_fuzzer_knows_every_page_with_a_query_string(seeded):
    known = [*PUBLIC_PARAMETERS, *map(api_url, API_PAGES), *STAFF_PARAMETERS]
    with translation.override("th"):  # a Thai path resolves only while Thai is active
        fuzzed = {resolve(url.format(lang="th")).view_name for url in known}
    assert set(view_names()) - NOT_QUERY_PAGES - fuzzed == set(), "a page the fuzzer does not visit"


def test_the_fuzzer_knows_every_query_parameter_a_view_reads(reading, anonymous, steering):
    # An unknown parameter makes the query string non-empty, so that a view binds its form.
    pages = [(anonymous, url, names) for url, names in PUBLIC_PARAMETERS.items()]
    pages += [(anonymous, api_url(url), names) for url, names in API_PAGES.items()]
    pages += [(steering, url, names) for url, names in STAFF_PARAMETERS.items()]
    unknown = {}
    for client, url, names in pages:
        reading.clear()
        response = client.get(url.format(lang="th"), {"unknown-to-everyone": "1"})
        assert response.status_code < 400, url
        # A template's {{ request.GET.urlencode }} tries the name as a key first: not a parameter.
        if extra := {name for name in reading - set(names) - {"unknown-to-everyone"} if not hasattr(QueryDict, name)}:
            unknown[url] = extra
    assert not unknown, "views read query parameters the fuzzer does not send"


# ------------------------------------------------------------- the pages' parameters


@pytest.mark.parametrize("url", [url for url in PUBLIC_PARAMETERS if url not in SLOW])
@settings(BOUNDED, max_examples=6)
@given(data=st.data(), lang=st.sampled_from(["th", "en"]))
def test_no_public_query_parameter_value_gives_a_server_error(anonymous, url, data, lang):
    params = data.draw(st.fixed_dictionaries({}, optional=dict.fromkeys(PUBLIC_PARAMETERS[url], text)))
    response = anonymous.get(url.format(lang=lang), params)
    assert not server_errors([(url, params, response)])


@pytest.mark.parametrize("url", sorted(SLOW & set(PUBLIC_PARAMETERS)))
@settings(BOUNDED, max_examples=3)
@given(data=st.data(), lang=st.sampled_from(["th", "en"]))
def test_no_case_sheet_languages_value_gives_a_server_error(anonymous, url, data, lang):
    params = data.draw(st.fixed_dictionaries({}, optional=dict.fromkeys(PUBLIC_PARAMETERS[url], text)))
    response = anonymous.get(url.format(lang=lang), params)
    assert not server_errors([(url, params, response)])


@BOUNDED
@given(data=st.data())
def test_no_open_data_api_parameter_value_gives_a_server_error(anonymous, data):
    responses = []
    for page, names in API_PAGES.items():
        params = data.draw(st.fixed_dictionaries({}, optional=dict.fromkeys(names, text)))
        url = api_url(page)
        responses.append((url, params, anonymous.get(url, params, REMOTE_ADDR=f"10.0.{len(responses)}.1")))
    assert not server_errors(responses)


@settings(BOUNDED, max_examples=6)
@given(data=st.data(), lang=st.sampled_from(["th", "en"]))
def test_no_dashboard_parameter_value_gives_a_server_error(steering, data, lang):
    responses = []
    for url, names in STAFF_PARAMETERS.items():
        if url in SLOW:
            continue
        params = data.draw(st.fixed_dictionaries({}, optional=dict.fromkeys(names, text)))
        responses.append((url, params, steering.get(url.format(lang=lang), params)))
    assert not server_errors(responses)


# ------------------------------------------------------------- the admin


def add_forms(client):
    """Every registered model's add page: (its URL, the names of its form's fields, the inline
    formsets' management data so that the inlines are validated too)."""
    forms = []
    for model in admin.site._registry:
        url = f"/th/admin/{model._meta.app_label}/{model._meta.model_name}/add/"
        response = client.get(url)
        if response.status_code != 200:
            continue  # a model nobody adds in the admin (its add permission is off)
        names = list(response.context["adminform"].form.fields)
        management = {}
        for inline in response.context["inline_admin_formsets"]:
            formset = inline.formset
            management.update({f"{formset.prefix}-{k}": v for k, v in formset.management_form.initial.items()})
            names += [f"{formset.prefix}-0-{name}" for name in formset.empty_form.fields]
            management[f"{formset.prefix}-TOTAL_FORMS"] = 1
        forms.append((url, names, management))
    return forms


def change_forms(client):
    """One record's change page per registered model: (its URL, the names of its form's fields
    but the lost-update fingerprint, the form as the browser sends it back, inlines included)."""
    forms = []
    for model in admin.site._registry:
        record = model._default_manager.order_by("pk").first()
        if record is None:
            continue
        url = f"/th/admin/{model._meta.app_label}/{model._meta.model_name}/{record.pk}/change/"
        response = client.get(url)
        if response.status_code != 200 or "adminform" not in response.context:
            continue
        names = [name for name in response.context["adminform"].form.fields if name != "record_fingerprint"]
        forms.append((url, names, form_data(response)))
    return forms


def changelists(client):
    """Every registered model's changelist: (its URL, the query parameters it reads: search,
    ordering, page, show all, facets, date drill-down and each of its filters')."""
    lists = []
    for model in admin.site._registry:
        url = f"/th/admin/{model._meta.app_label}/{model._meta.model_name}/"
        response = client.get(url)
        if response.status_code != 200:
            continue
        changelist = response.context["cl"]
        names = ["q", "o", "p", "all", "_facets", "e", "_popup", "_to_field", "_changelist_filters"]
        for spec in changelist.filter_specs:
            names += spec.expected_parameters()
        if changelist.date_hierarchy:
            names += [f"{changelist.date_hierarchy}__{part}" for part in ("year", "month", "day")]
        lists.append((url, sorted(set(names))))
    return lists


@pytest.fixture
def editor_client(workspace, office_editor, caplog):
    caplog.set_level(logging.CRITICAL, logger="django")
    client = Client(raise_request_exception=False)
    client.force_login(office_editor)
    return client


@pytest.fixture
def editor_add_forms(editor_client):
    forms = add_forms(editor_client)
    assert len(forms) >= 20, "the fuzzer lost the admin's add forms"
    return editor_client, forms


@settings(BOUNDED, max_examples=2)
@given(data=st.data())
def test_no_generated_text_in_any_admin_add_form_field_gives_a_server_error(editor_add_forms, data):
    client, forms = editor_add_forms
    responses = []
    for url, names, management in forms:
        values = data.draw(st.fixed_dictionaries(dict.fromkeys(names, text)))
        post = {**values, **management, "_save": "1"}
        language = data.draw(st.sampled_from(["th", "en"]))
        responses.append((url, values, client.post(url.replace("/th/", f"/{language}/", 1), post)))
    assert not server_errors(responses)


@pytest.fixture
def editor_change_forms(editor_client):
    forms = change_forms(editor_client)
    assert len(forms) >= 20, "the fuzzer lost the admin's change forms"
    return editor_client, forms


@settings(BOUNDED, max_examples=2)
@given(data=st.data())
def test_no_generated_text_in_any_admin_change_form_field_gives_a_server_error(editor_change_forms, data):
    client, forms = editor_change_forms
    responses = []
    for url, names, sent_back in forms:
        # Some fields changed, the others as the form had them, the inlines' rows as they were.
        values = data.draw(st.fixed_dictionaries({}, optional=dict.fromkeys(names, text)))
        preserved = data.draw(st.fixed_dictionaries({}, optional={"_changelist_filters": text}))
        post = {**sent_back, **values, "_save": "1"}
        language = data.draw(st.sampled_from(["th", "en"]))
        target = url.replace("/th/", f"/{language}/", 1)
        query = QueryDict(mutable=True)
        query.update(preserved)  # the list's filters, kept for the way back after the save
        responses.append((url, values, client.post(f"{target}?{query.urlencode()}", post)))
        responses.append((url, preserved, client.get(target, preserved)))
    assert not server_errors(responses)


@pytest.fixture
def editor_changelists(editor_client):
    lists = changelists(editor_client)
    assert len(lists) >= 20, "the fuzzer lost the admin's changelists"
    assert sum(len(names) > 6 for _url, names in lists) >= 10, "the fuzzer lost the changelists' filters"
    return editor_client, lists


@settings(BOUNDED, max_examples=4)
@given(data=st.data())
def test_no_changelist_search_ordering_page_or_filter_value_gives_a_server_error(editor_changelists, data):
    client, lists = editor_changelists
    responses = []
    for url, names in lists:
        params = data.draw(st.fixed_dictionaries({}, optional=dict.fromkeys(names, text)))
        language = data.draw(st.sampled_from(["th", "en"]))
        responses.append((url, params, client.get(url.replace("/th/", f"/{language}/", 1), params)))
    assert not server_errors(responses)


def import_pages(client):
    """Every model that takes imports: (its import URL, the columns of its file, the index of
    each format the form offers, by its name)."""
    pages = []
    for model, model_admin in admin.site._registry.items():
        url = f"/th/admin/{model._meta.app_label}/{model._meta.model_name}/import/"
        response = client.get(url)
        if response.status_code != 200:
            continue
        request = response.wsgi_request
        resource = model_admin.get_import_resource_classes(request)[0](request=request, model_admin=model_admin)
        columns = [field.column_name for field in resource.get_import_fields()]
        formats = {str(label).lower(): index for index, label in response.context["form"].fields["format"].choices}
        pages.append((url, columns, formats))
    return pages


@pytest.fixture
def editor_imports(editor_client):
    pages = import_pages(editor_client)
    assert len(pages) >= 3, "the fuzzer lost the imports"
    return editor_client, pages


def csv_file(rows):
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return SimpleUploadedFile("fuzz.csv", out.getvalue().encode("utf-8", "surrogatepass"), "text/csv")


def xlsx_file(rows):
    book = openpyxl.Workbook()
    for row in rows:  # a character XLSX cannot hold is dropped; the rest is as generated
        book.active.append([ILLEGAL_CHARACTERS_RE.sub("", value) for value in row])
    out = io.BytesIO()
    book.save(out)
    xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    return SimpleUploadedFile("fuzz.xlsx", out.getvalue(), xlsx)


@settings(BOUNDED, max_examples=5)
@given(data=st.data())
def test_no_generated_csv_or_xlsx_import_gives_a_server_error(editor_imports, data):
    client, pages = editor_imports
    responses = []
    for url, columns, formats in pages:
        # The file's own columns (some dropped, some unknown) and up to three rows of anything.
        header = data.draw(st.lists(st.sampled_from([*columns, "unknown"]), unique=True, max_size=len(columns) + 1))
        rows = data.draw(st.lists(st.lists(text, min_size=len(header), max_size=len(header)), max_size=3))
        file_format = data.draw(st.sampled_from(["csv", "xlsx", "bytes"]))
        if file_format == "bytes":  # not a spreadsheet at all
            upload, choice = SimpleUploadedFile("fuzz.csv", data.draw(st.binary(max_size=2000))), formats["csv"]
        else:
            upload, choice = (csv_file if file_format == "csv" else xlsx_file)([header, *rows]), formats[file_format]
        preview = client.post(url, {"format": choice, "resource": "0", "import_file": upload})
        responses.append((url, {"header": header, "rows": rows, "format": file_format}, preview))
        confirm = preview.context and preview.context.get("confirm_form")
        if confirm:
            confirmed = client.post(
                url.replace("/import/", "/process_import/"), {name: confirm[name].value() for name in confirm.fields}
            )
            responses.append((url, {"confirm": rows}, confirmed))
    assert not server_errors(responses)
