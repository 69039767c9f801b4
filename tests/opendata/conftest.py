import pytest


@pytest.fixture(autouse=True)
def no_request_counted_yet():
    """The API's rate limit counts requests in the cache; each test starts with none counted."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def api_urls(seeded):
    """Every path of the API's schema, with a real record's key in each {slot}."""
    from drf_spectacular.generators import SchemaGenerator

    from monitoring.models import Indicator
    from replications.models import Replication
    from training.models import Event

    keys = {
        "number": "10",
        "slug": "yala",
        "code": Indicator.objects.order_by("code").first().code,
        "id": str(Replication.objects.get(pilot__slug="yala").pk),
    }
    urls = []
    for path in SchemaGenerator().get_schema(request=None, public=True)["paths"]:
        if "/events/{slug}/" in path:
            path = path.replace("{slug}", Event.objects.order_by("slug").first().slug)
        elif "/results/{number}/" in path or "/themes/{number}/" in path:
            path = path.replace("{number}", "1")
        for slot, key in keys.items():
            path = path.replace(f"{{{slot}}}", key)
        urls.append(path)
    return urls
