"""The steering committee's dashboard: who may see it, what it shows on a date, in both languages."""

import datetime
import re

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from pytest_django.asserts import assertContains, assertNotContains

from monitoring import demo
from monitoring.views import dashboard_context
from municipalities.models import LocalGovernment, Organisation, Person
from practices.models import Practice
from replications.models import CoachAssignment, LogbookEntry, Replication, StageChange
from training.models import Coach, Event, Participation


def test_an_anonymous_visitor_is_sent_to_sign_in(seeded, client):
    response = client.get("/th/dashboard/?as_of=2011-06-01")
    assert response.status_code == 302
    assert response["Location"] == "/th/admin/login/?next=/th/dashboard/%3Fas_of%3D2011-06-01"


def test_a_signed_in_user_without_a_role_is_refused_in_their_language(seeded, client):
    client.force_login(get_user_model().objects.create_user("visitor"))
    response = client.get("/th/dashboard/")
    assert response.status_code == 403
    assertContains(response, "ไม่ได้รับอนุญาต", status_code=403)
    response = client.get("/en/dashboard/")
    assertContains(response, "Not allowed", status_code=403)


def test_a_steering_committee_member_sees_the_workplan_on_1_june_2011(seeded, steering_member, client):
    client.force_login(steering_member)
    response = client.get("/en/dashboard/?as_of=2011-06-01")
    assert response.status_code == 200
    workplan = {row.activity.number: row.status_label for row in response.context["report"].workplan}
    assert (workplan[7], workplan[10]) == ("In progress", "Not started")
    assertContains(response, "Activity 7: In progress")
    assertContains(response, "Activity 10: Not started")
    assertContains(response, "programme month 16.")


def test_the_thai_dashboard_speaks_thai(seeded, steering_member, client):
    client.force_login(steering_member)
    response = client.get("/th/dashboard/?as_of=2011-06-01")
    assertContains(response, "แดชบอร์ดของคณะกรรมการกำกับโครงการ")
    assertContains(response, "กิจกรรมที่ 7: กำลังดำเนินการ")
    assertContains(response, "1 มิถุนายน 2554")  # the Buddhist Era year


def test_a_bad_date_is_ignored_with_a_note(seeded, office_editor, client):
    client.force_login(office_editor)
    for bad in ["2011-13-01", "abc", "99999-01-01", "1500-01-01"]:
        response = client.get(f"/en/dashboard/?as_of={bad}")
        assert response.status_code == 200
        assertContains(response, "Part of your request could not be used and was ignored")
        # the default: today is past the programme, so its end
        assert response.context["report"].as_of == datetime.date(2012, 10, 31)


def test_the_extension_to_32_months_shows_on_the_chart(seeded, steering_member, client):
    client.force_login(steering_member)
    response = client.get("/en/dashboard/?as_of=2012-10-31")
    gantt = response.context["gantt"]
    assert (gantt.months, gantt.planned_months) == (32, 30)
    assertContains(response, 'class="gantt-extension"')
    assertContains(response, "Extension")
    assertContains(response, "Length of the programme")


def test_the_plan_chart_draws_each_plan_against_its_actual(seeded, steering_member, client):
    client.force_login(steering_member)
    response = client.get("/en/dashboard/?as_of=2012-10-31")
    bars = {bar.label: bar for bar in response.context["plan_bars"]}
    pilots = bars["Pilot local governments"]
    assert (pilots.planned, pilots.actual) == ("20", "16")
    assert (pilots.planned_width, pilots.actual_width) == (440, 352)  # 16 of 20 on a 440 scale
    months = bars["Length of the programme"]
    assert (months.planned_width, months.actual_width) == (412.5, 440)  # 30 of 32
    coaches = bars["Coaches trained"]
    assert (coaches.planned, coaches.actual, coaches.actual_width) == ("up to 80", "–", None)


def test_empty_registers_are_said_in_words_with_how_to_record_them(seeded, steering_member, client):
    client.force_login(steering_member)
    response = client.get("/en/dashboard/?as_of=2012-10-31")
    assertContains(response, "No one is recorded yet as taking part in an event by this date")
    assertContains(response, "No one is recorded yet as taking part in a training of coaches")
    assertContains(response, "No coach recorded")


