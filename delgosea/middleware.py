from django.http import HttpResponseBadRequest
from django.template.loader import render_to_string


class RefuseNulBytesMiddleware:
    """A query string or form with a NUL byte gets a 400 page in the reader's language.

    PostgreSQL cannot store or compare a NUL, so such a request could only end in a
    server error further down; no page of the portal needs one.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.META.get("QUERY_STRING", "") or "%00" in request.META.get("QUERY_STRING", ""):
            return HttpResponseBadRequest(render_to_string("400.html", request=request))
        return self.get_response(request)
