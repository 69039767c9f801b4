"""The three staff roles, each a Django group, and the permissions each group has.

The project office adds, changes and deletes every record of the workspace's apps; a
country coordinator reads them all and adds and changes the records of the models whose
admin names a ``country_path`` (their own country's only: scope.py); the steering
committee reads them. ``sync_groups`` makes the database's groups match; the kernel's
AppConfig runs it after every ``migrate`` and ``flush`` (``post_migrate``), so every
database has the groups, not only a seeded one.
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.db import DEFAULT_DB_ALIAS, models
from django.utils.translation import gettext_lazy as _

from kernel.workspace import registry


class StaffRole(models.TextChoices):
    """The three ways staff work in the admin; each is a Django group of the same name."""

    PROJECT_OFFICE = "project-office", _("Project office")
    COUNTRY_COORDINATOR = "country-coordinator", _("Country coordinator")
    STEERING_COMMITTEE = "steering-committee", _("Steering committee")


def role_permissions():
    """Per role, the actions it may take on every model ("all") and on some models by label."""
    coordinator_edits = {label: ["add", "change"] for label in registry.coordinator_models()}
    return {
        StaffRole.PROJECT_OFFICE: {"all": ["add", "change", "delete", "view"]},
        StaffRole.COUNTRY_COORDINATOR: {"all": ["view"], **coordinator_edits},
        StaffRole.STEERING_COMMITTEE: {"all": ["view"]},
    }


def sync_groups(using=DEFAULT_DB_ALIAS):
    """Create the three groups and give each exactly the permissions ``role_permissions`` lists. Idempotent."""
    permissions = (
        Permission.objects.using(using)
        .filter(content_type__app_label__in=registry.workspace_apps())
        .select_related("content_type")
    )
    for role, grants in role_permissions().items():
        group, _created = Group.objects.using(using).get_or_create(name=role.value)
        group.permissions.set(
            [
                permission
                for permission in permissions
                if permission.codename.split("_", 1)[0]
                in {
                    *grants["all"],
                    *grants.get(f"{permission.content_type.app_label}.{permission.content_type.model}", []),
                }
            ]
        )


def sync_groups_after_migrate(sender, using=DEFAULT_DB_ALIAS, **kwargs):
    """post_migrate: the groups with their permissions, once the workspace's permissions exist.

    Django makes each app's permissions on that app's own post_migrate signal; this runs on
    the kernel's, which comes first, so it makes the workspace apps' permissions itself.
    """
    for label in registry.workspace_apps():
        create_permissions(global_apps.get_app_config(label), verbosity=0, using=using, apps=global_apps)
    sync_groups(using)
