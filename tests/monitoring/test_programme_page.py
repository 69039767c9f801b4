"""The public programme page: the milestones as a timeline and the headline plan against actual,
read from monitoring/reporting.py as the dashboard reads them."""

import datetime

from pytest_django.asserts import assertContains, assertNotContains

from monitoring import reporting
from monitoring.models import Milestone, Programme


def _sample_milestone_not_reached():
    return Milestone.objects.create(
        programme=Programme.objects.get(),
        slug="sample-later-milestone",
        title_en="Sample milestone planned for the last month",
        planned_month=32,
        source="sample",
    )


def test_the_programme_page_shows_reached_milestones_as_done_with_their_dates_in_both_languages(client, seeded):
    response = client.get("/en/programme/")
    assertContains(
        response,
        '<li class="milestone--done"><span class="milestone-status">Done</span> '
        '<span class="event-date">1 March 2010</span> · '
        "Start; inception and workshops with the local-government associations</li>",
        html=True,
    )
    thai = client.get("/th/programme/")
    assertContains(thai, '<span class="event-date">1 มีนาคม 2553</span>', html=True)
    assertContains(thai, "เสร็จแล้ว")


def test_a_milestone_not_reached_by_the_date_is_not_done_and_comes_after_the_reached_ones(client, seeded):
    _sample_milestone_not_reached()
    response = client.get("/en/programme/")
    html = response.content.decode()
    assertContains(response, "Not reached yet")
    assertContains(response, "Planned for month 32")
    assert html.index("Sample milestone planned") > html.index("Phnom Penh regional workshop")
    assertContains(client.get("/th/programme/"), "กำหนดไว้ในเดือนที่ 32")


def test_the_timeline_counts_a_milestone_done_from_its_date_on(seeded):
    programme = Programme.objects.get()
    hanoi = Milestone.objects.get(slug="hanoi-workshop")
    done = {row.milestone.slug: row.done for row in reporting.milestone_timeline(programme, hanoi.actual_start_date)}
    assert done["hanoi-workshop"] is True
    before = hanoi.actual_start_date - datetime.timedelta(days=1)
    done = {row.milestone.slug: row.done for row in reporting.milestone_timeline(programme, before)}
    assert done["hanoi-workshop"] is False
    assert done["start"] is True


def test_the_programme_page_shows_the_dashboards_plan_against_actual_figures(client, seeded):
    response = client.get("/en/programme/")
    assertContains(response, "Where the programme stood on 31 October 2012")
    assertContains(
        response, '<tr><th scope="row">Length of the programme</th><td>30 months</td><td>32 months</td></tr>', html=True
    )
    programme = Programme.objects.get()
    for row in reporting.plan_against_actual(programme, programme.actual_end_date):
        assertContains(response, f'<th scope="row">{row.label}</th>', html=True)
    assertContains(client.get("/th/programme/"), "สิ่งที่วางแผนไว้เทียบกับผลที่ทำได้")


def test_only_signed_in_staff_get_the_link_to_the_dashboard(client, seeded, steering_member):
    anonymous = client.get("/en/programme/")
    assertNotContains(anonymous, 'href="/en/dashboard/"')
    assert "Cookie" not in anonymous.get("Vary", "")
    client.force_login(steering_member)
    assertContains(client.get("/th/programme/"), 'href="/th/dashboard/"')
