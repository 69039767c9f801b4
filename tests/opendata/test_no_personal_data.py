"""Personal data never leaves: no person's name, e-mail or phone in any endpoint or export."""

import datetime
import io
import zipfile

import pytest

PRIVATE = {
    "name_en": "Zyxwvut Privatename",
    "name_th": "สมศรีส่วนตัวยิ่ง",
    "email": "zyxwvut.private@example.org",
    "phone": "+66 89 999 1234",
    "position_en": "Qwertyposition Officer",
}

# What the portal publishes for anyone to take away, besides the API itself.
EXPORTS = [
    "/iati/activity.xml",
    "/th/open-data/",
    "/en/open-data/",
    "/th/practices/download.csv",
    "/en/practices/download.xlsx",
    "/th/local-governments/download.csv",
    "/en/local-governments/download.xlsx",
]


@pytest.fixture
def people_everywhere(seeded):
    """A sample person in every role a person can have: staff of a local government, an event's
    participant, a coach, a logbook's author, and the name an indicator value was reported by."""
    from monitoring.models import Indicator, IndicatorValue
    from municipalities.models import LocalGovernment, Organisation, Person
    from replications.models import CoachAssignment, LogbookEntry, Replication
    from training.models import Coach, Event, Participation

    yala = LocalGovernment.objects.get(slug="yala")
    officer = Person.objects.create(local_government=yala, sex="female", source="sample", **PRIVATE)
    for event in Event.objects.all():
        Participation.objects.create(person=officer, event=event, source="sample")
    mlt = Organisation.objects.get(acronym="MLT")
    coach_person = Person.objects.create(
        organisation=mlt, source="sample", **{**PRIVATE, "email": "coach." + PRIVATE["email"]}
    )
    coach = Coach.objects.create(person=coach_person, association=mlt, source="sample")
    replication = Replication.objects.get(pilot=yala)
    CoachAssignment.objects.create(coach=coach, replication=replication, source="sample")
    from django.contrib.auth import get_user_model

    from replications.models import StageChange

    editor = get_user_model().objects.create_user(
        "zyxwvut", PRIVATE["email"], first_name="Zyxwvut", last_name="Privatename"
    )
    StageChange.objects.filter(replication=replication).update(recorded_by=editor)
    LogbookEntry.objects.create(
        replication=replication,
        period_start=datetime.date(2011, 5, 1),
        period_end=datetime.date(2011, 9, 30),
        status="on-track",
        narrative_en="Sample entry",
        author=officer,
        source="sample",
    )
    IndicatorValue.objects.create(
        indicator=Indicator.objects.get(code="coaches-trained"),
        as_of=datetime.date(2010, 11, 25),
        value=1,
        female=1,
        reported_by_en=PRIVATE["name_en"],
        reported_by_th=PRIVATE["name_th"],
        source="sample",
    )


def readable(response):
    """A response's text; an XLSX's text is in the XML files inside it."""
    content = b"".join(response.streaming_content) if response.streaming else response.content
    if content[:2] == b"PK":
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            return "".join(archive.read(name).decode() for name in archive.namelist() if name.endswith(".xml"))
    return content.decode("utf-8-sig")


def assert_no_personal_data(url, text):
    for value in PRIVATE.values():
        assert value not in text, f"{value!r} in {url}"
    assert "Privatename" not in text and "private@" not in text and "999 1234" not in text, url


def every_page(client, url):
    """The URLs of a list's every page, by following its next links."""
    urls = []
    while url:
        urls.append(url)
        url = client.get(url).json().get("next")
    return urls


def test_no_endpoint_of_the_api_tells_a_persons_name_email_or_phone(client, people_everywhere, api_urls):
    checked = 0
    for url in api_urls:
        for page in every_page(client, url) if not url.rstrip("/").split("/")[-1].isdigit() else [url]:
            for language in ("th", "en"):
                response = client.get(page, {"lang": language})
                assert response.status_code == 200, page
                assert_no_personal_data(page, readable(response))
                checked += 1
    schema = client.get("/api/v1/schema/?format=json")
    assert_no_personal_data("/api/v1/schema/", readable(schema))
    assert checked >= 2 * len(api_urls)


def test_the_events_count_the_person_without_naming_them(client, people_everywhere):
    data = client.get("/api/v1/events/final-conference-2012/").json()
    assert data["participants"]["female"] >= 1


@pytest.mark.parametrize("url", EXPORTS)
def test_no_export_tells_a_persons_name_email_or_phone(client, people_everywhere, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert_no_personal_data(url, readable(response))


def test_the_walk_would_see_a_name_if_one_were_published(client, people_everywhere):
    """The check itself can fail: a page that does show a person (the admin's) trips it."""
    from django.contrib.auth import get_user_model

    admin = get_user_model().objects.create_superuser("walker", "walker@example.org", "not-a-real-password-1")
    client.force_login(admin)
    response = client.get("/en/admin/municipalities/person/")
    with pytest.raises(AssertionError):
        assert_no_personal_data("/en/admin/municipalities/person/", readable(response))
