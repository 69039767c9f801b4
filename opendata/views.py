"""The open-data page: what the API offers, read from its own OpenAPI description, in the reader's language."""

from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import cache_control
from drf_spectacular.generators import SchemaGenerator

from opendata import iati

EXAMPLES = [
    "/api/v1/practices/?theme=3&country=PH",
    "/api/v1/practices/?q=wetland&lang=en",
    "/api/v1/local-governments/?role=pilot&country=TH",
]


def endpoints():
    """Each GET operation of the schema as (path, summary, parameters), parameters as (name, description)."""
    schema = SchemaGenerator().get_schema(request=None, public=True)
    found = []
    for path, operations in schema["paths"].items():
        operation = operations["get"]
        parameters = [(p["name"], p.get("description", "")) for p in operation.get("parameters", [])]
        found.append((path, operation.get("summary", ""), parameters))
    return found


def open_data(request):
    return render(request, "opendata/open_data.html", {"endpoints": endpoints(), "examples": EXAMPLES})


@cache_control(public=True, max_age=3600)
def iati_activity(request):
    tree = iati.activity()
    if tree is None:
        raise Http404
    return HttpResponse(iati.serialise(tree), content_type="application/xml; charset=utf-8")
