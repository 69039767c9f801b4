"""The open-data API: every endpoint in both languages, the public pages' filters and counts, no writes."""

import datetime

import pytest
from openapi_spec_validator import validate

from practices.models import Practice


def get(client, url, **headers):
    response = client.get(url, **headers)
    assert response.status_code == 200, (url, response.status_code, response.content[:300])
    return response


def test_every_endpoint_answers_in_thai_and_in_english_with_both_languages_in_the_payload(client, api_urls):
    assert len(api_urls) == 14
    for url in api_urls:
        thai = get(client, url + "?lang=th")
        english = get(client, url, HTTP_ACCEPT_LANGUAGE="en")
        assert thai["Content-Language"] == "th" and english["Content-Language"] == "en", url
        assert "Accept-Language" in thai["Vary"], url
        assert thai.json() != english.json() or url.endswith("/indicators/"), url


def test_a_practice_comes_in_the_asked_language_and_in_both(client, seeded):
    wetland = Practice.objects.get(number=10)
    for language, ask in [("th", {"QUERY_STRING": "lang=th"}), ("en", {"HTTP_ACCEPT_LANGUAGE": "en"})]:
        data = get(client, "/api/v1/practices/10/", **ask).json()
        assert data["title"] == getattr(wetland, f"title_{language}")
        assert (data["title_th"], data["title_en"]) == (wetland.title_th, wetland.title_en)
        assert data["theme"]["number"] == wetland.theme.number
        assert data["host"]["slug"] == wetland.host.slug


def test_lang_in_the_query_wins_over_accept_language(client, seeded):
    response = get(client, "/api/v1/themes/1/?lang=en", HTTP_ACCEPT_LANGUAGE="th")
    assert response["Content-Language"] == "en"
    assert response.json()["title"] == response.json()["title_en"]


def every_result(client, url):
    """All the results of a list, page after page."""
    results = []
    while url:
        data = get(client, url).json()
        results += data["results"]
        url = data["next"]
    return results


CATALOGUE_QUERIES = ["", "theme=3", "theme=3&country=PH", "country=TH&kind=city-municipality", "q=น้ำเสีย", "q=wetlnd"]


@pytest.mark.parametrize("query", CATALOGUE_QUERIES)
def test_the_practices_filter_as_the_catalogue_does_with_the_same_count_and_order(client, seeded, query):
    page = get(client, f"/en/practices/?{query}").context["page"]
    data = get(client, f"/api/v1/practices/?{query}").json()
    assert data["count"] == page.paginator.count > 0
    assert [p["number"] for p in data["results"]] == [p.number for p in page.object_list]


@pytest.mark.parametrize("query", ["", "country=TH", "role=host", "role=pilot", "country=PH&role=pilot"])
def test_the_local_governments_filter_as_the_directory_does(client, seeded, query):
    listed = get(client, f"/th/local-governments/?{query}").context["local_governments"]
    data = get(client, f"/api/v1/local-governments/?{query}").json()
    assert data["count"] == len(listed) > 0
    results = every_result(client, f"/api/v1/local-governments/?{query}")
    assert {lg["slug"] for lg in results} == {lg.slug for lg in listed}


def test_a_local_government_has_its_coordinates_and_roles(client, seeded):
    marikina = Practice.objects.get(number=10).host
    data = get(client, f"/api/v1/local-governments/{marikina.slug}/").json()
    assert "host" in data["roles"] and 10 in data["hosts"]
    assert {"latitude", "longitude", "country"} <= data.keys()
    pilot = get(client, "/api/v1/local-governments/yala/").json()
    assert "pilot" in pilot["roles"] and pilot["replicates"]


def test_a_filter_value_the_api_cannot_use_is_a_400_naming_it(client, seeded):
    response = client.get("/api/v1/practices/?theme=abc")
    assert response.status_code == 400
    assert "theme" in response.json()


def test_pages_hold_20_in_a_stable_order_and_together_hold_every_practice(client, many_practices):
    many_practices(30)
    first = get(client, "/api/v1/practices/").json()
    numbers = [p["number"] for p in every_result(client, "/api/v1/practices/")]
    assert first["count"] == 46 and len(first["results"]) == 20
    assert numbers == sorted(numbers) == sorted(Practice.objects.selected().values_list("number", flat=True))
    assert get(client, "/api/v1/practices/").json() == first


