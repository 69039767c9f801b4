"""A read replica, when DATABASE_REPLICA_URL is set (settings.py adds the `replica` database, this
router and this middleware; without it, neither is installed and everything uses `default`).

What goes where:

- every write, and every read inside a transaction (`atomic`, the admin's saves, the imports),
  goes to the primary (`default`);
- the reads of a GET or HEAD request without a session cookie (an anonymous visitor: public pages
  set no cookie) go to the replica;
- everything else reads from the primary: signed-in staff (they carry the session cookie, so they
  see their own saves at once, whatever the replica's lag), form posts, the sign-in, /healthz,
  management commands and scripts.

The choice is made per request by the middleware, in a context variable, so that the router
needs neither the request nor the user (whose session would itself be a read).
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections

REPLICA = "replica"
_reads_from = ContextVar("delgosea_reads_from", default=DEFAULT_DB_ALIAS)


@contextmanager
def reads_from_replica():
    """Reads in this block go to the replica, unless they run inside a transaction."""
    token = _reads_from.set(REPLICA)
    try:
        yield
    finally:
        _reads_from.reset(token)


class PrimaryReplicaRouter:
    def db_for_read(self, model, **hints):
        if _reads_from.get() == REPLICA and not connections[DEFAULT_DB_ALIAS].in_atomic_block:
            return REPLICA
        return DEFAULT_DB_ALIAS

    def db_for_write(self, model, **hints):
        return DEFAULT_DB_ALIAS

    def allow_relation(self, obj1, obj2, **hints):
        return True  # one database, two doors

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == DEFAULT_DB_ALIAS  # the replica follows the primary's schema by itself


class ReadReplicaMiddleware:
    """An anonymous visitor's GET or HEAD reads from the replica (see above)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in ("GET", "HEAD") and settings.SESSION_COOKIE_NAME not in request.COOKIES:
            with reads_from_replica():
                return self.get_response(request)
        return self.get_response(request)
