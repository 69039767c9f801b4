# The models that moved here from practices, training and monitoring, as they were: their
# tables were renamed by practices 0006, training 0003 and monitoring 0006 (which runs
# before practices 0006), so this migration only adds them to this app's state. Generated
# by makemigrations, then wrapped in SeparateDatabaseAndState. The replication's stage
# becomes a dated history in 0002.

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("municipalities", "0004_readable_constraint_messages"),
        ("practices", "0006_move_transfer_to_replications"),
        ("training", "0003_move_coach_assignments_to_replications"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="SelectionCriterion",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
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
                        ("number", models.PositiveSmallIntegerField(unique=True, verbose_name="number")),
                        ("text", models.CharField(max_length=300, verbose_name="criterion")),
                        ("text_th", models.CharField(max_length=300, null=True, verbose_name="criterion")),
                        ("text_en", models.CharField(max_length=300, null=True, verbose_name="criterion")),
                    ],
                    options={
                        "verbose_name": "selection criterion",
                        "verbose_name_plural": "selection criteria",
                        "ordering": ["number"],
                        "constraints": [
                            models.CheckConstraint(
                                condition=models.Q(("number__gte", 1)), name="criterion_number_positive"
                            )
                        ],
                    },
                ),
                migrations.CreateModel(
                    name="PilotCandidacy",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
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
                            "status",
                            models.CharField(
                                choices=[
                                    ("candidate", "Candidate"),
                                    ("selected", "Selected"),
                                    ("withdrawn", "Withdrawn"),
                                ],
                                default="candidate",
                                max_length=20,
                                verbose_name="status",
                            ),
                        ),
                        ("notes", models.TextField(blank=True, verbose_name="notes")),
                        ("notes_th", models.TextField(blank=True, null=True, verbose_name="notes")),
                        ("notes_en", models.TextField(blank=True, null=True, verbose_name="notes")),
                        (
                            "recognition",
                            models.CharField(
                                blank=True,
                                choices=[
                                    ("excellence", "Award of excellence"),
                                    ("appreciation", "Certificate of appreciation"),
                                ],
                                max_length=20,
                                verbose_name="recognition at the final conference",
                            ),
                        ),
                        (
                            "local_government",
                            models.OneToOneField(
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="candidacy",
                                to="municipalities.localgovernment",
                                verbose_name="local government",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "pilot candidacy",
                        "verbose_name_plural": "pilot candidacies",
                        "ordering": ["local_government__country__code", "local_government__slug"],
                    },
                ),
                migrations.CreateModel(
                    name="CriterionAssessment",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
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
                            "verdict",
                            models.CharField(
                                choices=[
                                    ("met", "Met"),
                                    ("partly", "Partly met"),
                                    ("not-met", "Not met"),
                                    ("unknown", "Not assessed"),
                                ],
                                default="unknown",
                                max_length=10,
                                verbose_name="verdict",
                            ),
                        ),
                        ("evidence", models.TextField(blank=True, verbose_name="evidence")),
                        ("evidence_th", models.TextField(blank=True, null=True, verbose_name="evidence")),
                        ("evidence_en", models.TextField(blank=True, null=True, verbose_name="evidence")),
                        (
                            "candidacy",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="assessments",
                                to="replications.pilotcandidacy",
                                verbose_name="candidacy",
                            ),
                        ),
                        (
                            "criterion",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="assessments",
                                to="replications.selectioncriterion",
                                verbose_name="criterion",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "criterion assessment",
                        "verbose_name_plural": "criterion assessments",
                        "ordering": ["candidacy", "criterion__number"],
                    },
                ),
                migrations.CreateModel(
                    name="Replication",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
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
                                blank=True,
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
                        ("transfer_concept", models.TextField(blank=True, verbose_name="transfer concept")),
                        (
                            "transfer_concept_th",
                            models.TextField(blank=True, null=True, verbose_name="transfer concept"),
                        ),
                        (
                            "transfer_concept_en",
                            models.TextField(blank=True, null=True, verbose_name="transfer concept"),
                        ),
                        ("start_date", models.DateField(blank=True, null=True, verbose_name="start date")),
                        ("end_date", models.DateField(blank=True, null=True, verbose_name="end date")),
                        (
                            "events",
                            models.ManyToManyField(
                                blank=True, related_name="replications", to="training.event", verbose_name="events"
                            ),
                        ),
                        (
                            "pilot",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="replications",
                                to="municipalities.localgovernment",
                                verbose_name="pilot local government",
                            ),
                        ),
                        (
                            "practice",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="replications",
                                to="practices.practice",
                                verbose_name="best practice",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "replication",
                        "verbose_name_plural": "replications",
                        "ordering": ["practice__number", "pilot__slug"],
                    },
                ),
                migrations.CreateModel(
                    name="LogbookEntry",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
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
                        ("period_start", models.DateField(verbose_name="period from")),
                        ("period_end", models.DateField(verbose_name="period to")),
                        (
                            "status",
                            models.CharField(
                                choices=[
                                    ("on-track", "On track"),
                                    ("delayed", "Delayed"),
                                    ("at-risk", "At risk"),
                                    ("completed", "Completed"),
                                ],
                                max_length=20,
                                verbose_name="status",
                            ),
                        ),
                        ("narrative", models.TextField(blank=True, verbose_name="narrative")),
                        ("narrative_th", models.TextField(blank=True, null=True, verbose_name="narrative")),
                        ("narrative_en", models.TextField(blank=True, null=True, verbose_name="narrative")),
                        ("issues", models.TextField(blank=True, verbose_name="issues")),
                        ("issues_th", models.TextField(blank=True, null=True, verbose_name="issues")),
                        ("issues_en", models.TextField(blank=True, null=True, verbose_name="issues")),
                        (
                            "author",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="logbook_entries",
                                to="municipalities.person",
                                verbose_name="author",
                            ),
                        ),
                        (
                            "replication",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="logbook_entries",
                                to="replications.replication",
                                verbose_name="replication",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "logbook entry",
                        "verbose_name_plural": "logbook",
                        "ordering": ["replication", "-period_start"],
                    },
                ),
                migrations.CreateModel(
                    name="CoachAssignment",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
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
                        ("start_date", models.DateField(blank=True, null=True, verbose_name="from")),
                        ("end_date", models.DateField(blank=True, null=True, verbose_name="to")),
                        (
                            "coach",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="assignments",
                                to="training.coach",
                                verbose_name="coach",
                            ),
                        ),
                        (
                            "replication",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="coach_assignments",
                                to="replications.replication",
                                verbose_name="replication",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "coach assignment",
                        "verbose_name_plural": "coach assignments",
                        "ordering": ["replication", "start_date"],
                    },
                ),
                migrations.AddConstraint(
                    model_name="replication",
                    constraint=models.UniqueConstraint(
                        fields=("pilot", "practice"), name="replication_once_per_pilot_and_practice"
                    ),
                ),
                migrations.AddConstraint(
                    model_name="replication",
                    constraint=models.CheckConstraint(
                        condition=models.Q(
                            ("start_date__isnull", True),
                            ("end_date__isnull", True),
                            ("end_date__gte", models.F("start_date")),
                            _connector="OR",
                        ),
                        name="replication_ends_after_start",
                        violation_error_message="The end date cannot be before the start date.",
                    ),
                ),
                migrations.AddConstraint(
                    model_name="logbookentry",
                    constraint=models.CheckConstraint(
                        condition=models.Q(
                            ("period_start__isnull", True),
                            ("period_end__isnull", True),
                            ("period_end__gte", models.F("period_start")),
                            _connector="OR",
                        ),
                        name="progress_report_ends_after_start",
                        violation_error_message="The end date cannot be before the start date.",
                    ),
                ),
                migrations.AddConstraint(
                    model_name="coachassignment",
                    constraint=models.UniqueConstraint(
                        fields=("coach", "replication"), name="coach_assigned_once_per_replication"
                    ),
                ),
                migrations.AddConstraint(
                    model_name="coachassignment",
                    constraint=models.CheckConstraint(
                        condition=models.Q(
                            ("start_date__isnull", True),
                            ("end_date__isnull", True),
                            ("end_date__gte", models.F("start_date")),
                            _connector="OR",
                        ),
                        name="coach_assignment_ends_after_start",
                        violation_error_message="The end date cannot be before the start date.",
                    ),
                ),
                migrations.AddConstraint(
                    model_name="criterionassessment",
                    constraint=models.UniqueConstraint(
                        fields=("candidacy", "criterion"), name="assessment_once_per_criterion"
                    ),
                ),
            ],
        ),
    ]