def test_a_coordinator_sees_only_their_countrys_pilots(seeded, thai_coordinator, client):
    client.force_login(thai_coordinator)
    response = client.get("/en/dashboard/?as_of=2011-06-01")
    pilots = {row.replication.pilot.slug for row in response.context["report"].replications}
    assert pilots == {"pak-kret", "songkhla", "yala", "chiang-rai"}
    assertNotContains(response, "Da Nang")
    # programme-wide figures stay
    assertContains(response, "Pilot local governments")


def test_each_pilot_shows_the_stage_it_had_reached_on_the_date_and_since_when(seeded, office_editor, client):
    yala = Replication.objects.get(pilot__slug="yala")
    StageChange.objects.create(replication=yala, stage="concept", date=datetime.date(2011, 3, 15), source="sample")
    client.force_login(office_editor)

    def yala_on(as_of):
        response = client.get(f"/en/dashboard/?as_of={as_of}")
        row = next(r for r in response.context["report"].replications if r.replication.pilot.slug == "yala")
        return row.stage, row.since, response

    # The seeded working agreements are dated September 2010.
    stage, since, response = yala_on("2010-08-31")
    assert (stage, since) == (None, None)
    assertContains(response, "No stage reached by this date")
    assert yala_on("2010-09-01")[:2] == ("agreed", datetime.date(2010, 9, 1))
    assert yala_on("2011-03-14")[:2] == ("agreed", datetime.date(2010, 9, 1))
    stage, since, response = yala_on("2011-03-15")
    assert (stage, since) == ("concept", datetime.date(2011, 3, 15))
    assertContains(response, 'Transfer concept <span class="note">since 15 March 2011</span>')


def test_the_office_sees_every_replication(seeded, office_editor, client):
    client.force_login(office_editor)
    response = client.get("/en/dashboard/?as_of=2011-06-01")
    # 16 pilots; the record does not say which practice Vinh replicated, so it has no replication.
    assert len(response.context["report"].replications) == 15


def test_a_stuck_pilot_comes_first_in_its_country_with_its_reason(seeded, office_editor, client):
    yala = Replication.objects.get(pilot__slug="yala")
    songkhla = Replication.objects.get(pilot__slug="songkhla")
    for replication, status in [(yala, "on-track"), (songkhla, "at-risk")]:
        LogbookEntry.objects.create(
            replication=replication,
            period_start=datetime.date(2011, 4, 1),
            period_end=datetime.date(2011, 5, 31),
            status=status,
            source="sample",
        )
    client.force_login(office_editor)
    response = client.get("/en/dashboard/?as_of=2011-06-01")
    thai = [row for row in response.context["report"].replications if row.replication.pilot.country.code == "TH"]
    # Songkhla at risk (red) first; the others still at the working agreement a month after the
    # exchange visits began (amber), by name.
    assert [row.replication.pilot.slug for row in thai] == ["songkhla", "chiang-rai", "pak-kret", "yala"]
    assert [row.light for row in thai] == ["red", "amber", "amber", "amber"]
    assertContains(response, "The last logbook entry says it is at risk.")
    # three months later with no new entry, Yala is stuck too
    response = client.get("/en/dashboard/?as_of=2011-09-15")
    rows = {row.replication.pilot.slug: row for row in response.context["report"].replications}
    assert (rows["yala"].light, str(rows["yala"].reason)) == ("red", "No logbook entry for more than 3 months.")


@pytest.fixture
def demo_layer(seeded):
    """The seeded 16 pilots with `make demo`'s sample layer: coaches, participations, logbook, stages."""
    demo.load()


@pytest.fixture
def many_pilots(demo_layer):
    add_many_pilots()


