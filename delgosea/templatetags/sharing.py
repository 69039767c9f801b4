"""What a shared link shows: the page's title and description captured once for every tag that
repeats them (Open Graph, Twitter cards), and schema.org JSON-LD for the pages a type fits."""

import json

from django import template
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

register = template.Library()

# As Django's json_script: nothing in the JSON can close the script element.
JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


class CaptureNode(template.Node):
    def __init__(self, nodelist, name):
        self.nodelist, self.name = nodelist, name

    def render(self, context):
        # Rendered text, already escaped: safe to repeat in the attributes of the head's tags.
        context[self.name] = mark_safe(" ".join(self.nodelist.render(context).split()))
        return ""


@register.tag
def capture(parser, token):
    """{% capture as name %}...{% endcapture %}: what the block renders, kept in ``name``.

    The base template wraps its title and description blocks in it, so each page writes them once.
    """
    bits = token.split_contents()
    if len(bits) != 3 or bits[1] != "as":
        raise template.TemplateSyntaxError("Use {% capture as name %}…{% endcapture %}")
    nodelist = parser.parse(("endcapture",))
    parser.delete_first_token()
    return CaptureNode(nodelist, bits[2])


def _script(data):
    data = {key: value for key, value in data.items() if value not in (None, "")}
    text = json.dumps({"@context": "https://schema.org", **data}, ensure_ascii=False).translate(JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))


def _absolute(request, path):
    return request.build_absolute_uri(path)


def _both(record, field):
    """A translated text in the reader's language (with its fallback), for a JSON-LD value."""
    return getattr(record, field) or ""


def _place(request, local_government):
    place = {
        "@type": "Place",
        "name": _both(local_government, "name"),
        "url": _absolute(request, local_government.get_absolute_url()),
        "address": {"@type": "PostalAddress", "addressCountry": local_government.country.code},
    }
    if local_government.latitude is not None and local_government.longitude is not None:
        place["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": float(local_government.latitude),
            "longitude": float(local_government.longitude),
        }
    return place


@register.simple_tag(takes_context=True)
def organisation_jsonld(context, programme):
    """The partnership as an Organization (home page)."""
    if programme is None:
        return ""
    request = context["request"]
    return _script(
        {
            "@type": "Organization",
            "name": _both(programme, "name"),
            "alternateName": "DELGOSEA",
            "url": _absolute(request, reverse("home")),
            "description": _both(programme, "aim"),
            "foundingDate": programme.start_date.isoformat(),
            "dissolutionDate": programme.actual_end_date.isoformat() if programme.actual_end_date else None,
        }
    )


@register.simple_tag(takes_context=True)
def practice_jsonld(context, practice):
    """A best practice as a CreativeWork about its theme, from its host's place."""
    request = context["request"]
    data = {
        "@type": "CreativeWork",
        "name": _both(practice, "title"),
        "url": _absolute(request, practice.get_absolute_url()),
        "image": _absolute(request, reverse("practices:share-image", args=[practice.number])),
        "inLanguage": get_language(),
        "about": _both(practice.theme, "title"),
        "spatialCoverage": _place(request, practice.host),
        "isPartOf": {"@type": "Organization", "name": "DELGOSEA"},
    }
    if practice.summary:
        data["abstract"] = practice.summary
    return _script(data)


@register.simple_tag(takes_context=True)
def place_jsonld(context, local_government):
    """A local government's page as a Place, with its coordinates when staff entered them."""
    return _script(_place(context["request"], local_government))


@register.simple_tag
def events_jsonld(events):
    """The programme's events (programme page): kind, dates and place; never who took part."""
    items = []
    for event in events:
        item = {"@type": "Event", "name": _both(event, "title"), "startDate": event.start_date.isoformat()}
        if event.end_date:
            item["endDate"] = event.end_date.isoformat()
        location = {"@type": "Place", "name": _both(event, "place")} if event.place else None
        if event.country_id:
            location = location or {"@type": "Place"}
            location["address"] = {"@type": "PostalAddress", "addressCountry": event.country.code}
        if location:
            item["location"] = location
        items.append(item)
    return _script({"@graph": items}) if items else ""
