"""makemessages without fuzzy matching: msgmerge's guesses from similar strings (a
"Best practices" heading translated as a stray "best practice") are wrong more often
than right, and a fuzzy entry silently shows English."""

from django.core.management.commands import makemessages


class Command(makemessages.Command):
    msgmerge_options = [*makemessages.Command.msgmerge_options, "--no-fuzzy-matching"]
