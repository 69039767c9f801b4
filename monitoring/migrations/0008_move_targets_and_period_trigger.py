import datetime

from django.db import migrations

# Every indicator's one target (``target``, ``target_comparison``, ``target_date``) becomes its
# first IndicatorTarget: the period ends on the target date, or, without one, on the planned end of
# the programme; same source and source note as the indicator.
#
# A target's period must end within the programme: from its start date to the last day of its last
# month (its planned length, or longer when it was extended; monitoring_last_month, migration 0002).
# A CHECK cannot read the programme's row, so a trigger holds it, for the targets and, when the
# programme's dates change, for the programme (the function of migration 0002, extended).
SQL = """
CREATE FUNCTION monitoring_last_day(programme bigint) RETURNS date
LANGUAGE sql STABLE AS $$
    SELECT (date_trunc('month', p.start_date)
            + make_interval(months => monitoring_last_month(programme)) - interval '1 day')::date
    FROM monitoring_programme p WHERE p.id = programme
$$;

CREATE FUNCTION monitoring_check_target_period() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    programme bigint;
    first_day date;
    last_day date;
BEGIN
    SELECT i.programme_id, p.start_date INTO programme, first_day
        FROM monitoring_indicator i JOIN monitoring_programme p ON p.id = i.programme_id
        WHERE i.id = NEW.indicator_id;
    last_day := monitoring_last_day(programme);
    IF NEW.period_end < first_day OR NEW.period_end > last_day THEN
        RAISE EXCEPTION 'a target''s period ends on %, outside the programme (% to %)', NEW.period_end, first_day, last_day
            USING ERRCODE = 'check_violation', CONSTRAINT = 'indicator_target_period_within_programme';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER indicator_target_period_within_programme BEFORE INSERT OR UPDATE ON monitoring_indicatortarget
    FOR EACH ROW EXECUTE FUNCTION monitoring_check_target_period();

CREATE OR REPLACE FUNCTION monitoring_check_programme_length() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    last_month integer := monitoring_last_month(NEW.id);
BEGIN
    IF EXISTS (SELECT 1 FROM monitoring_phase WHERE programme_id = NEW.id AND end_month > last_month)
       OR EXISTS (SELECT 1 FROM monitoring_activity a JOIN monitoring_phase p ON p.id = a.phase_id
                  WHERE p.programme_id = NEW.id
                    AND GREATEST(a.planned_start_month, a.planned_end_month) > last_month)
       OR EXISTS (SELECT 1 FROM monitoring_milestone WHERE programme_id = NEW.id AND planned_month > last_month)
       OR EXISTS (SELECT 1 FROM monitoring_indicatortarget t JOIN monitoring_indicator i ON i.id = t.indicator_id
                  WHERE i.programme_id = NEW.id
                    AND (t.period_end < NEW.start_date OR t.period_end > monitoring_last_day(NEW.id)))
    THEN
        RAISE EXCEPTION 'the programme''s plan names months or target periods outside its new dates (last month %)', last_month
            USING ERRCODE = 'check_violation', CONSTRAINT = 'programme_length_covers_plan';
    END IF;
    RETURN NEW;
END
$$;
"""

REVERSE_SQL = """
CREATE OR REPLACE FUNCTION monitoring_check_programme_length() RETURNS trigger
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
DROP TRIGGER indicator_target_period_within_programme ON monitoring_indicatortarget;
DROP FUNCTION monitoring_check_target_period();
DROP FUNCTION monitoring_last_day(bigint);
"""


def planned_end_date(programme):
    month_index = programme.start_date.month - 1 + programme.planned_months
    first_after = datetime.date(programme.start_date.year + month_index // 12, month_index % 12 + 1, 1)
    return first_after - datetime.timedelta(days=1)


def move_targets(apps, schema_editor):
    Indicator = apps.get_model("monitoring", "Indicator")
    IndicatorTarget = apps.get_model("monitoring", "IndicatorTarget")
    for indicator in Indicator.objects.exclude(target=None).select_related("programme"):
        # get_or_create: after going back to 0007 and forward again, the targets are there already.
        IndicatorTarget.objects.get_or_create(
            indicator=indicator,
            period_end=indicator.target_date or planned_end_date(indicator.programme),
            defaults={
                "value": indicator.target,
                "comparison": indicator.target_comparison,
                "source": indicator.source,
                "source_note": indicator.source_note,
                "source_note_th": indicator.source_note_th,
                "source_note_en": indicator.source_note_en,
                "translation_outdated": indicator.translation_outdated,
            },
        )


def move_targets_back(apps, schema_editor):
    """The earliest target of each indicator goes back into its one target (the others are lost)."""
    Indicator = apps.get_model("monitoring", "Indicator")
    IndicatorTarget = apps.get_model("monitoring", "IndicatorTarget")
    for indicator in Indicator.objects.select_related("programme"):
        first = IndicatorTarget.objects.filter(indicator=indicator).order_by("period_end").first()
        if first is None:
            continue
        indicator.target = first.value
        indicator.target_comparison = first.comparison
        indicator.target_date = None if first.period_end == planned_end_date(indicator.programme) else first.period_end
        indicator.save(update_fields=["target", "target_comparison", "target_date"])


class Migration(migrations.Migration):
    dependencies = [("monitoring", "0007_indicator_targets")]

    operations = [
        migrations.RunSQL(SQL, REVERSE_SQL),
        migrations.RunPython(move_targets, move_targets_back),
    ]
