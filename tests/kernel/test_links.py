"""Only a web page, an e-mail address or the portal's own pages become a link: in the database
(every URLField's CHECK) and on the page (the safe_href filter)."""

import pytest
from django.apps import apps
from django.db import models
from django.template import Context, Template

from kernel.constraints import web_address
from kernel.templatetags.links import safe_href

PROJECT_APPS = ["kernel", "municipalities", "practices", "training", "replications", "monitoring", "opendata"]


@pytest.mark.parametrize(
    "address",
    [
        "https://www.yala.go.th/",
        "http://example.org/a?b=1&c=2",
        "HTTPS://EXAMPLE.ORG/",
        "mailto:office@example.org",
        "/media/photos/wetland.jpg",
        "practices/10/",
        "?country=TH",
        "#hosted",
        "//example.org/",
    ],
)
def test_safe_href_keeps_web_mail_and_relative_addresses(address):
    assert safe_href(address) == address


@pytest.mark.parametrize(
    "address",
    [
        "javascript:window.__xss=1",
        "JavaScript:alert(1)",
        "  javascript:alert(1)",
        "\x01\x1fjavascript:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "jav\r\nascript:alert(1)",
        "vbscript:msgbox(1)",
        "data:text/html,<script>alert(1)</script>",
        "file:///etc/passwd",
    ],
)
def test_safe_href_drops_every_other_scheme_however_it_is_disguised(address):
    assert safe_href(address) == ""


def test_safe_href_gives_nothing_for_nothing():
    assert safe_href(None) == "" and safe_href("") == ""


def test_safe_href_output_is_still_escaped_in_a_template():
    template = Template('{% load links %}<a href="{{ url|safe_href }}">')
    rendered = template.render(Context({"url": 'https://example.org/?a=1&b="><script>'}))
    assert rendered == '<a href="https://example.org/?a=1&amp;b=&quot;&gt;&lt;script&gt;">'


def url_fields():
    for label in PROJECT_APPS:
        for model in apps.get_app_config(label).get_models():
            for field in model._meta.concrete_fields:
                if isinstance(field, models.URLField):
                    yield model, field


def test_every_url_field_has_the_database_check_that_it_is_a_web_address():
    fields = list(url_fields())
    assert len(fields) >= 2, "the test lost the websites"
    for model, field in fields:
        conditions = [c.condition for c in model._meta.constraints if isinstance(c, models.CheckConstraint)]
        assert web_address("any", field.name).condition in conditions, f"{model.__name__}.{field.name}"
