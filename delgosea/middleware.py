import json
import logging
import os
import re
import time
import uuid
from contextlib import ExitStack

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.db import DatabaseError, InterfaceError, OperationalError, connection, connections
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseNotAllowed
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.functional import empty

# Browsers keep a cookie to 4096 bytes; a longer one was not set by the portal.
MAX_COOKIE_LENGTH = 4096


class RefuseBadHostsAndCookiesMiddleware:
    """Early in the stack (only the request log before it): a bad Host header gets a 400 page, a bad cookie is ignored.

    Django refuses a Host header not in ALLOWED_HOSTS (or not a host name at all) with a
    DisallowedHost, but its 400 page would be rendered through templates that ask for the
    host again and so end in a server error. Here the page is built from the path alone: its
    language from the /th/ or /en/ prefix, no absolute URL, no session, no CSRF token.

    A cookie with a control character or longer than a browser keeps cannot come from the
    portal; PostgreSQL refuses a NUL in a session key. Such cookies are dropped, so the
    request goes on as if they had not been sent.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            request.get_host()
        except DisallowedHost:
            language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
            with translation.override(language):
                return HttpResponseBadRequest(render_to_string("400_bad_host.html", {"LANGUAGE_CODE": language}))
        request.COOKIES = {name: value for name, value in request.COOKIES.items() if acceptable_cookie(name, value)}
        return self.get_response(request)


def acceptable_cookie(name, value):
    text = name + value
    return len(value) <= MAX_COOKIE_LENGTH and not any(ord(char) < 32 or ord(char) == 127 for char in text)


class RefuseNulBytesMiddleware:
    """A path or query string with a NUL byte gets a 400 page in the reader's language.

    PostgreSQL cannot store or compare a NUL, so such a request could only end in a
    server error further down; no page of the portal needs one.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        query = request.META.get("QUERY_STRING", "")
        if "\x00" in request.path_info or "\x00" in query or "%00" in query:
            return HttpResponseBadRequest(render_to_string("400.html", request=request))
        return self.get_response(request)


# ------------------------------------------------------------------ one log line per request

request_log = logging.getLogger("delgosea.requests")
_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


class RequestLogMiddleware:
    """One structured (JSON) line per answer: method, path, status, milliseconds, request id,
    and the user id when a member of staff is signed in.

    The request id is the proxy's X-Request-ID when it sends a sane one, else a new one; the
    answer carries it back in X-Request-ID so that a visitor's report can be found in the log.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        given = request.META.get("HTTP_X_REQUEST_ID", "")
        request.id = given if _REQUEST_ID.match(given) else uuid.uuid4().hex
        response = self.get_response(request)
        response["X-Request-ID"] = request.id
        # The user as the request already loaded it: logging never costs a query of its own.
        user = getattr(getattr(request, "user", None), "_wrapped", None)
        staff_id = user.pk if user is not None and user is not empty and getattr(user, "is_staff", False) else None
        request_log.info(
            json.dumps(
                {
                    "method": request.method,
                    "path": request.path,
                    "status": response.status_code,
                    "ms": round((time.perf_counter() - started) * 1000, 1),
                    "request_id": request.id,
                    "user_id": staff_id,
                },
                ensure_ascii=False,
            )
        )
        return response


# ---------------------------------------------------------------- health check and methods


class HealthCheckMiddleware:
    """`/healthz` answers before sessions, languages and pages: one query, `ok` or a 503."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path != "/healthz":
            return self.get_response(request)
        try:
            with connection.cursor() as cursor:
                cursor.execute("SELECT 1")
        except DatabaseError:
            return HttpResponse("database unavailable\n", status=503, content_type="text/plain")
        response = HttpResponse("ok\n", content_type="text/plain")
        response["Cache-Control"] = "no-store"
        return response


class RefuseUnservedMethodsMiddleware:
    """No page answers OPTIONS, TRACE, PUT, PATCH or DELETE: a 405 with the methods it does serve,
    and no page (pages are read with GET and HEAD; the workspace's forms and the login POST)."""

    SERVED = ("GET", "HEAD", "POST")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in self.SERVED:
            return HttpResponseNotAllowed(self.SERVED)
        return self.get_response(request)


# ------------------------------------------------------------ the client's address behind a proxy


# ------------------------------------------------------------------- the database away

outage_log = logging.getLogger("delgosea.outage")
# The outage as the cache knows it: the time it was found, in seconds since the epoch. With Redis
# (REDIS_URL) every worker and server shares it, so an outage gets one pair of lines in all; with
# each process's own memory, one pair per process that saw it.
OUTAGE_KEY = "database:outage"


class DatabaseUnavailableMiddleware:
    """While PostgreSQL is unreachable, visitors get a short 503 page in their language with
    Retry-After instead of a server error; pages in the cache are still served (it runs inside
    the page cache). Persistent connections are health-checked (CONN_HEALTH_CHECKS), so the
    portal answers again as soon as the database is back.

    The log gets exactly two lines an outage, not a traceback per request: "database
    unavailable" when a request first finds it down (the first to add the outage to the cache
    writes it), and "database back" when a request whose queries began after that succeeds (the
    first to delete it writes it). A request that asks nothing of the database (the `/` redirect,
    a 404, a cached page) says nothing about it and writes nothing.
    """

    RETRY_AFTER_SECONDS = 30

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        succeeded = []  # the start times of the request's queries that succeeded

        def watch(execute, sql, params, many, context):
            started = time.time()
            result = execute(sql, params, many, context)
            succeeded.append(started)
            return result

        with ExitStack() as stack:
            for alias in connections:
                stack.enter_context(connections[alias].execute_wrapper(watch))
            response = self.get_response(request)
        if succeeded and not getattr(request, "database_unavailable", False):
            self.end_outage(max(succeeded))
        return response

    def process_exception(self, request, exception):
        if not isinstance(exception, (OperationalError, InterfaceError)):
            return None
        request.database_unavailable = True
        self.begin_outage(exception)
        response = HttpResponse(render_to_string("503.html", request=request), status=503)
        response["Retry-After"] = str(self.RETRY_AFTER_SECONDS)
        response["Cache-Control"] = "no-store"
        return response

    @staticmethod
    def begin_outage(exception):
        try:
            first = cache.add(OUTAGE_KEY, time.time(), timeout=None)
        except Exception:  # the cache unreachable too: better a line too many than none
            first = True
        if first:
            message = str(exception).strip()
            line = message.splitlines()[0] if message else type(exception).__name__
            outage_log.error(json.dumps({"event": "database unavailable", "error": line, "pid": os.getpid()}))

    @staticmethod
    def end_outage(last_query_started):
        try:
            since = cache.get(OUTAGE_KEY)
            # A query that began before the outage was found proves nothing about now.
            ended = since is not None and last_query_started > since and cache.delete(OUTAGE_KEY)
        except Exception:
            return
        if ended:
            outage_log.warning(
                json.dumps({"event": "database back", "after_s": round(time.time() - since, 1), "pid": os.getpid()})
            )
