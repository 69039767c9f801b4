"""Every database has the three staff groups with their permissions right after `migrate`."""

from django.contrib.auth.models import Group
from django.core.management import call_command

from tests.municipalities.test_workspace_permissions import APPS, COORDINATOR_EDITS

ROLES = ["project-office", "country-coordinator", "steering-committee"]


def grants(name):
    """A group's permissions as {"app.model": {"add", "change", ...}}."""
    granted = {}
    for permission in Group.objects.get(name=name).permissions.select_related("content_type"):
        model = f"{permission.content_type.app_label}.{permission.content_type.model}"
        granted.setdefault(model, set()).add(permission.codename.split("_", 1)[0])
    return granted


def workspace_models():
    from django.apps import apps

    return {model._meta.label_lower for label in APPS for model in apps.get_app_config(label).get_models()}


def test_after_migrate_the_three_groups_exist_with_their_permissions(db):
    # The test database was made by `migrate` alone: no seed, no add_staff.
    assert sorted(Group.objects.values_list("name", flat=True)) == sorted(ROLES)
    everything = workspace_models()
    assert grants("project-office") == {model: {"add", "change", "delete", "view"} for model in everything}
    assert grants("country-coordinator") == {
        model: {"view", "add", "change"} if model in COORDINATOR_EDITS else {"view"} for model in everything
    }
    assert grants("steering-committee") == {model: {"view"} for model in everything}


def test_a_flushed_database_gets_them_back(transactional_db):
    Group.objects.all().delete()
    call_command("flush", interactive=False, verbosity=0)  # empties every table, then post_migrate
    assert sorted(Group.objects.values_list("name", flat=True)) == sorted(ROLES)
    assert "country-coordinator" in Group.objects.filter(permissions__codename="change_localgovernment").values_list(
        "name", flat=True
    )


def test_syncing_again_changes_nothing(db):
    from kernel.workspace.roles import sync_groups

    before = {name: grants(name) for name in ROLES}
    sync_groups()
    assert {name: grants(name) for name in ROLES} == before and Group.objects.count() == 3
