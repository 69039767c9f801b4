from django.contrib.auth.management import create_permissions
from django.db import migrations


def create_groups(apps, schema_editor):
    """The three staff groups with their permissions (municipalities/workspace.py)."""
    from municipalities.workspace import sync_groups

    # Permissions are normally created after all migrations ran; create them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    sync_groups(apps.get_model("auth", "Group"), apps.get_model("auth", "Permission"), apps.get_model("contenttypes", "ContentType"))


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(
        name__in=["project-office", "country-coordinator", "steering-committee"]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("municipalities", "0002_country_translation_outdated_and_more"),
        ("practices", "0004_criterionassessment_translation_outdated_and_more"),
        ("training", "0002_coach_translation_outdated_and_more"),
        ("monitoring", "0004_activity_translation_outdated_and_more"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
