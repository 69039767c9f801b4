"""Sharing: every public page tells LINE, Facebook and X its title, description and image; JSON-LD where a type fits."""

import io
import json
import re

import pytest
from PIL import Image

from practices.models import Practice

PUBLIC_PAGES = [
    "/{lang}/",
    "/{lang}/practices/",
    "/{lang}/practices/10/",
    "/{lang}/themes/",
    "/{lang}/local-governments/",
    "/{lang}/local-governments/yala/",
    "/{lang}/map/",
    "/{lang}/programme/",
    "/{lang}/open-data/",
]


def meta(html, attribute, name):
    found = re.findall(rf'<meta {attribute}="{re.escape(name)}" content="([^"]*)">', html)
    assert len(found) == 1, (name, found)
    return found[0]


def json_ld(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(block) for block in blocks]


@pytest.mark.parametrize("language", ["th", "en"])
def test_every_public_page_has_open_graph_and_twitter_card_tags(client, seeded, language):
    for page in PUBLIC_PAGES:
        url = page.format(lang=language)
        html = client.get(url).content.decode()
        title = re.search(r"<title>(.*?)</title>", html).group(1)
        assert title and meta(html, "property", "og:title") == title == meta(html, "name", "twitter:title"), url
        description = meta(html, "name", "description")
        assert description and meta(html, "property", "og:description") == description, url
        assert meta(html, "property", "og:url") == f"http://testserver{url}"
        assert meta(html, "property", "og:image").startswith(f"http://testserver/{language}/"), url
        assert meta(html, "name", "twitter:image") == meta(html, "property", "og:image")
        assert meta(html, "name", "twitter:card") == "summary_large_image"
        assert meta(html, "property", "og:locale") == {"th": "th_TH", "en": "en_GB"}[language]


def test_a_practice_page_shares_its_own_image_as_an_article(client, seeded):
    html = client.get("/th/practices/10/").content.decode()
    assert meta(html, "property", "og:image") == "http://testserver/th/practices/10/share.png"
    assert meta(html, "property", "og:type") == "article"
    assert meta(html, "property", "og:title").startswith(Practice.objects.get(number=10).title_th)


def test_a_title_with_quotes_stays_inside_its_attribute(client, seeded):
    Practice.objects.filter(number=10).update(title_en='The "wetland" <b>plan</b>')
    html = client.get("/en/practices/10/").content.decode()
    assert meta(html, "property", "og:title") == "The &quot;wetland&quot; &lt;b&gt;plan&lt;/b&gt; | DELGOSEA"


@pytest.mark.parametrize("language", ["th", "en"])
def test_each_practice_has_a_share_image_under_100_kb_with_cache_headers(client, seeded, language):
    for practice in Practice.objects.selected():
        response = client.get(f"/{language}/practices/{practice.number}/share.png")
        assert response.status_code == 200 and response["Content-Type"] == "image/png"
        assert len(response.content) < 100_000, (practice.number, len(response.content))
        assert Image.open(io.BytesIO(response.content)).size == (1200, 630)
        assert "max-age=86400" in response["Cache-Control"] and "public" in response["Cache-Control"]
    assert client.get(f"/{language}/share.png").status_code == 200


def test_the_share_image_shows_the_title_in_the_readers_language_and_is_kept_on_disk(client, seeded, settings):
    thai = client.get("/th/practices/10/share.png").content
    english = client.get("/en/practices/10/share.png").content
    assert thai != english
    kept = list((settings.MEDIA_ROOT / "share").glob("*.png"))
    assert len(kept) == 2
    assert client.get("/th/practices/10/share.png").content == thai
    Practice.objects.filter(number=10).update(title_th="ชื่อใหม่ของตัวอย่างที่ดี")
    assert client.get("/th/practices/10/share.png").content != thai


def test_a_practice_that_does_not_exist_has_no_share_image(client, seeded):
    assert client.get("/en/practices/999/share.png").status_code == 404


def test_the_practice_page_describes_itself_as_a_creative_work_from_its_host(client, seeded):
    wetland = Practice.objects.get(number=10)
    (data,) = json_ld(client.get("/en/practices/10/").content.decode())
    assert data["@context"] == "https://schema.org" and data["@type"] == "CreativeWork"
    assert data["name"] == wetland.title_en and data["inLanguage"] == "en"
    assert data["spatialCoverage"]["@type"] == "Place"
    assert data["spatialCoverage"]["address"]["addressCountry"] == wetland.host.country.code
    assert data["image"] == "http://testserver/en/practices/10/share.png"


def test_home_is_an_organization_a_local_government_a_place_and_the_programme_lists_events(client, seeded):
    (home,) = json_ld(client.get("/th/").content.decode())
    assert home["@type"] == "Organization" and home["alternateName"] == "DELGOSEA"
    (place,) = json_ld(client.get("/en/local-governments/yala/").content.decode())
    assert place["@type"] == "Place" and place["address"]["addressCountry"] == "TH"
    (events,) = json_ld(client.get("/en/programme/").content.decode())
    assert events["@graph"] and {e["@type"] for e in events["@graph"]} == {"Event"}
    assert all("startDate" in e for e in events["@graph"])


def test_json_ld_cannot_close_its_script(client, seeded):
    Practice.objects.filter(number=10).update(title_en="</script><script>alert(1)</script>")
    html = client.get("/en/practices/10/").content.decode()
    assert "</script><script>alert(1)" not in html
    (data,) = json_ld(html)
    assert data["name"] == "</script><script>alert(1)</script>"


def test_thai_wraps_before_a_leading_vowel_and_never_splits_a_mark_from_its_letter():
    from practices.share import THAI_MARKS, Writer

    writer = Writer(700, 64)
    text = "การจัดการน้ำเสียด้วยระบบบึงประดิษฐ์ของเทศบาลนคร"
    lines = writer.wrap(text, writer.width("การจัดการน้ำเสียด"), max_lines=10)
    assert lines[0] == "การจัดการน้ำ"
    assert "".join(lines) == text
    assert not any(line[0] in THAI_MARKS for line in lines)