def test_events_count_participants_by_sex(client, seeded):
    from municipalities.models import Person
    from training.models import Event, Participation

    event = Event.objects.get(slug="final-conference-2012")
    for n, sex in enumerate(["female", "female", "male", "unstated"]):
        person = Person.objects.create(name_en=f"Sample participant {n}", sex=sex, source="sample")
        Participation.objects.create(person=person, event=event, source="sample")
    absent = Person.objects.create(name_en="Sample absentee", sex="male", source="sample")
    Participation.objects.create(person=absent, event=event, attended=False, source="sample")
    data = get(client, "/api/v1/events/final-conference-2012/").json()
    assert data["participants"] == {"female": 2, "male": 1, "unstated": 1, "total": 4}


def test_the_logframe_lists_results_with_indicators_targets_and_values(client, seeded):
    from monitoring.models import ExpectedResult, Indicator

    results = get(client, "/api/v1/results/").json()
    assert results["count"] == ExpectedResult.objects.count()
    indicators = get(client, "/api/v1/indicators/").json()
    assert indicators["count"] == Indicator.objects.count()
    pilots = get(client, "/api/v1/indicators/pilots/").json()
    indicator = Indicator.objects.get(code="pilots")
    assert pilots["targets"] == [
        {"period_start": "2010-03-01", "period_end": "2012-08-31", "value": 20.0, "comparison": "exactly"}
    ]
    assert (pilots["target"], pilots["target_comparison"], pilots["target_date"]) == (20.0, "exactly", "2012-08-31")
    assert [v["as_of"] for v in pilots["values"]] == [str(v.as_of) for v in indicator.values.order_by("as_of")]
    # Today is past the programme's end: the value and progress are those on 31 October 2012.
    assert (pilots["as_of"], pilots["value"]["value"], pilots["progress"]) == ("2012-10-31", 16.0, 80)
    assert pilots["targets_are"] == "cumulative" and not pilots["from_registers"]


def test_an_indicator_the_registers_define_gives_the_computed_value_never_a_typed_one(client, seeded):
    from monitoring.models import Indicator, IndicatorValue
    from municipalities.models import LocalGovernment, Person
    from training.models import Event, Participation

    indicator = Indicator.objects.get(code="civil-servants-trained")
    IndicatorValue.objects.create(indicator=indicator, as_of=datetime.date(2011, 6, 1), value=99, source="sample")
    yala, workshop = LocalGovernment.objects.get(slug="yala"), Event.objects.get(slug="national-workshop-thailand-2011")
    for name, sex in [("Sample A", "female"), ("Sample B", "male")]:
        person = Person.objects.create(name_en=name, sex=sex, local_government=yala, source="sample")
        Participation.objects.create(person=person, event=workshop, target_group="local-officials", source="sample")
    data = get(client, "/api/v1/indicators/civil-servants-trained/").json()
    assert data["from_registers"]
    assert data["value"] == {"as_of": "2011-04-29", "value": 2.0, "female": 1, "male": 1}
    assert data["values"] == [{"as_of": "2011-04-29", "value": 2.0, "female": 1, "male": 1}]
    assert (data["target"], data["target_comparison"], data["progress"]) == (120.0, "at-most", 1)
    # The logframe's results list their indicators computed the same way: coaches trained (result 2).
    coaches = Indicator.objects.get(code="coaches-trained")
    IndicatorValue.objects.create(indicator=coaches, as_of=datetime.date(2010, 11, 25), value=70, source="sample")
    training = Event.objects.get(slug="training-of-coaches-2010")
    trainee = Person.objects.create(name_en="Sample trainee", sex="female", source="sample")
    Participation.objects.create(person=trainee, event=training, role="trainee", source="sample")
    result = get(client, "/api/v1/results/2/").json()
    nested = {i["code"]: i for i in result["indicators"]}
    assert nested["coaches-trained"]["value"] == {"as_of": "2010-11-25", "value": 1.0, "female": 1, "male": 0}


def test_the_replications_give_practice_pilot_current_stage_and_dated_history(client, seeded):
    from replications.models import Replication

    results = every_result(client, "/api/v1/replications/")
    assert len(results) == Replication.objects.count() > 0
    keys = [(r["practice"], r["pilot"]["slug"]) for r in results]
    assert keys == sorted(keys)
    from replications.models import StageChange

    yala = Replication.objects.get(pilot__slug="yala")
    StageChange.objects.create(replication=yala, stage="concept", date=datetime.date(2011, 4, 29), source="sample")
    StageChange.objects.create(replication=yala, stage="implementation", skipped=True, source="sample")
    replication = Replication.objects.with_current_stage().get(pilot__slug="yala")
    data = get(client, f"/api/v1/replications/{replication.pk}/?lang=en").json()
    assert (data["practice"], data["pilot"]["slug"]) == (replication.practice.number, "yala")
    assert data["stage"] == replication.current_stage
    history = list(replication.stage_changes.order_by("rank"))
    assert [c.stage for c in history] == ["agreed", "concept", "implementation"]
    assert data["stage_history"] == [
        {"stage": c.stage, "date": c.date and c.date.isoformat(), "skipped": c.skipped} for c in history
    ]


