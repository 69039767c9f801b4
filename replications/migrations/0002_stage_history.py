"""A replication's stage becomes a dated history: one StageChange per stage reached.

Each replication's stage turns into a change to that stage, dated with the replication's
start date (empty, "date not recorded", when that is unknown). A stage implies the steps
before it: those are recorded too, undated, with a note, so that the history keeps the
order the trigger of 0003 holds. Then the stage column goes: the current stage is derived.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

STEPS = ["agreed", "concept", "implementation", "completed"]
IMPLIED_EN = "Recorded when stages became a dated history: the replication had reached a later stage; the date of this step was not recorded."
IMPLIED_TH = "บันทึกเมื่อเปลี่ยนมาเก็บขั้นตอนเป็นประวัติพร้อมวันที่ การถ่ายทอดนี้ผ่านถึงขั้นตอนที่ตามมาแล้ว แต่ไม่ได้บันทึกวันที่ของขั้นตอนนี้ไว้"


def stages_to_history(apps, schema_editor):
    Replication = apps.get_model("replications", "Replication")
    StageChange = apps.get_model("replications", "StageChange")
    for replication in Replication.objects.exclude(stage="").order_by("pk"):
        implied = STEPS[: STEPS.index(replication.stage)] if replication.stage in STEPS else []
        for step in implied:
            StageChange.objects.create(
                replication=replication,
                stage=step,
                source=replication.source,
                source_note=IMPLIED_EN,
                source_note_en=IMPLIED_EN,
                source_note_th=IMPLIED_TH,
            )
        StageChange.objects.create(
            replication=replication, stage=replication.stage, date=replication.start_date, source=replication.source
        )


def history_to_stages(apps, schema_editor):
    Replication = apps.get_model("replications", "Replication")
    StageChange = apps.get_model("replications", "StageChange")
    for change in StageChange.objects.order_by("replication", "rank"):
        Replication.objects.filter(pk=change.replication_id).update(stage=change.stage)


class Migration(migrations.Migration):
    dependencies = [
        ("replications", "0001_initial"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="StageChange",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "source",
                    models.CharField(
                        choices=[
                            ("thai-document", "Thai programme document"),
                            ("public-record", "Programme's public record"),
                            ("staff", "Entered by staff"),
                            ("sample", "Sample data (not real)"),
                        ],
                        default="staff",
                        max_length=20,
                        verbose_name="source",
                    ),
                ),
                (
                    "source_note",
                    models.TextField(
                        blank=True,
                        help_text="What the source says about this record: a spelling, a doubt, a correction.",
                        verbose_name="source note",
                    ),
                ),
                (
                    "source_note_th",
                    models.TextField(
                        blank=True,
                        help_text="What the source says about this record: a spelling, a doubt, a correction.",
                        null=True,
                        verbose_name="source note",
                    ),
                ),
                (
                    "source_note_en",
                    models.TextField(
                        blank=True,
                        help_text="What the source says about this record: a spelling, a doubt, a correction.",
                        null=True,
                        verbose_name="source note",
                    ),
                ),
                (
                    "translation_outdated",
                    models.CharField(
                        blank=True,
                        choices=[("th", "Thai"), ("en", "English")],
                        help_text="The language whose text may no longer say what the other says, because only the other was changed. Clear it once both say the same.",
                        max_length=2,
                        verbose_name="translation may be out of date",
                    ),
                ),
                (
                    "stage",
                    models.CharField(
                        choices=[
                            ("agreed", "Working agreement"),
                            ("concept", "Transfer concept"),
                            ("implementation", "Implementation"),
                            ("completed", "Completed"),
                            ("discontinued", "Discontinued"),
                        ],
                        max_length=20,
                        verbose_name="stage",
                    ),
                ),
                (
                    "rank",
                    models.GeneratedField(
                        db_persist=True,
                        expression=models.Case(
                            models.When(stage="agreed", then=models.Value(1)),
                            models.When(stage="concept", then=models.Value(2)),
                            models.When(stage="implementation", then=models.Value(3)),
                            models.When(stage="completed", then=models.Value(4)),
                            models.When(stage="discontinued", then=models.Value(5)),
                            default=models.Value(0),
                        ),
                        output_field=models.PositiveSmallIntegerField(),
                        verbose_name="place in the order",
                    ),
                ),
                (
                    "date",
                    models.DateField(
                        blank=True, help_text="Empty when the date was not recorded.", null=True, verbose_name="date"
                    ),
                ),
                (
                    "skipped",
                    models.BooleanField(
                        default=False,
                        help_text="The pilot left this step out; it is recorded so the order holds.",
                        verbose_name="skipped",
                    ),
                ),
                ("note", models.TextField(blank=True, verbose_name="note")),
                ("note_th", models.TextField(blank=True, null=True, verbose_name="note")),
                ("note_en", models.TextField(blank=True, null=True, verbose_name="note")),
                (
                    "recorded_by",
                    models.ForeignKey(
                        blank=True,
                        editable=False,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="recorded by",
                    ),
                ),
                (
                    "replication",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="stage_changes",
                        to="replications.replication",
                        verbose_name="replication",
                    ),
                ),
            ],
            options={
                "verbose_name": "stage change",
                "verbose_name_plural": "stage changes",
                "ordering": ["replication", "rank"],
            },
        ),
        migrations.AddConstraint(
            model_name="stagechange",
            constraint=models.UniqueConstraint(
                fields=("replication", "stage"), name="stage_recorded_once_per_replication"
            ),
        ),
        migrations.AddConstraint(
            model_name="stagechange",
            constraint=models.CheckConstraint(
                condition=models.Q(("skipped", False), ("stage__in", ["concept", "implementation"]), _connector="OR"),
                name="stage_skipped_only_between_agreement_and_completion",
                violation_error_message="Only the transfer concept and the implementation can be skipped.",
            ),
        ),
        migrations.RunPython(stages_to_history, history_to_stages),
        migrations.RemoveField(model_name="replication", name="stage"),
    ]
