from django.db import migrations

# The order of a replication's stages, held by the database: a CHECK cannot read the
# replication's other stage changes, so a trigger checks them after every insert, update
# and delete. The steps are agreed (rank 1), concept (2), implementation (3), completed (4);
# a discontinuation (5) may follow any of them and ends the replication. After each change:
#   - every step has the step before it recorded (done, or with `skipped` set),
#   - no step is dated before a step earlier in the line (undated changes are not compared),
#   - nothing was recorded after the discontinuation (a later id).
# A stage recorded twice, the way back to a passed stage, is refused by the unique
# constraint stage_recorded_once_per_replication. replications.models.stage_order_errors
# says the same to a person filling in the admin's form. SQLSTATE 23514 is check_violation,
# which Django raises as IntegrityError like any other constraint.
SQL = """
CREATE FUNCTION replications_check_stage_order() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    replication bigint;
BEGIN
    FOR replication IN
        SELECT NEW.replication_id WHERE TG_OP <> 'DELETE'
        UNION SELECT OLD.replication_id WHERE TG_OP <> 'INSERT'
    LOOP
        IF EXISTS (
            SELECT 1 FROM replications_stagechange later
            WHERE later.replication_id = replication AND later.rank BETWEEN 2 AND 4
              AND NOT EXISTS (SELECT 1 FROM replications_stagechange earlier
                              WHERE earlier.replication_id = replication AND earlier.rank = later.rank - 1))
        THEN
            RAISE EXCEPTION 'replication %: a stage is recorded without the step before it', replication
                USING ERRCODE = 'check_violation', CONSTRAINT = 'stage_after_the_step_before';
        END IF;
        IF EXISTS (
            SELECT 1 FROM replications_stagechange later JOIN replications_stagechange earlier
                ON earlier.replication_id = later.replication_id AND earlier.rank < later.rank
            WHERE later.replication_id = replication AND later.date < earlier.date)
        THEN
            RAISE EXCEPTION 'replication %: a stage is dated before the step before it', replication
                USING ERRCODE = 'check_violation', CONSTRAINT = 'stage_not_dated_before_the_step_before';
        END IF;
        IF EXISTS (
            SELECT 1 FROM replications_stagechange ended JOIN replications_stagechange later
                ON later.replication_id = ended.replication_id AND later.id > ended.id
            WHERE ended.replication_id = replication AND ended.stage = 'discontinued')
        THEN
            RAISE EXCEPTION 'replication %: a stage is recorded after the discontinuation', replication
                USING ERRCODE = 'check_violation', CONSTRAINT = 'stage_nothing_after_discontinuation';
        END IF;
    END LOOP;
    RETURN NULL;
END
$$;

CREATE TRIGGER stage_order AFTER INSERT OR UPDATE OR DELETE ON replications_stagechange
    FOR EACH ROW EXECUTE FUNCTION replications_check_stage_order();
"""

REVERSE_SQL = """
DROP TRIGGER stage_order ON replications_stagechange;
DROP FUNCTION replications_check_stage_order();
"""


class Migration(migrations.Migration):
    dependencies = [
        ("replications", "0002_stage_history"),
    ]

    operations = [migrations.RunSQL(SQL, REVERSE_SQL)]
