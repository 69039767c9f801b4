"""Local governments, the map, the programme page, the sitemap and the error pages."""

import re

import pytest
from django.template.loader import render_to_string
from django.utils import translation
from pytest_django.asserts import assertContains, assertNotContains

from municipalities.models import Person
from training.models import Event, Participation


def slugs(response):
    return re.findall(r'href="/(?:th|en)/local-governments/([a-z0-9-]+)/"', response.content.decode())


def test_the_directory_lists_the_16_hosts_and_the_16_pilots_once_each(client, seeded):
    listed = slugs(client.get("/en/local-governments/"))
    assert len(listed) == len(set(listed)) == 31  # Vinh is both a host and a pilot


def test_the_directory_filters_by_country_and_role(client, seeded):
    assert sorted(slugs(client.get("/en/local-governments/?country=TH&role=pilot"))) == [
        "chiang-rai",
        "pak-kret",
        "songkhla",
        "yala",
    ]
    assert len(slugs(client.get("/en/local-governments/?role=host"))) == 16


def countries_and_places(response):
    """Each country heading of the directory with the slugs listed under it, in page order."""
    html = response.content.decode()
    sections = re.findall(r'<h2 id="country-(\w\w)">(.*?)</h2>(.*?)</section>', html, flags=re.S)
    return [(code, re.sub(r"<[^>]+>|\s*\(\d+\)", "", name).strip(), slugs_in(body)) for code, name, body in sections]


def slugs_in(html):
    return re.findall(r'href="/(?:th|en)/local-governments/([a-z0-9-]+)/"', html)


@pytest.mark.parametrize(
    ("language", "countries"),
    [
        ("en", ["Cambodia", "Indonesia", "Philippines", "Thailand", "Vietnam"]),
        ("th", ["กัมพูชา", "ไทย", "ฟิลิปปินส์", "เวียดนาม", "อินโดนีเซีย"]),
    ],
)
def test_the_directory_groups_places_by_country_in_the_readers_order(client, seeded, language, countries):
    groups = countries_and_places(client.get(f"/{language}/local-governments/"))
    assert [name for _, name, _ in groups] == countries
    assert sum(len(places) for _, _, places in groups) == 31
    from municipalities.models import LocalGovernment

    for code, _, places in groups:
        assert set(LocalGovernment.objects.filter(slug__in=places).values_list("country__code", flat=True)) == {code}


def test_the_directory_shows_thai_names_first_and_each_ones_role(client, seeded):
    response = client.get("/th/local-governments/?country=TH")
    html = response.content.decode()
    assert html.index("เทศบาลนครเชียงราย") < html.index("เทศบาลนครยะลา")
    assertNotContains(response, "Chiang Rai City Municipality")
    assertContains(response, '<span class="role-name role-name--pilot">อปท.นำร่อง</span>', count=4)
    assertContains(response, '<span class="role-name role-name--host">เจ้าของตัวอย่างที่ดี</span>', count=5)
    vietnam = client.get("/en/local-governments/?country=VN")
    assertContains(vietnam, '<span class="role-name role-name--both">Host and pilot</span>', count=1)
    assertContains(vietnam, "Hosts best practice 2")


def test_thai_names_sort_in_thai_dictionary_order(client, seeded):
    # Leading vowels do not sort first: เทศบาลนครเชียงราย (ช) before เทศบาลนครปากเกร็ด (ป).
    listed = slugs(client.get("/th/local-governments/?country=TH"))
    assert listed.index("chiang-rai") < listed.index("pak-kret") < listed.index("yala")
    assert listed.index("prik") < listed.index("mueang-klaeng")


def test_english_names_sort_alphabetically(client, seeded):
    from municipalities.models import Country, LocalGovernment
    from replications.models import PilotCandidacy

    # A pilot whose slug sorts first and whose name sorts last: the order is the name's.
    sample = LocalGovernment.objects.create(
        slug="a-sample", name_en="Zz Sample pilot", kind="city", country=Country.objects.get(code="TH"), source="sample"
    )
    PilotCandidacy.objects.create(local_government=sample, status="selected", source="sample")
    assert slugs(client.get("/en/local-governments/?country=TH")) == [
        "chiang-rai",
        "khon-kaen",
        "mueang-klaeng",
        "pak-kret",
        "phuket",
        "prik",
        "songkhla",
        "udon-thani",
        "yala",
        "a-sample",
    ]


