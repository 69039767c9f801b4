"""Script and SQL payloads saved into every text field of every record (through the ORM, so that
no form cleans them first), and the pages that show those records. Used by
tests/delgosea/test_payloads.py (the test client) and tests/e2e/test_payloads.py (Chromium).
"""

import contextlib
import html.parser
import itertools
import re

from django.apps import apps
from django.contrib import admin
from django.db import DatabaseError, connection, models, transaction

from kernel.constraints import web_address

PAYLOADS = [
    "<script>window.__xss=1</script>",
    '"><img src=x onerror=window.__xss=1>',
    "'><svg onload=window.__xss=1>",
    "javascript:window.__xss=1",
    "'; DROP TABLE practices_practice; --",
    "{{ settings.SECRET_KEY }}{% debug %}",
    "</textarea></title><script>window.__xss=1</script>",
]
APPS = ["municipalities", "practices", "training", "replications", "monitoring"]


def text_fields(model):
    for field in model._meta.concrete_fields:
        if isinstance(field, models.CharField | models.TextField) and not field.choices:
            if isinstance(field, models.SlugField) or field.name == "source" or field.primary_key:
                continue
            yield field


def fill_every_text_field():
    """Every row of every model of the project's apps gets a payload in each of its text fields,
    one field at a time (a field whose constraints refuse it keeps its value), and source="sample"."""
    payloads = itertools.cycle(PAYLOADS)
    filled = 0
    for name in APPS:
        for model in apps.get_app_config(name).get_models():
            if any(f.name == "source" for f in model._meta.concrete_fields):
                model._base_manager.update(source="sample")
            for field in text_fields(model):
                payload = next(payloads)
                value = "javascript:window.__xss=1" if isinstance(field, models.URLField) else payload
                try:
                    with transaction.atomic():
                        model._base_manager.update(**{field.attname: value[: field.max_length or None]})
                    filled += 1
                except DatabaseError:
                    pass  # a CHECK or a unique constraint: the database keeps such rows out anyway
    return filled


def public_pages(languages=("th", "en")):
    from municipalities.models import LocalGovernment
    from practices.models import Practice

    practice = Practice.objects.order_by("number").values_list("number", flat=True)
    slugs = LocalGovernment.objects.order_by("slug").values_list("slug", flat=True)[:3]
    paths = ["", "practices/", "practices/?q=script", "themes/", "local-governments/", "map/", "programme/"]
    paths += ["open-data/", *(f"practices/{n}/" for n in practice[:4]), *(f"local-governments/{s}/" for s in slugs)]
    return [f"/{lang}/{path}" for lang in languages for path in paths]


def admin_pages(language="th"):
    pages = [f"/{language}/admin/"]
    for model in admin.site._registry:
        base = f"/{language}/admin/{model._meta.app_label}/{model._meta.model_name}/"
        pages += [base, f"{base}add/"]  # an add page the user may not open answers 403, never a script
        first = model._default_manager.order_by("pk").first()
        if first is not None:
            pages += [f"{base}{first.pk}/change/", f"{base}{first.pk}/history/"]
    return pages


def web_address_checks():
    """Each URLField's CHECK that it holds a web address: (its model, the constraint)."""
    for name in APPS:
        for model in apps.get_app_config(name).get_models():
            for field in model._meta.concrete_fields:
                if isinstance(field, models.URLField):
                    condition = web_address("any", field.name).condition
                    for constraint in model._meta.constraints:
                        if getattr(constraint, "condition", None) == condition:
                            yield model, field, constraint


@contextlib.contextmanager
def without_web_address_checks():
    """The websites' CHECKs dropped, as in a database restored from before them or mended in psql,
    so that a ``javascript:`` link can be stored and the pages' own defence (safe_href) shown.
    After: such links emptied, the CHECKs back (a browser test's database outlives its test)."""
    checks = list(web_address_checks())
    assert checks, "no CHECK to drop: the websites lost theirs"
    with connection.cursor() as cursor:  # no ALTER TABLE with deferred foreign-key checks pending
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    with connection.schema_editor() as editor:
        for model, _field, constraint in checks:
            editor.remove_constraint(model, constraint)
    try:
        yield
    finally:
        for model, field, _constraint in checks:
            model._base_manager.exclude(**{f"{field.name}__iregex": r"^https?://"}).update(**{field.name: ""})
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        with connection.schema_editor() as editor:
            for model, _field, constraint in checks:
                editor.add_constraint(model, constraint)
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")


# What a browser ignores before a URL's scheme, and within it (the URL Standard).
_AROUND = "".join(map(chr, range(0x21)))
_ANYWHERE = re.compile("[\t\n\r]")


def is_script_link(value):
    return _ANYWHERE.sub("", (value or "").strip(_AROUND)).lower().startswith("javascript:")


class _Links(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []

    def handle_starttag(self, tag, attrs):
        self.links += [(tag, name, value) for name, value in attrs if name in ("href", "src", "xlink:href")]


def script_links(page):
    """The ``href`` and ``src`` attributes of an HTML page that a browser would run as a script."""
    parser = _Links()
    parser.feed(page)
    return [link for link in parser.links if is_script_link(link[2])]