def add_many_pilots():
    """500 more pilots (sample), each replicating practice 10 with what the demo gives a pilot: a coach
    trained at the training of coaches and assigned to it, officials of each target group at the Thai
    national workshop, a logbook entry a quarter and stages past the working agreement."""
    yala = LocalGovernment.objects.get(slug="yala")
    mlt = Organisation.objects.get(acronym="MLT")
    wetland = Practice.objects.get(number=10)
    training = Event.objects.get(slug="training-of-coaches-2010")
    workshop = Event.objects.get(slug="national-workshop-thailand-2011")
    sample = {"source": "sample"}
    pilots = LocalGovernment.objects.bulk_create(
        LocalGovernment(
            slug=f"sample-pilot-{n}",
            name_en=f"Sample pilot {n}",
            name_th=f"อปท.ตัวอย่าง {n}",
            country=yala.country,
            kind=yala.kind,
            **sample,
        )
        for n in range(500)
    )
    replications = Replication.objects.bulk_create(Replication(pilot=p, practice=wetland, **sample) for p in pilots)
    sexes = [Person.Sex.FEMALE, Person.Sex.MALE]
    coaches = Person.objects.bulk_create(
        Person(name_en=f"Sample coach {n}", sex=sexes[n % 2], organisation=mlt, **sample) for n in range(500)
    )
    officials = Person.objects.bulk_create(
        Person(name_en=f"Sample official {n}.{k}", sex=sexes[(n + k) % 2], local_government=pilot, **sample)
        for n, pilot in enumerate(pilots)
        for k in range(len(demo.GROUPS))
    )
    Participation.objects.bulk_create(
        [Participation(person=p, event=training, role=Participation.Role.TRAINEE, **sample) for p in coaches]
        + [
            Participation(person=p, event=workshop, target_group=demo.GROUPS[n % len(demo.GROUPS)], **sample)
            for n, p in enumerate(officials)
        ]
    )
    trained = Coach.objects.bulk_create(
        Coach(person=p, association=mlt, qualified_at=training, **sample) for p in coaches
    )
    CoachAssignment.objects.bulk_create(
        CoachAssignment(coach=c, replication=r, start_date=datetime.date(2010, 12, 1), **sample)
        for c, r in zip(trained, replications, strict=True)
    )
    StageChange.objects.bulk_create(
        StageChange(replication=r, stage=stage, date=date, **sample)
        for r in replications
        for stage, date in [
            ("agreed", datetime.date(2010, 9, 1)),
            ("concept", datetime.date(2011, 2, 1)),
            ("implementation", datetime.date(2011, 8, 1)),
        ]
    )
    LogbookEntry.objects.bulk_create(
        LogbookEntry(replication=r, period_start=start, period_end=end, status="on-track", **sample)
        for r in replications
        for start, end in demo.QUARTERS
    )


def dashboard_queries(client, user, as_of="2011-06-01"):
    """The SQL queries of the page, the XLSX, each CSV and the PDF's page (its context and template,
    without Chromium's drawing), for a signed-in user on a date."""
    counts = {}
    client.force_login(user)
    query = f"?as_of={as_of}"
    urls = {"page": "/th/dashboard/", "xlsx": "/th/dashboard/report.xlsx"}
    urls |= {f"{table}.csv": f"/th/dashboard/{table}.csv" for table in CSV_TABLES}
    for name, url in urls.items():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url + query).status_code == 200, url
        counts[name] = len(queries)
    request = RequestFactory().get("/th/dashboard/report.pdf", {"as_of": as_of})
    request.user = type(user).objects.get(pk=user.pk)  # as the view gets it: nothing cached on it yet
    with translation.override("th"), CaptureQueriesContext(connection) as queries:
        render_to_string("monitoring/dashboard.html", dashboard_context(request, print_view=True), request=request)
    counts["pdf"] = len(queries)
    return counts


CSV_TABLES = ["workplan", "logframe", "indicator-targets", "indicator-values", "plan", "training", "replications"]
# The same with the 16 seeded pilots and the demo's sample layer as with 500 more: no figure costs a query per row.
# Each request: the session, the user, their role, then the report's queries; the PDF's page is made
# without a session.
QUERIES = {
    "page": 19,
    "xlsx": 19,
    **{f"{table}.csv": 19 for table in CSV_TABLES},
    "pdf": 17,
}


def test_the_dashboard_and_its_downloads_keep_their_queries_with_16_pilots(demo_layer, office_editor, client):
    assert Replication.objects.count() == 15
    assert LogbookEntry.objects.exists() and CoachAssignment.objects.exists() and Participation.objects.exists()
    assert dashboard_queries(client, office_editor) == QUERIES


def test_the_dashboard_and_its_downloads_keep_their_queries_with_500_more_pilots(many_pilots, office_editor, client):
    assert dashboard_queries(client, office_editor) == QUERIES
    client.force_login(office_editor)
    response = client.get("/th/dashboard/?as_of=2011-06-01")
    rows = response.context["report"].replications
    assert len(rows) == 515
    sample = next(row for row in rows if row.replication.pilot.slug == "sample-pilot-7")
    assert (sample.stage, len(sample.coaches), sample.last_entry.period_end) == (
        "concept",
        1,
        datetime.date(2011, 6, 30),
    )


