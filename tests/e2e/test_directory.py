"""The directory of local governments in Chromium, on a 320 px phone and a 1280 px laptop, in Thai and English."""

import pytest
from django.utils import translation

from municipalities.models import LocalGovernment
from tests.e2e.conftest import fits

pytestmark = pytest.mark.e2e


def hrefs(locator):
    return locator.evaluate_all("links => links.map(link => link.getAttribute('href'))")


@pytest.mark.parametrize("language", ["th", "en"])
def test_the_directory_groups_every_host_and_pilot_under_its_country(portal, screen, language):
    expected = {}
    with translation.override(language):
        for place in LocalGovernment.objects.with_a_role().select_related("country"):
            expected.setdefault(str(place.country.name), set()).add(place.get_absolute_url())
    assert len(expected) == 5 and sum(len(places) for places in expected.values()) == 31

    screen.goto(f"{portal}/{language}/local-governments/")
    sections = screen.locator("section.directory-country")
    found = {}
    for index in range(sections.count()):
        section = sections.nth(index)
        heading = section.get_by_role("heading", level=2)
        assert heading.is_visible()
        country, count = heading.inner_text().rsplit(" (", 1)
        found[country] = set(hrefs(section.locator(".card__title a")))
        assert count == f"{len(found[country])})"
        assert section.locator(".card__title a").first.is_visible()
    assert found == expected
    assert fits(screen)
