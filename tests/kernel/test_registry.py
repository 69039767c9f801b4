"""An app adds an inline to the admin page of a model on its left from its own side."""

from django.contrib import admin
from django.test import RequestFactory

from kernel.workspace import registry
from kernel.workspace.admin import WorkspaceTabularInline
from municipalities.models import Country, LocalGovernment


class LocalGovernmentsInline(WorkspaceTabularInline):
    model = LocalGovernment
    fields = ["slug", "name_en"]


def test_an_inline_registered_for_a_model_shows_after_its_admins_own(monkeypatch, office_editor):
    monkeypatch.setattr(registry, "_inlines", {})  # this test's registrations only
    request = RequestFactory().get("/th/admin/")
    request.user = office_editor
    country_admin = admin.site.get_model_admin(Country)
    before = country_admin.get_inlines(request, None)

    registry.add_inline("municipalities.Country", LocalGovernmentsInline)
    registry.add_inline("municipalities.Country", LocalGovernmentsInline)  # twice is once

    assert country_admin.get_inlines(request, None) == [*before, LocalGovernmentsInline]
    assert registry.inlines_for(LocalGovernment) == []
