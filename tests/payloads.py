"""Script and SQL payloads saved into every text field of every record (through the ORM, so that
no form cleans them first), and the pages that show those records. Used by
tests/delgosea/test_payloads.py (the test client) and tests/e2e/test_payloads.py (Chromium).
"""

import itertools

from django.apps import apps
from django.contrib import admin
from django.db import DatabaseError, models, transaction

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
        pages.append(base)
        first = model._default_manager.order_by("pk").first()
        if first is not None:
            pages += [f"{base}{first.pk}/change/", f"{base}{first.pk}/history/"]
    return pages
