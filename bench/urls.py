"""The portal's URLs plus /floor/: a bare Django view that runs one query, the yardstick that
bench/load.py measures every page against on the same stack (never mounted in production)."""

from django.db import connection
from django.http import HttpResponse
from django.urls import path

from delgosea.urls import urlpatterns as portal


def floor(request):
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    response = HttpResponse("ok\n", content_type="text/plain")
    response["Cache-Control"] = "no-store"  # through the same middleware, but never from the page cache
    return response


urlpatterns = [path("floor/", floor), *portal]
