from django.core.management.base import BaseCommand

from monitoring import demo


class Command(BaseCommand):
    help = "Load the dashboard's sample layer (every row marked as sample), or remove it with --clear."

    def add_arguments(self, parser):
        parser.add_argument("--clear", action="store_true", help="remove every sample row the layer wrote")

    def handle(self, *args, clear=False, **options):
        if clear:
            demo.clear()
            self.stdout.write("Sample layer removed; the programme's facts are unchanged.")
            return
        for label, count in demo.load().items():
            self.stdout.write(f"{label}: {count} sample rows")
