import pytest
from django.template import Context, Template
from django.utils import translation
from pytest_django.asserts import assertContains, assertNotContains


def test_the_root_sends_a_visitor_to_the_thai_home_page(client):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/th/"


def test_the_thai_home_page_lists_the_themes_and_practices_in_thai(client, seeded):
    response = client.get("/th/")
    assertContains(response, '<html lang="th">')
    assertContains(response, "การจัดการน้ำเสียแบบบึงประดิษฐ์")
    assertContains(response, "การจัดบริการสาธารณะด้านสิ่งแวดล้อม")
    assertContains(response, "เทศบาลนครอุดรธานี")
    assertContains(response, "ตัวอย่างที่ดีตามประเด็น")
    assertNotContains(response, "Constructed Wetland for Wastewater Treatment")
    assert response.content.decode().count('class="practice-title"') == 16
    assert response.content.decode().count('class="theme theme-') == 4


def test_the_english_home_page_lists_them_in_english(client, seeded):
    response = client.get("/en/")
    assertContains(response, '<html lang="en">')
    assertContains(response, "Constructed Wetland for Wastewater Treatment")
    assertContains(response, "Inclusive Urban Public Services")
    assertContains(response, "Best practices by theme")
    assertNotContains(response, "การจัดการน้ำเสียแบบบึงประดิษฐ์")


def test_a_thai_name_the_facts_do_not_give_falls_back_to_english(client, seeded):
    # Toul Sangke has no Thai name in the sources: the Thai page shows the English one.
    assertContains(client.get("/th/"), "Toul Sangke")


def test_thai_pages_count_years_in_the_buddhist_era(client, seeded):
    assertContains(client.get("/th/"), "2553")
    english = client.get("/en/")
    assertContains(english, "2010")
    assertNotContains(english, "2553")


def test_the_page_names_its_other_language(client, seeded):
    response = client.get("/th/")
    assertContains(response, '<link rel="alternate" hreflang="en" href="http://testserver/en/">')
    assertContains(response, '<link rel="alternate" hreflang="th" href="http://testserver/th/">')


def test_the_language_switch_links_to_the_same_page_and_query_in_the_other_language(client, seeded):
    response = client.get("/th/practices/?theme=3&country=PH")
    assertContains(response, '<a href="/en/practices/?theme=3&amp;country=PH" hreflang="en" lang="en">English</a>')
    assertContains(response, 'hreflang="th" lang="th" aria-current="page">ภาษาไทย</a>')


def test_the_home_page_keeps_its_query_count_from_16_to_500_practices(
    client, many_practices, django_assert_num_queries
):
    # themes, their practices, the programme, the pilots' count, the countries' count
    with django_assert_num_queries(5):
        client.get("/en/")
    many_practices(484)
    with django_assert_num_queries(5):
        response = client.get("/en/")
    assertContains(response, "Sample practice 483")


def test_an_empty_database_shows_a_translated_empty_state(client, db):
    assertContains(client.get("/th/"), "ยังไม่มีการบันทึกประเด็น")
    assertContains(client.get("/en/"), "No themes have been entered yet.")


@pytest.mark.parametrize(("language", "expected"), [("th", "2553"), ("en", "2010")])
def test_the_era_year_filter_counts_in_the_readers_era(language, expected):
    with translation.override(language):
        assert Template("{% load delgosea %}{{ 2010|era_year }}").render(Context()) == expected


def test_the_date_filter_shows_a_thai_date_with_its_buddhist_era_year():
    import datetime

    with translation.override("th"):
        rendered = Template("{% load delgosea %}{{ d|localdate }}").render(Context({"d": datetime.date(2012, 8, 7)}))
    assert rendered == "7 สิงหาคม 2555"


@pytest.mark.parametrize(
    ("language", "funder", "implementer"),
    [
        ("en", "co-funded by the European Union", "implemented by the Konrad Adenauer Stiftung (KAS)"),
        ("th", "ได้รับทุนสนับสนุนร่วมจากสหภาพยุโรป", "ดำเนินการโดยมูลนิธิคอนราด อาเดนาวร์"),
    ],
)
def test_every_page_has_the_wordmark_the_favicon_and_the_programmes_acknowledgement(
    client, seeded, language, funder, implementer
):
    for path in ("/", "/practices/", "/map/"):
        response = client.get(f"/{language}{path}")
        assertContains(response, '<svg class="wordmark"')
        assertContains(response, 'rel="icon" href="/static/img/favicon.svg"')
        assertContains(response, funder)
        assertContains(response, implementer)
        assertContains(response, "Municipal League of Thailand" if language == "en" else "สันนิบาตเทศบาลแห่งประเทศไทย")


def test_the_favicon_is_a_self_made_svg_with_nothing_drawn_from_elsewhere():
    from xml.etree import ElementTree

    from django.conf import settings

    path = settings.BASE_DIR / "static" / "img" / "favicon.svg"
    root = ElementTree.fromstring(path.read_text())
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert "href" not in path.read_text() and "<image" not in path.read_text()
