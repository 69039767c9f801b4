from django.db import migrations

# Coach assignments move to the replications app, and the events a replication was served
# by become the replication's field (Replication.events; Event.replications stays as the
# reverse relation). The tables are renamed, not copied: every row keeps its id. The
# through table's columns (event_id, replication_id) are already those of the new field.
# replications 0001 adds both to that app's state; this migration runs before practices
# 0006 removes the replication they point to from the practices app's state.


class Migration(migrations.Migration):
    dependencies = [
        ("training", "0002_coach_translation_outdated_and_more"),
    ]
    run_before = [
        ("practices", "0006_move_transfer_to_replications"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[
                migrations.AlterModelTable(name="coachassignment", table="replications_coachassignment"),
                migrations.RunSQL(
                    "ALTER TABLE training_event_replications RENAME TO replications_replication_events",
                    "ALTER TABLE replications_replication_events RENAME TO training_event_replications",
                ),
            ],
            state_operations=[
                migrations.RemoveField(model_name="event", name="replications"),
                migrations.DeleteModel(name="CoachAssignment"),
            ],
        ),
    ]
