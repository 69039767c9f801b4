"""WSGI entry point for production servers."""

import os

from django.core.wsgi import get_wsgi_application

from delgosea import dbserver

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "delgosea.settings")
dbserver.ensure_database_url()  # production sets DATABASE_URL; without it, the embedded server
application = get_wsgi_application()
