from django.db import migrations


class Migration(migrations.Migration):
    """Once made the three staff groups, after every other app's migrations. The groups and their
    permissions are now made after every `migrate` by a post_migrate handler (kernel/apps.py,
    kernel/workspace/roles.py), so this migration does nothing and depends on no app to the
    right of this one. It stays so that databases that applied it keep a consistent history."""

    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("municipalities", "0002_country_translation_outdated_and_more"),
    ]

    operations = []
