"""Find a practice for my municipality: the ranking, its reasons in words, whom to contact, bad input."""

import re

import pytest
from pytest_django.asserts import assertContains, assertNotContains

URL = "find-a-practice/"


def numbers(response):
    """The practice numbers the results list, in their rank."""
    return [int(n) for n in re.findall(r'href="/(?:th|en)/practices/(\d+)/"', response.content.decode())]


def reasons(response, number):
    """The reasons given for one practice, as the page writes them."""
    page = response.content.decode()
    start = page.index(f'href="/{response.wsgi_request.LANGUAGE_CODE}/practices/{number}/"')
    card = page[start : page.index("</li>\n  \n", start) if "</li>\n  \n" in page[start:] else None]
    block = card[card.index('<ul class="reasons">') : card.index("</ul>")]
    return re.findall(r"<li>(.*?)</li>", block)


def test_the_empty_form_asks_for_a_description_and_ranks_nothing(client, seeded):
    response = client.get(f"/en/{URL}")
    assertContains(response, "Find a practice for my municipality")
    assertContains(response, '<select name="country"')
    assert numbers(response) == []


@pytest.mark.parametrize("language", ["th", "en"])
def test_a_thai_officer_describing_wastewater_gets_the_wetland_first_with_its_reasons(client, seeded, language):
    response = client.get(f"/{language}/{URL}", {"country": "TH", "kind": "city-municipality", "q": "น้ำเสีย"})
    ranked = numbers(response)
    assert ranked[0] == 10
    given = reasons(response, 10)
    if language == "en":
        assert given == [
            "Your words are in its description: น้ำเสีย.",
            "A host nearby, in your country: Udon Thani City Municipality.",
            "A host of the same kind: City municipality.",
        ]
    else:
        assert given[0] == "คำของคุณปรากฏในเนื้อหาของแนวปฏิบัตินี้: น้ำเสีย"
    # Whom to contact: Thailand's national local-government association.
    contact = re.findall(r'<p class="contact">(.*?)</p>', response.content.decode())
    league = "Municipal League of Thailand (MLT)" if language == "en" else "สันนิบาตเทศบาลแห่งประเทศไทย (MLT)"
    assert set(contact) == {("Whom to contact: " if language == "en" else "ติดต่อ: ") + league}


def test_practices_already_replicated_in_the_country_say_by_whom(client, seeded):
    response = client.get(f"/en/{URL}", {"country": "TH"})
    # Pak Kret replicated practice 14, Songkhla practice 4, Yala practice 8, Chiang Rai practice 5.
    assert "Already replicated in your country, by Pak Kret City Municipality." in reasons(response, 14)
    assert "Already replicated in your country, by Yala City Municipality." in reasons(response, 8)
    assertNotContains(response, "Already replicated in your country, by Opal")


def test_a_neighbouring_countrys_host_is_nearby_and_a_distant_one_is_not(client, seeded):
    response = client.get(f"/en/{URL}", {"country": "KH"})
    # Vinh (Vietnam) borders Cambodia; Udon Thani's Thailand too; the Philippines does not.
    assert "A host nearby, in a neighbouring country: Udon Thani City Municipality, Thailand." in reasons(response, 10)
    assert 13 not in numbers(response)  # Olongapo, the Philippines, replicated by nobody there: no reason


def test_the_theme_is_a_reason_and_ranks_above_a_host_nearby(client, seeded):
    response = client.get(f"/en/{URL}", {"country": "PH", "theme": "1"})
    ranked = numbers(response)
    theme_1 = [n for n in ranked if any(r.startswith("Same theme") for r in reasons(response, n))]
    assert theme_1 and ranked[: len(theme_1)] == theme_1


@pytest.fixture
def sample_host_of_50000(seeded):
    from municipalities.models import Country, LocalGovernment
    from practices.models import Practice, Theme

    host = LocalGovernment.objects.create(
        slug="sample-town",
        name_en="Sample Town",
        kind="town-municipality",
        country=Country.objects.get(code="ID"),
        population=50_000,
        population_year=2010,
        source="sample",
    )
    return Practice.objects.create(
        number=99,
        theme=Theme.objects.get(number=4),
        host=host,
        title_en="Sample practice",
        status="selected",
        source="sample",
    )


def test_a_host_of_similar_size_only_when_both_populations_are_known(client, sample_host_of_50000):
    similar = client.get(f"/en/{URL}", {"population": "80000"})
    assert reasons(similar, 99) == ["A host of similar size: Sample Town has 50,000 people."]
    assert numbers(similar) == [99]  # no other host has a known population
    assert 99 not in numbers(client.get(f"/en/{URL}", {"population": "120000"}))  # more than twice as large
    # Without the officer's population, no host is "of similar size".
    assert "A host of similar size" not in " ".join(reasons(client.get(f"/en/{URL}", {"country": "ID"}), 99))


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"country": "XX"}, "Your country"),
        ({"population": "lots"}, "Population"),
        ({"population": "-5"}, "Population"),
        ({"theme": "abc"}, "Theme"),
        ({"kind": "<script>"}, "Kind of local government"),
    ],
)
def test_bad_input_is_ignored_with_a_message_never_an_error(client, seeded, query, message):
    response = client.get(f"/en/{URL}", query)
    assert response.status_code == 200
    assertContains(response, "Part of your request could not be used and was ignored:")
    assertContains(response, f"<li>{message}:")


def test_a_long_description_is_cut_to_the_limit_and_still_used(client, seeded):
    response = client.get(f"/th/{URL}", {"q": "น้ำเสีย " + "ก" * 10_000})
    assert response.status_code == 200
    assertContains(response, "ข้อความของคุณถูกตัดให้เหลือ 200 ตัวอักษรแรก")
    assert numbers(response)[0] == 10
    assert len(re.search(r'name="q"[^>]*value="([^"]*)"', response.content.decode()).group(1)) == 200


def test_a_nul_byte_in_the_description_is_not_a_server_error(client, seeded):
    assert client.get(f"/en/{URL}", {"q": "water\x00"}).status_code == 400  # the NUL-byte page


def test_the_home_page_and_the_catalogue_link_to_it(client, seeded):
    for page in ("/th/", "/th/practices/"):
        assertContains(client.get(page), f'href="/th/{URL}"')


def test_the_results_cost_a_fixed_number_of_queries(client, seeded, django_assert_max_num_queries):
    with django_assert_max_num_queries(8):
        client.get(f"/en/{URL}", {"country": "TH", "q": "water waste"})
