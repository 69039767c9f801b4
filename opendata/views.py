"""The open-data page: what the API offers, read from its own OpenAPI description, in the reader's language."""

from django.shortcuts import render
from drf_spectacular.generators import SchemaGenerator

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
