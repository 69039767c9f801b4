from django.core.management.base import BaseCommand, CommandError

from delgosea import backup


class Command(BaseCommand):
    help = "Load a backup archive into an empty database and MEDIA_ROOT (make restore FILE=...)."

    def add_arguments(self, parser):
        parser.add_argument("archive")

    def handle(self, *args, archive, **options):
        try:
            backup.restore(archive)
        except backup.BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Restored the database and the uploaded files from {archive}")
