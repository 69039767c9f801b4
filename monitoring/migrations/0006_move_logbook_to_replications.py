from django.db import migrations

# The logbook (ProgressReport, renamed LogbookEntry) moves to the replications app. The
# table is renamed, not copied: every row keeps its id. replications 0001 adds the model
# to that app's state; this migration runs before practices 0006 removes the replication
# it points to from the practices app's state.


class Migration(migrations.Migration):
    dependencies = [
        ("monitoring", "0005_close_null_checks"),
    ]
    run_before = [
        ("practices", "0006_move_transfer_to_replications"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[
                migrations.AlterModelTable(name="progressreport", table="replications_logbookentry"),
            ],
            state_operations=[
                migrations.DeleteModel(name="ProgressReport"),
            ],
        ),
    ]
