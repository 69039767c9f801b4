"""Links to addresses that records store (a website, an upload): only a web page, an e-mail
address or one of the portal's own pages may become an ``href`` or a ``src``.

The database refuses a website that is not http(s) (municipalities' CHECKs), forms and imports
refuse it before that; this filter is the last of those defences, on the page itself, for an
address that reached a row some other way (an old backup, a hand-made fix in psql).

    {% load links %}<a href="{{ place.website|safe_href }}">
"""

import re

from django import template

register = template.Library()

SAFE_SCHEMES = {"http", "https", "mailto"}
# What a browser ignores in a URL before reading its scheme (the URL Standard): C0 controls and
# spaces around it, and tabs and newlines anywhere in it ("java\tscript:" is "javascript:").
_AROUND = "".join(map(chr, range(0x21)))
_ANYWHERE = re.compile("[\t\n\r]")
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.\-]*):")


@register.filter
def safe_href(value):
    """The address as it was, when it is http(s), mailto or relative (no scheme); else ""."""
    if value is None:
        return ""
    address = _ANYWHERE.sub("", str(value).strip(_AROUND))
    scheme = _SCHEME.match(address)
    if scheme and scheme.group(1).lower() not in SAFE_SCHEMES:
        return ""
    return address
