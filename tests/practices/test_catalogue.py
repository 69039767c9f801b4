"""The practice catalogue: filters, counts, search, bad input and its query budget."""

import re

import pytest
from pytest_django.asserts import assertContains, assertNotContains


def numbers(response):
    """The practice numbers listed on a catalogue page, in order."""
    return [int(n) for n in re.findall(r'href="/(?:th|en)/practices/(\d+)/"', response.content.decode())]


def test_theme_3_in_the_philippines_is_exactly_marikina_and_olongapo(client, seeded):
    response = client.get("/en/practices/?theme=3&country=PH")
    assert numbers(response) == [12, 13]
    assertContains(response, "2 best practices found")


def test_the_catalogue_lists_all_16_without_filters(client, seeded):
    assert numbers(client.get("/th/practices/")) == list(range(1, 17))


def test_each_filter_choice_shows_how_many_practices_it_would_give(client, seeded):
    response = client.get("/en/practices/?country=PH")
    # With the Philippines chosen: theme 3 has two of its practices, theme 2 one.
    assertContains(response, "3. Inclusive Urban Public Services (2)")
    assertContains(response, "2. Institutional Governance (1)")
    # The country list ignores the country filter itself, so it still counts them all.
    assertContains(response, "Thailand (5)")
    assertContains(response, '<option value="PH" selected>Philippines (4)</option>', html=True)


def test_a_filter_by_kind_of_host(client, seeded):
    assert numbers(client.get("/en/practices/?kind=subdistrict-municipality")) == [6, 11]


@pytest.mark.parametrize("language", ["th", "en"])
def test_a_thai_word_is_found_inside_unspaced_thai_text(client, seeded, language):
    assert numbers(client.get(f"/{language}/practices/", {"q": "น้ำเสีย"})) == [10]


@pytest.mark.parametrize(("query", "expected"), [("wetlnd", 10), ("street vendor", 14), ("น้ำเสย", 10)])
def test_a_small_typo_still_finds_the_practice(client, seeded, query, expected):
    assert numbers(client.get("/en/practices/", {"q": query})) == [expected]


def test_search_and_filters_combine(client, seeded):
    assert numbers(client.get("/en/practices/", {"q": "Eco Savers", "theme": "3"})) == [12]
    assert numbers(client.get("/en/practices/", {"q": "Eco Savers", "theme": "1"})) == []


def test_search_reaches_the_case_sections_staff_enter(client, seeded):
    from practices.models import Practice

    Practice.objects.filter(number=6).update(process_th="อาสาสมัครสาธารณสุขประจำหมู่บ้านเยี่ยมบ้านทุกสัปดาห์")
    assert numbers(client.get("/th/practices/", {"q": "สาธารณสุข"})) == [6]


def test_no_match_shows_an_empty_state_with_a_way_back(client, seeded):
    response = client.get("/th/practices/", {"q": "zzzzqqq"})
    assertContains(response, "ไม่มีตัวอย่างที่ดีที่ตรงกับตัวกรองนี้")
    assertContains(response, 'href="/th/practices/"')


def test_the_language_switch_keeps_the_filters(client, seeded):
    response = client.get("/th/practices/?theme=3&country=PH")
    assertContains(response, '<a href="/en/practices/?theme=3&amp;country=PH" hreflang="en" lang="en">')


# ---------------------------------------------------------------- bad input

SCRIPT = "<script>alert(1)</script>"


@pytest.mark.parametrize(
    "params",
    [
        {"theme": "abc"},
        {"theme": "99"},
        {"country": SCRIPT},
        {"kind": SCRIPT},
        {"page": "-1"},
        {"page": "99999"},
        {"page": SCRIPT},
        {"q": "x" * 10_000},
        {"q": SCRIPT},
    ],
)
@pytest.mark.parametrize("language", ["th", "en"])
def test_bad_input_is_ignored_and_said_so_never_an_error(client, seeded, params, language):
    response = client.get(f"/{language}/practices/", params)
    assert response.status_code == 200
    assertNotContains(response, "<script>alert(1)</script>")
    said = "ข้อมูลบางส่วนในคำขอใช้ไม่ได้" if language == "th" else "could not be used"
    if params == {"q": SCRIPT}:  # a search like any other: nothing to say about it
        assertNotContains(response, said)
    else:
        assertContains(response, said)


def test_a_script_in_the_search_is_shown_escaped(client, seeded):
    response = client.get("/en/practices/", {"q": SCRIPT})
    assertContains(response, "&lt;script&gt;alert(1)&lt;/script&gt;")


def test_a_bad_filter_does_not_hide_the_good_ones(client, seeded):
    assert numbers(client.get("/en/practices/?theme=abc&country=PH")) == [7, 12, 13, 16]