def test_a_coordinators_dashboard_keeps_its_queries_with_500_more_of_their_countrys_pilots(
    demo_layer, thai_coordinator, client
):
    at_16 = dashboard_queries(client, thai_coordinator)
    add_many_pilots()  # all in Thailand
    assert dashboard_queries(client, thai_coordinator) == at_16
    response = client.get("/th/dashboard/?as_of=2011-06-01")
    assert len(response.context["report"].replications) == 504


def test_signed_in_staff_find_the_dashboard_in_the_header_and_on_the_admin_index(seeded, steering_member, client):
    assertNotContains(client.get("/en/"), 'href="/en/dashboard/"')
    client.force_login(steering_member)
    assertContains(client.get("/en/"), 'href="/en/dashboard/"')
    assertContains(client.get("/th/admin/"), '<a href="/th/dashboard/">แดชบอร์ดของคณะกรรมการกำกับโครงการ</a>')


def test_the_thai_dashboard_shows_no_english_chrome_in_its_text_or_its_charts(workspace, steering_member, client):
    from tests.municipalities.test_admin_speaks_thai import ShownText, english_chrome, record_data, shown_texts

    client.force_login(steering_member)
    data = record_data()
    for as_of in ["2010-02-28", "2011-06-01", "2012-10-31", "2012-11-01"]:
        page = client.get(f"/th/dashboard/?as_of={as_of}").content.decode()
        # The language switch names each language in itself ("English"), on purpose.
        page = re.sub(r'<ul class="language-switch".*?</ul>', "", page, flags=re.S)
        # The charts' words count too: their titles, labels and tooltips.
        assert english_chrome(page, data, hidden=ShownText.HIDDEN_BUT_CHARTS) == set(), as_of
    charts = shown_texts(page, ShownText.HIDDEN_BUT_CHARTS) - shown_texts(page)
    assert {"ช่วงขยายเวลา", "หมุดหมาย"} <= charts  # the Gantt's "Extension" and "Milestones", read


@pytest.fixture
def dashboard_cache(settings):
    settings.PAGE_CACHE_SECONDS = 600


def test_the_dashboard_is_kept_until_the_data_changes(
    seeded, steering_member, client, dashboard_cache, django_assert_max_num_queries
):
    client.force_login(steering_member)
    url = "/en/dashboard/?as_of=2011-06-01"
    first = client.get(url)
    assertContains(first, "Activity 7: In progress")
    # Served again without computing a figure: the session, the user, their role and permissions.
    with django_assert_max_num_queries(6):
        again = client.get(url)
    assert again.content == first.content
    # An edit anywhere shows on the next request.
    yala = LocalGovernment.objects.get(slug="yala")
    yala.name_en = "Yala City (edited)"
    yala.save()
    assertContains(client.get(url), "Yala City (edited)")


def test_a_kept_dashboard_is_never_shown_to_someone_who_sees_less(
    seeded, steering_member, thai_coordinator, client, dashboard_cache
):
    url = "/en/dashboard/?as_of=2011-06-01"
    client.force_login(steering_member)
    assertContains(client.get(url), "Da Nang")
    client.force_login(thai_coordinator)
    response = client.get(url)
    assertNotContains(response, "Da Nang")
    assertContains(response, "You see the pilots, events and people of")
    # and each date is its own page
    client.force_login(steering_member)
    assertContains(client.get("/en/dashboard/?as_of=2012-10-31"), "programme month 32.")


def test_no_proxy_may_keep_a_dashboard(seeded, steering_member, client):
    client.force_login(steering_member)
    for path in ["/en/dashboard/", "/en/dashboard/report.xlsx", "/en/dashboard/replications.csv"]:
        response = client.get(path)
        assert response.status_code == 200, path
        assert "private" in response["Cache-Control"], path


# ---------------------------------------------------------------- the logframe's charts


def values_table(page, code):
    """The rows (date, value, women, men) of the table beside an indicator's chart."""
    block = re.search(rf'<div class="indicator-chart" id="values-{code}">.*?</table>', page, flags=re.S)[0]
    return re.findall(
        r'<tr><th scope="row">([^<]+)</th><td>(\d+)(?: <span class="sample-badge">[^<]+</span>)?</td>'
        r"<td>([^<]+)</td><td>([^<]+)</td></tr>",
        block,
    )


