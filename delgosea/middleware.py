from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.http import HttpResponseBadRequest
from django.template.loader import render_to_string
from django.utils import translation

# Browsers keep a cookie to 4096 bytes; a longer one was not set by the portal.
MAX_COOKIE_LENGTH = 4096


class RefuseBadHostsAndCookiesMiddleware:
    """First in the stack: a bad Host header gets a 400 page, a bad cookie is ignored.

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
