"""The map: a mark for every host and pilot, linking to its page, hosts and pilots told apart
by shape, country names never over another country, and a zoom to each country."""

import re

import pytest
from pytest_django.asserts import assertContains

from delgosea import map as southeast_asia
from municipalities.models import Country, LocalGovernment


def marks(response):
    """(role, href, shape element) of each place's mark in the map's SVG."""
    svg = re.search(r"<svg viewBox=.*?</svg>", response.content.decode(), flags=re.S).group(0)
    return re.findall(r'<a href="([^"]+)" class="map-place map-place--(\w+)".*?<(circle|polygon) ', svg, flags=re.S)


@pytest.mark.parametrize("language", ["th", "en"])
def test_every_host_and_pilot_is_one_mark_linking_to_its_page(client, seeded, language):
    found = marks(client.get(f"/{language}/map/"))
    expected = {
        f"/{language}/local-governments/{slug}/"
        for slug in LocalGovernment.objects.with_a_role().values_list("slug", flat=True)
    }
    assert len(found) == len(expected) == 31
    assert {href for href, _, _ in found} == expected


def test_hosts_pilots_and_places_that_are_both_have_different_shapes(client, seeded):
    found = {href.split("/")[-2]: (role, shape) for href, role, shape in marks(client.get("/en/map/"))}
    assert found["udon-thani"] == ("host", "circle")
    assert found["yala"] == ("pilot", "polygon")
    assert found["vinh"] == ("both", "polygon")
    pilot = southeast_asia.marker("pilot", 0, 0, 5)["points"].split()
    both = southeast_asia.marker("both", 0, 0, 5)["points"].split()
    assert (len(pilot), len(both)) == (3, 4)  # a triangle and a square


def test_the_legend_and_the_note_on_approximate_positions_are_in_both_languages(client, seeded):
    english = client.get("/en/map/")
    assertContains(english, "Host of a best practice")
    assertContains(english, "Positions are approximate")
    thai = client.get("/th/map/")
    assertContains(thai, "ตำแหน่งบนแผนที่เป็นตำแหน่งโดยประมาณ")


@pytest.mark.parametrize("language", ["th", "en"])
def test_no_country_name_lies_over_another_country(seeded, language):
    codes = [outline["code"] for outline in southeast_asia.outlines()]
    for country in Country.objects.all():
        name = getattr(country, f"name_{language}")
        left, top, right, bottom = southeast_asia.label_box(country.code, name)
        for i in range(41):
            for j in range(9):
                x, y = left + (right - left) * i / 40, top + (bottom - top) * j / 8
                over = [code for code in codes if code != country.code and southeast_asia.contains(code, x, y)]
                assert not over, (name, over)


def test_the_overlap_check_sees_a_name_over_another_country():
    # Thailand's name written over Laos (Vientiane) must be caught by the check above.
    southeast_asia.LABELS["TH"], saved = (102.6, 18.5, 10), southeast_asia.LABELS["TH"]
    try:
        left, top, right, bottom = southeast_asia.label_box("TH", "Thailand")
        assert southeast_asia.contains("LA", (left + right) / 2, (top + bottom) / 2)
    finally:
        southeast_asia.LABELS["TH"] = saved


def test_tapping_a_country_zooms_to_it(client, seeded):
    whole = client.get("/en/map/")
    assertContains(whole, 'viewBox="0 0 498.8 360"')
    assertContains(whole, '<a href="?country=TH" aria-label="Zoom to Thailand">')
    zoomed = client.get("/en/map/?country=TH")
    left, top, width, height = southeast_asia.zoom_box("TH")
    assertContains(zoomed, f'viewBox="{left} {top} {width} {height}"')
    assert width < 498.8 / 2
    assertContains(zoomed, "Whole map")
    assert len(marks(zoomed)) == 31


def test_an_unknown_country_shows_the_whole_map(client, seeded):
    assertContains(client.get("/en/map/?country=XX"), 'viewBox="0 0 498.8 360"')
