from django.db import migrations

# Migration 0002 checks a phase's own months against its programme's last month, but a phase
# moved to another, shorter programme took its activities along unchecked: an activity could
# end up planned after its new programme's last month. On a phase's UPDATE the trigger now
# also looks at the phase's activities, under a name of its own so the refusal says which.
# (An activity is not required to lie within its phase's months, only within the programme's:
# shortening a phase's months leaves no activity outside any rule.)
CHECK_MONTHS = """
CREATE OR REPLACE FUNCTION monitoring_check_months() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    programme bigint;
    latest integer;
    last_month integer;
    latest_activity integer;
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
    IF TG_TABLE_NAME = 'monitoring_phase' AND TG_OP = 'UPDATE' THEN
        SELECT MAX(GREATEST(a.planned_start_month, a.planned_end_month)) INTO latest_activity
            FROM monitoring_activity a WHERE a.phase_id = NEW.id;
        IF latest_activity > last_month THEN
            RAISE EXCEPTION 'an activity of the phase is planned in month %, after the programme''s last month, %',
                latest_activity, last_month
                USING ERRCODE = 'check_violation', CONSTRAINT = 'monitoring_phase_activities_within_programme';
        END IF;
    END IF;
    RETURN NEW;
END
$$;
"""

# The function as migration 0002 wrote it.
REVERSE_CHECK_MONTHS = """
CREATE OR REPLACE FUNCTION monitoring_check_months() RETURNS trigger
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
"""


class Migration(migrations.Migration):
    dependencies = [("monitoring", "0009_remove_indicator_single_target")]

    operations = [migrations.RunSQL(CHECK_MONTHS, REVERSE_CHECK_MONTHS)]
