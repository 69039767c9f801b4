from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations


class Migration(migrations.Migration):
    """pg_trgm: the practice search matches Thai words inside unspaced Thai text."""

    dependencies = [("practices", "0001_initial")]

    operations = [TrigramExtension()]
