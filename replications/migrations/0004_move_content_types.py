"""The moved models keep their content types, so their permissions, the admin's log and
their reversion history follow them.

Each model's django_content_type row is relabelled (practices.replication becomes
replications.replication, monitoring.progressreport becomes replications.logbookentry,
...), which keeps every row that points to it: permissions (and so the groups that hold
them), admin log entries and reversion versions. A version also names its model inside
its serialized data; that is rewritten too, so that old history shows and restores. The
logbook's permissions take the new model's codenames. Last, the staff groups get their
permissions again (municipalities.workspace.sync_groups), the new stage changes included.
"""

import json

from django.contrib.auth.management import create_permissions
from django.db import migrations

MOVED = {
    ("practices", "selectioncriterion"): ("replications", "selectioncriterion"),
    ("practices", "pilotcandidacy"): ("replications", "pilotcandidacy"),
    ("practices", "criterionassessment"): ("replications", "criterionassessment"),
    ("practices", "replication"): ("replications", "replication"),
    ("training", "coachassignment"): ("replications", "coachassignment"),
    ("monitoring", "progressreport"): ("replications", "logbookentry"),
}


def relabel(apps, moves):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Version = apps.get_model("reversion", "Version")
    for (old_app, old_model), (new_app, new_model) in moves.items():
        content_type = ContentType.objects.filter(app_label=old_app, model=old_model).first()
        if content_type is None:
            continue  # a database that never had the model: nothing to keep
        # A content type made for the new label by an earlier partial migrate holds nothing
        # of the model's past; the old one, which does, takes its place.
        ContentType.objects.filter(app_label=new_app, model=new_model).delete()
        content_type.app_label, content_type.model = new_app, new_model
        content_type.save()
        if old_model != new_model:
            for permission in Permission.objects.filter(content_type=content_type):
                action = permission.codename.split("_", 1)[0]
                permission.codename = f"{action}_{new_model}"
                permission.save()
        old_label, new_label = f"{old_app}.{old_model}", f"{new_app}.{new_model}"
        for version in Version.objects.filter(content_type=content_type).only("pk", "serialized_data", "format"):
            if version.format != "json":
                continue
            data = json.loads(version.serialized_data)
            for record in data:
                if record.get("model") == old_label:
                    record["model"] = new_label
            Version.objects.filter(pk=version.pk).update(serialized_data=json.dumps(data))


def regrant(apps):
    from municipalities.workspace import sync_groups

    # Permissions are normally created after all migrations ran; create the new models' now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    sync_groups(
        apps.get_model("auth", "Group"), apps.get_model("auth", "Permission"), apps.get_model("contenttypes", "ContentType")
    )


def forwards(apps, schema_editor):
    relabel(apps, MOVED)
    regrant(apps)


def backwards(apps, schema_editor):
    relabel(apps, {new: old for old, new in MOVED.items()})


class Migration(migrations.Migration):
    dependencies = [
        ("replications", "0003_stage_order_trigger"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("reversion", "0002_add_index_on_version_for_content_type_and_db"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
