"""Hostile input at scale: hypothesis generates the values of every public query parameter and of
every field of every admin add form; none may give a server error.

Bounded (a few examples each, no deadline) so that the whole file runs in well under a minute.
"""

import logging

import pytest
from django.contrib import admin
from django.test import Client
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

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
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    database=None,  # no example database in the checkout
    phases=[Phase.explicit, Phase.generate],  # a failure is reported as found: shrinking posts for minutes
)

# Every public page with the query parameters it reads, and the open-data API's lists with theirs.
PUBLIC_PARAMETERS = {
    "/{lang}/practices/": ["theme", "country", "kind", "q", "page"],
    "/{lang}/practices/download.csv": ["theme", "country", "kind", "q"],
    "/{lang}/local-governments/": ["role", "country", "page"],
    "/{lang}/": ["q"],
}
API_LISTS = ["themes", "practices", "local-governments", "replications", "events", "results", "indicators"]
API_PARAMETERS = ["theme", "country", "kind", "q", "page", "lang", "practice", "role", "format"]


def server_errors(responses):
    return [(url, str(params)[:200], r.status_code) for url, params, r in responses if r.status_code >= 500]


@pytest.fixture
def anonymous(seeded, caplog):
    caplog.set_level(logging.CRITICAL, logger="django")
    return Client(raise_request_exception=False)


@BOUNDED
@given(data=st.data(), lang=st.sampled_from(["th", "en"]))
def test_no_public_query_parameter_value_gives_a_server_error(anonymous, data, lang):
    responses = []
    for url, names in PUBLIC_PARAMETERS.items():
        params = data.draw(st.fixed_dictionaries({}, optional=dict.fromkeys(names, text)))
        responses.append((url, params, anonymous.get(url.format(lang=lang), params)))
    assert not server_errors(responses)


@BOUNDED
@given(data=st.data())
def test_no_open_data_api_parameter_value_gives_a_server_error(anonymous, data):
    responses = []
    for name in API_LISTS:
        params = data.draw(st.fixed_dictionaries({}, optional=dict.fromkeys(API_PARAMETERS, text)))
        url = f"/api/v1/{name}/"
        responses.append((url, params, anonymous.get(url, params, REMOTE_ADDR=f"10.0.{len(responses)}.1")))
    assert not server_errors(responses)


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


@pytest.fixture
def editor_client(workspace, office_editor, caplog):
    caplog.set_level(logging.CRITICAL, logger="django")
    client = Client(raise_request_exception=False)
    client.force_login(office_editor)
    forms = add_forms(client)
    assert len(forms) >= 20, "the fuzzer lost the admin's add forms"
    return client, forms


@settings(BOUNDED, max_examples=4)
@given(data=st.data())
def test_no_generated_text_in_any_admin_add_form_field_gives_a_server_error(editor_client, data):
    client, forms = editor_client
    responses = []
    for url, names, management in forms:
        values = data.draw(st.fixed_dictionaries(dict.fromkeys(names, text)))
        post = {**values, **management, "_save": "1"}
        language = data.draw(st.sampled_from(["th", "en"]))
        responses.append((url, values, client.post(url.replace("/th/", f"/{language}/", 1), post)))
    assert not server_errors(responses)
