#!/usr/bin/env python
"""Django's command-line utility for administrative tasks."""

import os
import sys

# These print text and need no database; every other command gets one.
NO_DATABASE = {"help", "--help", "-h", "version", "--version"}


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "delgosea.settings")
    if len(sys.argv) > 1 and sys.argv[1] not in NO_DATABASE:
        from delgosea import dbserver

        # Starts the embedded PostgreSQL when DATABASE_URL is unset and exports DATABASE_URL,
        # so that runserver's reloader child reuses this process's server.
        dbserver.ensure_database_url()
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
