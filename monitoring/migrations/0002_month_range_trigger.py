from django.db import migrations

# A planned month must not lie past the programme's last month: its planned length,
# or its actual length when it was extended. A CHECK constraint cannot look at another
# table, so triggers hold the rule for phases, activities and milestones, and for the
# programme itself when its length or end date changes. SQLSTATE 23514 is
# check_violation, which Django raises as IntegrityError like any other constraint.
SQL = """
CREATE FUNCTION monitoring_last_month(programme bigint) RETURNS integer
LANGUAGE sql STABLE AS $$
    SELECT GREATEST(
        p.planned_months,
        COALESCE(
            ((EXTRACT(YEAR FROM p.actual_end_date) - EXTRACT(YEAR FROM p.start_date)) * 12
             + EXTRACT(MONTH FROM p.actual_end_date) - EXTRACT(MONTH FROM p.start_date) + 1)::integer,
            0))
    FROM monitoring_programme p WHERE p.id = programme
$$;

CREATE FUNCTION monitoring_check_months() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    programme bigint;
    latest integer;
    last_month integer;
BEGIN
    IF TG_TABLE_NAME = 'monitoring_phase' THEN
        programme := NEW.programme_id;
        latest := GREATEST(NEW.start_month, NEW.end_month);
    ELSIF TG_TABLE_NAME = 'monitoring_activity' THEN
        SELECT programme_id INTO programme FROM monitoring_phase WHERE id = NEW.phase_id;
        latest := GREATEST(NEW.planned_start_month, NEW.planned_end_month);
    ELSE
        programme := NEW.programme_id;
        latest := NEW.planned_month;
    END IF;
    last_month := monitoring_last_month(programme);
    IF latest > last_month THEN
        RAISE EXCEPTION 'month % is after the programme''s last month, %', latest, last_month
            USING ERRCODE = 'check_violation', CONSTRAINT = TG_TABLE_NAME || '_month_within_programme';
    END IF;
    RETURN NEW;
END
$$;

CREATE FUNCTION monitoring_check_programme_length() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    last_month integer := monitoring_last_month(NEW.id);
BEGIN
    IF EXISTS (SELECT 1 FROM monitoring_phase WHERE programme_id = NEW.id AND end_month > last_month)
       OR EXISTS (SELECT 1 FROM monitoring_activity a JOIN monitoring_phase p ON p.id = a.phase_id
                  WHERE p.programme_id = NEW.id
                    AND GREATEST(a.planned_start_month, a.planned_end_month) > last_month)
       OR EXISTS (SELECT 1 FROM monitoring_milestone WHERE programme_id = NEW.id AND planned_month > last_month)
    THEN
        RAISE EXCEPTION 'the programme''s plan names months after its new last month, %', last_month
            USING ERRCODE = 'check_violation', CONSTRAINT = 'programme_length_covers_plan';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER phase_month_within_programme BEFORE INSERT OR UPDATE ON monitoring_phase
    FOR EACH ROW EXECUTE FUNCTION monitoring_check_months();
CREATE TRIGGER activity_month_within_programme BEFORE INSERT OR UPDATE ON monitoring_activity
    FOR EACH ROW EXECUTE FUNCTION monitoring_check_months();
CREATE TRIGGER milestone_month_within_programme BEFORE INSERT OR UPDATE ON monitoring_milestone
    FOR EACH ROW EXECUTE FUNCTION monitoring_check_months();
CREATE TRIGGER programme_length_covers_plan AFTER UPDATE ON monitoring_programme
    FOR EACH ROW EXECUTE FUNCTION monitoring_check_programme_length();
"""

REVERSE_SQL = """
DROP TRIGGER programme_length_covers_plan ON monitoring_programme;
DROP TRIGGER milestone_month_within_programme ON monitoring_milestone;
DROP TRIGGER activity_month_within_programme ON monitoring_activity;
DROP TRIGGER phase_month_within_programme ON monitoring_phase;
DROP FUNCTION monitoring_check_programme_length();
DROP FUNCTION monitoring_check_months();
DROP FUNCTION monitoring_last_month(bigint);
"""


class Migration(migrations.Migration):
    dependencies = [("monitoring", "0001_initial")]

    operations = [migrations.RunSQL(SQL, REVERSE_SQL)]
