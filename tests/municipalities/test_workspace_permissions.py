"""Who may do what in the admin, for each persona, checked on the server.

Personas: an office editor, a Thai and a Vietnamese country coordinator, a
steering-committee member, and an anonymous visitor.
"""

import csv
import io

import pytest
from django.apps import apps
from django.contrib import admin
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import translation

from municipalities.workspace import APPS, COORDINATOR_EDITS

MODELS = [m for label in APPS for m in apps.get_app_config(label).get_models() if m in admin.site._registry]
# For each model a coordinator keeps: a record in Thailand and one in Vietnam (by lookup).
IN_THAILAND = {
    "municipalities.localgovernment": {"slug": "yala"},
    "replications.pilotcandidacy": {"local_government__slug": "yala"},
    "replications.replication": {"pilot__slug": "yala"},
    "training.event": {"slug": "final-conference-2012"},
}
IN_VIETNAM = {
    "municipalities.localgovernment": {"slug": "tra-vinh"},
    "replications.pilotcandidacy": {"local_government__slug": "tra-vinh"},
    "replications.replication": {"pilot__slug": "tra-vinh"},
    "training.event": {"slug": "national-workshop-vietnam-2011"},
}


def label(model):
    return f"{model._meta.app_label}.{model._meta.model_name}"


def url(model, view, *args):
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


def login(client, user):
    client.force_login(user)
    return client


def test_the_models_of_the_four_apps_are_all_in_the_admin():
    assert len(MODELS) == sum(len(list(apps.get_app_config(a).get_models())) for a in APPS) - 1  # not StaffProfile


@pytest.mark.parametrize("model", MODELS, ids=label)
@pytest.mark.parametrize("persona", ["office_editor", "thai_coordinator", "steering_member"])
def test_every_staff_persona_lists_and_views_every_model(client, workspace, request, persona, model):
    login(client, request.getfixturevalue(persona))
    assert client.get(url(model, "changelist")).status_code == 200
    obj = model.objects.first()
    assert obj is not None, f"no {label(model)} to view"
    assert client.get(url(model, "change", obj.pk)).status_code == 200
    assert client.get(url(model, "history", obj.pk)).status_code == 200


@pytest.mark.parametrize("model", MODELS, ids=label)
def test_an_anonymous_visitor_is_sent_to_the_login(client, workspace, model):
    response = client.get(url(model, "changelist"))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


@pytest.mark.parametrize("model", MODELS, ids=label)
def test_only_the_office_and_coordinators_for_their_models_may_add(client, workspace, request, model):
    expected = {
        "office_editor": 200,
        "thai_coordinator": 200 if label(model) in COORDINATOR_EDITS else 403,
        "steering_member": 403,
    }
    for persona, status in expected.items():
        login(client, request.getfixturevalue(persona))
        assert client.get(url(model, "add")).status_code == status, persona


@pytest.mark.parametrize("model", MODELS, ids=label)
def test_the_steering_committee_changes_and_deletes_nothing(client, workspace, steering_member, model):
    login(client, steering_member)
    obj = model.objects.first()
    page = client.get(url(model, "change", obj.pk))
    assert page.status_code == 200  # the record opens, read-only
    assert 'name="_save"' not in page.content.decode()
    assert client.post(url(model, "change", obj.pk), {}).status_code == 403
    assert client.get(url(model, "delete", obj.pk)).status_code == 403


@pytest.mark.parametrize("model_label", IN_THAILAND)
def test_a_coordinator_edits_their_country_and_only_reads_another(client, workspace, thai_coordinator, model_label):
    model = apps.get_model(model_label)
    login(client, thai_coordinator)
    own = model.objects.get(**IN_THAILAND[model_label])
    other = model.objects.get(**IN_VIETNAM[model_label])
    assert 'name="_save"' in client.get(url(model, "change", own.pk)).content.decode()
    read_only = client.get(url(model, "change", other.pk))
    assert read_only.status_code == 200
    assert 'name="_save"' not in read_only.content.decode()
    assert client.post(url(model, "change", other.pk), {}).status_code == 403


@pytest.mark.parametrize("model_label", IN_THAILAND)
def test_coordinators_delete_nothing(client, workspace, thai_coordinator, model_label):
    model = apps.get_model(model_label)
    login(client, thai_coordinator)
    own = model.objects.get(**IN_THAILAND[model_label])
    assert client.get(url(model, "delete", own.pk)).status_code == 403
    # "post": the confirmation already given, so that the action would delete at once if it were offered.
    with translation.override("en"):
        changelist = url(model, "changelist")
    response = client.post(changelist, {"action": "delete_selected", "_selected_action": [own.pk], "post": "yes"})
    assert response.status_code == 302
    assert [str(m) for m in get_messages(response.wsgi_request)] == ["No action selected."]
    assert model.objects.filter(pk=own.pk).exists()


def test_the_vietnamese_coordinator_cannot_save_a_thai_local_government(client, workspace, vietnamese_coordinator):
    from municipalities.models import LocalGovernment

    yala = LocalGovernment.objects.get(slug="yala")
    login(client, vietnamese_coordinator)
    response = client.post(url(LocalGovernment, "change", yala.pk), {"name_th": "ยึด", "name_en": "Taken"})
    assert response.status_code == 403
    assert LocalGovernment.objects.get(pk=yala.pk).name_en == "Yala City Municipality"