def test_replications_filter_by_practice_theme_and_pilot_country(client, seeded):
    from replications.models import Replication

    for query, rows in [
        ("country=TH", Replication.objects.filter(pilot__country__code="TH")),
        ("theme=3", Replication.objects.filter(practice__theme__number=3)),
        ("practice=10", Replication.objects.filter(practice__number=10)),
    ]:
        data = get(client, f"/api/v1/replications/?{query}").json()
        assert data["count"] == rows.count() > 0, query


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_no_endpoint_writes(client, seeded, method):
    for url in ["/api/v1/practices/", "/api/v1/practices/10/", "/api/v1/local-governments/yala/"]:
        response = getattr(client, method)(url, {"title_en": "changed"}, content_type="application/json")
        assert response.status_code == 405, (method, url)
    assert Practice.objects.get(number=10).title_en != "changed"


def test_answers_may_be_cached_by_anyone_for_five_minutes(client, seeded):
    response = get(client, "/api/v1/practices/")
    assert "public" in response["Cache-Control"] and "max-age=300" in response["Cache-Control"]


def test_anonymous_reads_are_rate_limited(client, seeded, settings):
    settings.OPENDATA_ANON_RATE = "3/minute"
    statuses = [client.get("/api/v1/themes/").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]


def test_a_forged_forwarded_for_header_does_not_escape_the_limit(client, seeded, settings):
    settings.OPENDATA_ANON_RATE = "2/minute"
    statuses = [client.get("/api/v1/themes/", HTTP_X_FORWARDED_FOR=f"203.0.113.{n}").status_code for n in range(3)]
    assert statuses == [200, 200, 429]


def test_readers_behind_the_trusted_proxy_are_limited_each_by_their_own_address(client, seeded, settings):
    settings.OPENDATA_ANON_RATE = "2/minute"
    settings.TRUSTED_PROXIES = ["10.0.0.2"]

    def read(reader):
        return client.get("/api/v1/themes/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=reader).status_code

    assert [read("203.0.113.7") for _ in range(3)] == [200, 200, 429]
    assert read("203.0.113.8") == 200  # another reader behind the same proxy is not locked out


def test_a_signed_in_user_is_limited_like_anyone(client, seeded, settings, office_editor):
    settings.OPENDATA_ANON_RATE = "2/minute"
    client.force_login(office_editor)
    assert [client.get("/api/v1/themes/").status_code for _ in range(3)] == [200, 200, 429]


@pytest.mark.parametrize("language", ["th", "en"])
def test_the_schema_is_valid_openapi_3_in_either_language(client, seeded, language):
    response = get(client, f"/api/v1/schema/?format=json&lang={language}", HTTP_ACCEPT_LANGUAGE=language)
    schema = response.json()
    assert schema["openapi"].startswith("3.")
    validate(schema)
    assert "/api/v1/practices/" in schema["paths"]


@pytest.mark.parametrize(
    ("language", "words"), [("th", "ตัวอย่างที่ดี กรองได้แบบเดียวกับหน้ารายการตัวอย่างที่ดี"), ("en", "filtered as in the catalogue")]
)
def test_the_open_data_page_documents_every_endpoint_in_the_readers_language(client, api_urls, language, words):
    from drf_spectacular.generators import SchemaGenerator

    response = get(client, f"/{language}/open-data/")
    for path in SchemaGenerator().get_schema(request=None, public=True)["paths"]:
        assert f"GET {path}" in response.content.decode()
    assert words in response.content.decode()
    assert 'href="/api/v1/schema/?format=json"' in response.content.decode()
    downloads = [f"/{language}/practices/download.csv", f"/{language}/local-governments/download.xlsx"]
    for link in ["/iati/activity.xml", *downloads]:
        assert f'href="{link}"' in response.content.decode()


@pytest.mark.parametrize("url", ["/api/v1/practices/", "/api/v1/local-governments/", "/api/v1/events/"])
def test_a_list_keeps_its_query_count_from_16_to_100_practices(
    client, many_practices, django_assert_max_num_queries, url
):
    get(client, url)  # the filters' choices and the first connection are warm
    with django_assert_max_num_queries(8):
        get(client, url)
    many_practices(84)
    with django_assert_max_num_queries(8):
        get(client, url)
