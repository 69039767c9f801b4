from django.db import migrations

# Pilot candidacies, their assessments, the selection criteria and the replications move
# to the replications app. The tables are renamed, not copied: every row keeps its id.
# replications 0001 adds the models to that app's state. The models of other apps that
# pointed to them (coach assignments, the logbook, events) left first: their migrations
# say they run before this one.

MOVED = ["criterionassessment", "pilotcandidacy", "selectioncriterion", "replication"]


class Migration(migrations.Migration):
    dependencies = [
        ("practices", "0005_photo_renditions_and_upload_checks"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[
                migrations.AlterModelTable(name=model, table=f"replications_{model}") for model in MOVED
            ],
            state_operations=[migrations.DeleteModel(name=model) for model in MOVED],
        ),
    ]