@pytest.mark.parametrize("params", [{"country": "<script>x</script>"}, {"role": "boss"}, {"country": "\u0e01" * 500}])
def test_a_bad_directory_filter_is_ignored_and_said_so(client, seeded, params):
    response = client.get("/en/local-governments/", params)
    assert response.status_code == 200
    assertContains(response, "could not be used")
    assertNotContains(response, "<script>x</script>")
    assert len(slugs(response)) == 31


def test_a_pilot_page_shows_what_it_replicates(client, seeded):
    response = client.get("/th/local-governments/yala/")
    assertContains(response, "เทศบาลนครยะลา")
    assertContains(response, 'href="/th/practices/8/"')
    assertContains(response, "การเยี่ยมของผู้ประเมินโครงการ")  # 31 January 2012
    assertContains(response, "31 มกราคม 2555")


def test_a_pilot_whose_practice_the_sources_do_not_give_says_so(client, seeded):
    response = client.get("/en/local-governments/vinh/")
    assertContains(response, 'href="/en/practices/2/"')  # Vinh hosts practice 2
    assertContains(response, "The sources do not say which best practice this pilot replicated.")
    assertContains(response, "Award of excellence")


def test_a_name_without_its_thai_shows_the_english_marked_as_such(client, seeded):
    response = client.get("/th/local-governments/kupang/")
    assertContains(response, '<span lang="en">Kupang City</span>')
    assertContains(response, "ยังไม่มีคำแปล")


def test_an_unknown_local_government_is_a_404_in_thai(client, seeded):
    response = client.get("/th/local-governments/atlantis/")
    assertContains(response, "ไม่พบหน้าที่ต้องการ", status_code=404)


def test_the_map_draws_the_five_countries_and_lists_every_place(client, seeded):
    response = client.get("/en/map/")
    html = response.content.decode()
    assert html.count('class="map-country"') == 5
    assert len(set(slugs(response))) == 31
    assertNotContains(response, "no coordinates yet")
    assert "tile" not in html.lower()


def test_a_place_without_coordinates_is_only_in_the_list_and_the_map_says_so(client, seeded):
    from municipalities.models import LocalGovernment

    LocalGovernment.objects.filter(slug="udon-thani").update(latitude=None, longitude=None)
    response = client.get("/en/map/")
    assertContains(response, "1 place has no coordinates yet")
    assert response.content.decode().count('class="map-place') == 30


def test_the_programme_page_shows_plan_and_actual(client, seeded):
    response = client.get("/en/programme/")
    assertContains(response, "30 months, March 2010 – August 2012")
    assertContains(response, "32 months, 1 March 2010 – 31 October 2012")
    assertContains(response, "Municipal League of Thailand")
    assertContains(response, "Training of coaches")
    thai = client.get("/th/programme/")
    assertContains(thai, "30 เดือน มีนาคม 2553 – สิงหาคม 2555")


def test_the_programme_page_never_shows_participants(client, seeded):
    event = Event.objects.get(slug="final-conference-2012")
    person = Person.objects.create(name_en="Somsak Private", email="somsak@example.org", phone="+66 81 000 0000")
    Participation.objects.create(event=event, person=person)
    response = client.get("/en/programme/")
    assertContains(response, event.title_en)  # the event is there, without its participants
    for private in ("Somsak Private", "somsak@example.org", "+66 81 000 0000"):
        assertNotContains(response, private)


def test_the_sitemap_names_every_page_in_both_languages(client, seeded):
    response = client.get("/sitemap.xml")
    xml = response.content.decode()
    assert xml.count("<url>") == 2 * (7 + 16 + 31)
    assert 'hreflang="th" href="http://testserver/th/practices/10/"' in xml
    assert 'hreflang="en" href="http://testserver/en/open-data/"' in xml


@pytest.mark.parametrize(("language", "text"), [("th", "เกิดข้อผิดพลาด"), ("en", "Something went wrong")])
def test_the_500_page_speaks_the_readers_language(language, text):
    with translation.override(language):
        assert text in render_to_string("500.html")


# ---------------------------------------------------------------- queries


@pytest.mark.parametrize(
    ("url", "budget"),
    [
        ("/en/practices/10/", 8),
        ("/th/themes/", 2),
        ("/th/local-governments/", 4),
        ("/en/local-governments/yala/", 6),
        ("/th/map/", 4),
        ("/en/programme/", 14),
        ("/sitemap.xml", 2),
    ],
)
def test_each_page_keeps_its_query_count_from_16_to_500_practices(
    client, many_practices, django_assert_num_queries, url, budget
):
    with django_assert_num_queries(budget):
        client.get(url)
    many_practices(484)
    with django_assert_num_queries(budget):
        assert client.get(url).status_code == 200