@pytest.mark.parametrize("language", ["th", "en"])
def test_a_nul_byte_gets_a_400_page_in_the_readers_language(client, seeded, language):
    response = client.get(f"/{language}/practices/?q=a%00b")
    assert response.status_code == 400
    assertContains(response, "คำขอไม่ถูกต้อง" if language == "th" else "Bad request", status_code=400)


def test_invalid_utf8_in_the_query_string_is_no_error(client, seeded):
    response = client.get("/th/practices/?q=%ff%fe%c3")
    assert response.status_code == 200


def test_a_long_search_is_refused_with_a_message_and_the_page_still_lists(client, seeded):
    response = client.get("/en/practices/", {"q": "wetland " * 100})
    assertContains(response, "The search was too long")
    assert len(numbers(response)) == 16


# ---------------------------------------------------------------- queries


@pytest.mark.parametrize(
    ("query", "budget"),
    [
        # theme and country choices, the count, the page with its pilots and photos, and one count per filter
        ("", 9),
        ("?theme=3&country=TH", 9),
        # and one to know whether any practice contains the words
        ("?q=wetland", 10),
        ("?q=wetlnd", 10),
        ("?q=น้ำเสีย&kind=city-municipality", 10),
    ],
)
def test_the_catalogue_keeps_its_query_count_from_16_to_500_practices(
    client, many_practices, django_assert_num_queries, query, budget
):
    with django_assert_num_queries(budget):
        client.get(f"/en/practices/{query}")
    many_practices(484)
    with django_assert_num_queries(budget):
        response = client.get(f"/en/practices/{query}")
    assert response.status_code == 200


@pytest.mark.parametrize(("language", "label"), [("th", "ข้อมูลตัวอย่าง (ไม่ใช่ข้อมูลจริง)"), ("en", "Sample data (not real)")])
def test_sample_records_are_marked_as_sample_on_screen(client, many_practices, language, label):
    sample = many_practices(1)[0]
    listing = client.get(f"/{language}/practices/")
    assertContains(listing, label, count=1)  # the one sample, not the 16 real practices
    assertContains(client.get(f"/{language}/practices/{sample.number}/"), label)
    assertContains(client.get(f"/{language}/"), label, count=1)


# ---------------------------------------------------------------- cards


def card(response, number):
    """The HTML of one practice's card in the catalogue."""
    html = response.content.decode()
    start = html.index(f'href="/{response.wsgi_request.path.split("/")[1]}/practices/{number}/"')
    return html[html.rindex('<li class="card', 0, start) : html.index("</li>", start)]


def test_a_card_shows_its_host_theme_colour_and_the_pilots_that_replicate_it(client, seeded):
    twelve = card(client.get("/en/practices/"), 12)
    assert 'class="card card--theme theme-' in twelve
    assert (
        "Replicated by 3 pilots: Kampot Municipality (Cambodia), Kupang City (Indonesia), Tarakan City (Indonesia)"
    ) in twelve
    thai = card(client.get("/th/practices/"), 12)
    assert "อปท.นำร่อง 3 แห่งถอดแบบไปใช้:" in thai
    assert "เมืองมาริกิน่า, ฟิลิปปินส์" in thai  # practice 12's host and country, in Thai


def test_a_card_says_when_no_pilot_has_replicated_the_practice(client, seeded):
    from practices.models import Practice
    from replications.models import Replication

    unreplicated = Practice.objects.exclude(pk__in=Replication.objects.values("practice")).order_by("number").first()
    assert "No pilot has replicated it yet." in card(client.get("/en/practices/"), unreplicated.number)


def test_each_theme_has_its_own_colour_on_the_cards(client, seeded):
    html = client.get("/en/practices/").content.decode()
    assert {int(n) for n in re.findall(r'class="card card--theme theme-(\d)"', html)} == {1, 2, 3, 4}


def test_a_card_shows_the_webp_thumbnail_of_the_practices_first_photo(client, seeded):
    from django.core.files.base import ContentFile

    from practices.models import Practice, PracticePhoto
    from tests.conftest import png_bytes

    photo = PracticePhoto(practice=Practice.objects.get(number=10), caption_en="Reed beds", source="sample")
    photo.image.save("reeds.png", ContentFile(png_bytes(2000, 1500)), save=False)
    photo.make_renditions()
    photo.save()
    ten = card(client.get("/en/practices/"), 10)
    assert re.search(r'<img class="card__photo" src="[^"]+/small/reeds[^"]*\.webp" alt="Reed beds"', ten)
    assert "<img" not in card(client.get("/en/practices/"), 12)
