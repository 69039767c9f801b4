from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from delgosea import backup


class Command(BaseCommand):
    help = "Write one archive with the database dump and the uploaded files (make backup)."

    def add_arguments(self, parser):
        parser.add_argument("--output", help="the archive to write; default var/backups/delgosea-<date>.tar.gz")

    def handle(self, *args, output=None, **options):
        stamp = timezone.now().strftime("%Y%m%d-%H%M%S")
        archive = backup.backup(output or settings.BASE_DIR / "var" / "backups" / f"delgosea-{stamp}.tar.gz")
        self.stdout.write(f"Backed up the database and the uploaded files to {archive}")