def test_a_coordinator_adding_a_local_government_can_only_choose_their_country(client, workspace, thai_coordinator):
    from municipalities.models import Country, LocalGovernment

    login(client, thai_coordinator)
    form = client.get(url(LocalGovernment, "add")).context["adminform"].form
    assert list(form.fields["country"].queryset) == [Country.objects.get(code="TH")]
    response = client.post(
        url(LocalGovernment, "add"),
        {
            "slug": "hue",
            "name_en": "Hue City",
            "name_th": "เว้",
            "kind": "city",
            "country": Country.objects.get(code="VN").pk,
            "source": "staff",
        },
    )
    assert response.status_code == 200  # the form again, with an error on the country only
    assert list(response.context["adminform"].form.errors) == ["country"]
    assert not LocalGovernment.objects.filter(slug="hue").exists()


def test_autocomplete_offers_a_coordinator_only_their_countrys_local_governments(client, workspace, thai_coordinator):
    from municipalities.models import LocalGovernment

    login(client, thai_coordinator)
    response = client.get(
        "/en/admin/autocomplete/",
        {"app_label": "replications", "model_name": "replication", "field_name": "pilot", "term": ""},
    )
    assert response.json()["pagination"] == {"more": False}
    ids = {int(result["id"]) for result in response.json()["results"]}
    assert ids == set(LocalGovernment.objects.filter(country__code="TH").values_list("pk", flat=True))


def test_autocomplete_offers_the_office_every_local_government(client, workspace, office_editor):
    from municipalities.models import LocalGovernment

    login(client, office_editor)
    ids, more, page = set(), True, 0
    while more:  # 20 a page
        page += 1
        response = client.get(
            "/en/admin/autocomplete/",
            {"app_label": "replications", "model_name": "replication", "field_name": "pilot", "term": "", "page": page},
        )
        ids |= {int(result["id"]) for result in response.json()["results"]}
        more = response.json()["pagination"]["more"]
    assert page == 2
    assert ids == set(LocalGovernment.objects.values_list("pk", flat=True))


def test_a_coordinator_adds_a_logbook_entry_inline_on_their_countrys_replication(client, workspace, thai_coordinator):
    from replications.models import Replication

    replication = Replication.objects.get(pilot__slug="yala")
    login(client, thai_coordinator)
    page = client.get(url(Replication, "change", replication.pk))
    formsets = {fs.formset.prefix: fs for fs in page.context["inline_admin_formsets"]}
    assert formsets["logbook_entries"].has_add_permission
    other = Replication.objects.get(pilot__slug="tra-vinh")
    page = client.get(url(Replication, "change", other.pk))
    assert not any(fs.has_add_permission for fs in page.context["inline_admin_formsets"])


def test_exports_follow_the_scope(client, workspace, thai_coordinator, office_editor):
    from municipalities.models import LocalGovernment

    def export(user):
        login(client, user)
        response = client.post(
            url(LocalGovernment, "export"),
            {"format": "0", **{f"localgovernmentresource_{f}": "on" for f in ["slug", "country"]}},
        )
        assert response.status_code == 200, response.content[:500]
        return response.content.decode()

    def slugs(csv_text):
        return sorted(row["slug"] for row in csv.DictReader(io.StringIO(csv_text.lstrip("\ufeff"))))

    assert slugs(export(office_editor)) == sorted(LocalGovernment.objects.values_list("slug", flat=True))
    thai = LocalGovernment.objects.filter(country__code="TH").values_list("slug", flat=True)
    assert slugs(export(thai_coordinator)) == sorted(thai)


def test_add_staff_refuses_a_coordinator_without_a_country(db):
    from django.core.management import CommandError, call_command

    with pytest.raises(CommandError, match="needs --country"):
        call_command("add_staff", "x", "--role", "country-coordinator")


def test_a_coordinator_without_a_country_is_refused_by_the_database(thai_coordinator):
    from django.db import IntegrityError, transaction

    from municipalities.models import StaffProfile

    with pytest.raises(IntegrityError), transaction.atomic():
        StaffProfile.objects.filter(user=thai_coordinator).update(country=None)


def test_a_coordinator_cannot_add_a_person_who_belongs_to_no_local_government_of_theirs(
    client, workspace, thai_coordinator
):
    from municipalities.models import LocalGovernment, Organisation, Person

    login(client, thai_coordinator)
    before = Person.objects.count()
    data = {"name_en": "Stray person", "sex": "unstated", "source": "staff"}
    vietnamese_association = Organisation.objects.filter(country__code="VN").first()
    for extra in ({}, {"organisation": vietnamese_association.pk}):
        response = client.post(url(Person, "add"), {**data, **extra})
        assert response.status_code == 200
        assert "out_of_scope" in [e.code for e in response.context["adminform"].form.non_field_errors().as_data()]
    assert Person.objects.count() == before
    yala = LocalGovernment.objects.get(slug="yala")
    response = client.post(url(Person, "add"), {**data, "local_government": yala.pk})
    assert response.status_code == 302
    assert Person.objects.get(name_en="Stray person").local_government.slug == "yala"