@pytest.mark.parametrize(
    ("language", "words"),
    [
        (
            "en",
            {
                "title": "Civil servants trained in pilot cities: the values recorded up to 31 October 2012",
                "caption": "Civil servants trained in pilot cities: values by date",
                "dates": ["26 April 2011", "29 April 2011", "27 April 2012", "8 August 2012"],
                "target": "Target 120",
                "axis": ">1 March 2010</text>",
            },
        ),
        (
            "th",
            {
                "title": "ข้าราชการที่ได้รับการฝึกอบรมในเมืองนำร่อง: ค่าที่บันทึกไว้จนถึง 31 ตุลาคม 2555",
                "caption": "ข้าราชการที่ได้รับการฝึกอบรมในเมืองนำร่อง: ค่าตามวันที่",
                "dates": ["26 เมษายน 2554", "29 เมษายน 2554", "27 เมษายน 2555", "8 สิงหาคม 2555"],
                "target": "เป้าหมาย 120",
                "axis": ">1 มีนาคม 2553</text>",
            },
        ),
    ],
)
def test_each_indicator_with_values_has_its_chart_and_the_same_values_in_a_table_beside_it(
    seeded, steering_member, client, language, words
):
    from monitoring import demo

    demo.load()  # the sample layer: civil servants trained at four workshops
    client.force_login(steering_member)
    response = client.get(f"/{language}/dashboard/?as_of=2012-10-31")
    page = response.content.decode()
    assertContains(
        response,
        '<svg class="line-chart" viewBox="0 0 360 210" role="img"'
        ' aria-labelledby="values-civil-servants-trained-title">',
    )
    assertContains(response, f'<title id="values-civil-servants-trained-title">{words["title"]}')
    assertContains(response, f'<caption class="visually-hidden">{words["caption"]}</caption>')
    assert values_table(page, "civil-servants-trained") == [
        (words["dates"][0], "2", "1", "1"),
        (words["dates"][1], "6", "3", "3"),
        (words["dates"][2], "8", "5", "3"),
        (words["dates"][3], "15", "10", "5"),
    ]
    # The chart draws the same four values, as points and as one step line to the date.
    rows = {row.indicator.code: chart for _group, rows in response.context["logframe"] for row, chart in rows}
    servants = rows["civil-servants-trained"]
    assert [(point.date, point.value, point.sample) for point in servants.points] == [
        (date, value, True) for date, value in zip(words["dates"], ["2", "6", "8", "15"], strict=True)
    ]
    for point in servants.points:
        assertContains(response, f'cx="{point.x}" cy="{point.y}" r="4"><title>{point.date}: {point.value} (')
    assertContains(response, f'<polyline class="chart-line" points="{servants.line}"/>')
    assertContains(response, words["target"])
    assertContains(response, words["axis"])
    # the chosen date: one line on the workplan, one on each indicator's chart
    assertContains(response, 'class="gantt-date"', count=1 + len([chart for chart in rows.values() if chart]))


def test_an_indicator_without_values_has_no_chart_but_a_line_saying_how_to_record_them(seeded, steering_member, client):
    client.force_login(steering_member)
    # The seeded values are dated from 12 June 2010: before it, no indicator has one.
    response = client.get("/en/dashboard/?as_of=2010-06-01")
    assertNotContains(response, '<svg class="line-chart"')
    assertNotContains(response, "Values recorded, each holding until the next")  # no legend for no chart
    assertContains(response, "No value reported by this date. Staff record values in the workspace")
    response = client.get("/en/dashboard/?as_of=2012-10-31")
    rows = {row.indicator.code: chart for _group, rows in response.context["logframe"] for row, chart in rows}
    assert rows["coaches-trained"] is None  # its register is empty
    assert rows["pilots"] is not None
    assertContains(response, '<div class="indicator-chart" id="values-pilots">')
    assertNotContains(response, 'id="values-coaches-trained"')
    logframe = re.search(r'<section id="logframe".*?</section>', response.content.decode(), flags=re.S)[0]
    assert logframe.count("No one is recorded yet as taking part in a training of coaches") == 1
