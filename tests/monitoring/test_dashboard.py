"""The steering committee's dashboard: who may see it, what it shows on a date, in both languages."""

import datetime
import re

import pytest
from django.contrib.auth import get_user_model
from pytest_django.asserts import assertContains, assertNotContains

from municipalities.models import LocalGovernment
from practices.models import Practice
from replications.models import LogbookEntry, Replication, StageChange


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
def many_pilots(seeded):
    """500 sample pilots, each replicating practice 10 with a logbook entry."""
    thailand_pilot = LocalGovernment.objects.get(slug="yala")
    wetland = Practice.objects.get(number=10)
    pilots = LocalGovernment.objects.bulk_create(
        LocalGovernment(
            slug=f"sample-pilot-{n}",
            name_en=f"Sample pilot {n}",
            country=thailand_pilot.country,
            kind=thailand_pilot.kind,
            source="sample",
        )
        for n in range(500)
    )
    replications = Replication.objects.bulk_create(
        Replication(pilot=p, practice=wetland, source="sample") for p in pilots
    )
    LogbookEntry.objects.bulk_create(
        LogbookEntry(
            replication=r,
            period_start=datetime.date(2011, 4, 1),
            period_end=datetime.date(2011, 5, 1),
            status="on-track",
            source="sample",
        )
        for r in replications
    )


QUERY_BUDGET = 21


def test_the_dashboard_keeps_its_query_budget_with_16_pilots(
    seeded, office_editor, client, django_assert_max_num_queries
):
    client.force_login(office_editor)
    with django_assert_max_num_queries(QUERY_BUDGET):
        assert client.get("/th/dashboard/?as_of=2011-06-01").status_code == 200


def test_the_dashboard_keeps_its_query_budget_with_500_more_pilots(
    many_pilots, office_editor, client, django_assert_max_num_queries
):
    client.force_login(office_editor)
    with django_assert_max_num_queries(QUERY_BUDGET):
        response = client.get("/th/dashboard/?as_of=2011-06-01")
    assert len(response.context["report"].replications) == 515


def test_signed_in_staff_find_the_dashboard_in_the_header_and_on_the_admin_index(seeded, steering_member, client):
    assertNotContains(client.get("/en/"), 'href="/en/dashboard/"')
    client.force_login(steering_member)
    assertContains(client.get("/en/"), 'href="/en/dashboard/"')
    assertContains(client.get("/th/admin/"), '<a href="/th/dashboard/">แดชบอร์ดของคณะกรรมการกำกับโครงการ</a>')


def test_the_thai_dashboard_shows_no_english_chrome(workspace, steering_member, client):
    from tests.municipalities.test_admin_speaks_thai import english_chrome, record_data

    client.force_login(steering_member)
    data = record_data()
    for as_of in ["2010-02-28", "2011-06-01", "2012-11-01"]:
        page = client.get(f"/th/dashboard/?as_of={as_of}").content.decode()
        # The language switch names each language in itself ("English"), on purpose.
        page = re.sub(r'<ul class="language-switch".*?</ul>', "", page, flags=re.S)
        assert english_chrome(page, data) == set(), as_of
