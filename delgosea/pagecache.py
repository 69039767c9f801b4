"""Anonymous public pages, cached whole, and forgotten as soon as anything they show changes.

A page is kept per path and query string (the language is the path's prefix) and per
gzip or not; its key carries the data's version (kernel/dataversion.py), which every save,
delete or many-to-many change of a project model bumps, so the next visitor after an edit
gets a fresh page. Signed-in staff (a session cookie) are never served from, nor written
to, this cache (the dashboard has its own, per permissions: kernel.dataversion.cached_for_staff).
Only a 200 with no cookie and no `Vary: Cookie` is kept: a page that would set a cookie is
never shared.

The cache is settings.CACHES["default"]: Redis when REDIS_URL is set (shared by every
worker and server, so an edit is seen everywhere at once), else each process's memory.
"""

import hashlib
import re

from django.conf import settings
from django.core.cache import cache
from django.utils.cache import cc_delim_re

from kernel.dataversion import version

_ACCEPTS_GZIP = re.compile(r"\bgzip\b")
# PDFs are not pages: the case sheets keep their own cache, keyed by their page and by the way
# they are drawn (kernel.pdf.RENDER_VERSION), so that a sheet drawn the old way is never served.
_NEVER_CACHED = re.compile(r"^/(healthz$|media/|static/|i18n/|[a-z]{2}/admin/|.*\.pdf$)")


class AnonymousPageCacheMiddleware:
    """Serves an anonymous visitor's GET from the cache, or renders it and keeps it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        if (
            not seconds
            or request.method not in ("GET", "HEAD")
            or settings.SESSION_COOKIE_NAME in request.COOKIES
            or _NEVER_CACHED.match(request.path)
        ):
            return self.get_response(request)
        gzip = "gz" if _ACCEPTS_GZIP.search(request.META.get("HTTP_ACCEPT_ENCODING", "")) else "id"
        path = hashlib.sha256(request.get_full_path().encode()).hexdigest()
        key = f"page:{version()}:{gzip}:{path}"
        response = cache.get(key)
        if response is not None:
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if request.method == "GET" and self.shareable(response):
            cache.set(key, response, seconds)
        response["X-Page-Cache"] = "miss"
        return response

    @staticmethod
    def shareable(response):
        vary = {field.strip().lower() for field in cc_delim_re.split(response.get("Vary", ""))}
        return (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and "cookie" not in vary
            and "private" not in response.get("Cache-Control", "")
            and "no-store" not in response.get("Cache-Control", "")
        )
