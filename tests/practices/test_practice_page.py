from pytest_django.asserts import assertContains, assertNotContains

from municipalities.models import Country, LocalGovernment
from practices.models import Practice
from replications.models import Replication


def test_a_practice_page_shows_its_host_and_the_pilots_that_replicated_it(client, seeded):
    response = client.get("/en/practices/12/")
    assertContains(response, "<h1>Marikina Eco Savers Project</h1>", html=True)
    assertContains(response, '<a href="/en/local-governments/marikina/">Marikina City</a>, Philippines')
    for pilot in ("Kampot Municipality", "Kupang City", "Tarakan City"):
        assertContains(response, pilot)
    assertNotContains(response, "Pak Kret")


def test_the_thai_practice_page_is_in_thai(client, seeded):
    response = client.get("/th/practices/10/")
    assertContains(response, "การจัดการน้ำเสียแบบบึงประดิษฐ์")
    assertContains(response, "เทศบาลนครอุดรธานี")
    assertContains(response, "อปท.นำร่องที่ถอดแบบตัวอย่างนี้")
    assertContains(response, "OPAL / Alaminos City")
    assertContains(response, '<link rel="alternate" hreflang="en" href="http://testserver/en/practices/10/">')


def test_a_practice_without_a_case_study_says_so_instead_of_showing_empty_sections(client, seeded):
    assertContains(client.get("/th/practices/1/"), "ยังไม่มีการบันทึกกรณีศึกษาของตัวอย่างนี้")
    assertContains(client.get("/en/practices/2/"), "No pilot is recorded as replicating this practice.")


def test_a_case_section_staff_entered_is_shown_under_its_heading(client, seeded):
    Practice.objects.filter(number=10).update(results_en="Cleaner water in Nong Prajak.")
    response = client.get("/en/practices/10/")
    assertContains(response, "<h2>Results</h2>", html=True)
    assertContains(response, "Cleaner water in Nong Prajak.")


def test_an_unknown_practice_is_a_404(client, seeded):
    assert client.get("/en/practices/99/").status_code == 404
    assert client.get("/th/practices/abc/").status_code == 404


def test_the_home_page_links_each_practice_to_its_page(client, seeded):
    assertContains(client.get("/th/"), 'href="/th/practices/10/"')


def test_the_practice_page_keeps_its_query_count_as_pilots_grow(client, seeded, django_assert_num_queries):
    with django_assert_num_queries(8):
        client.get("/en/practices/12/")
    practice = Practice.objects.get(number=12)
    country = Country.objects.get(code="ID")
    pilots = LocalGovernment.objects.bulk_create(
        LocalGovernment(slug=f"sample-{n}", name_en=f"Sample pilot {n}", kind="city", country=country, source="sample")
        for n in range(100)
    )
    Replication.objects.bulk_create(Replication(pilot=pilot, practice=practice, source="sample") for pilot in pilots)
    with django_assert_num_queries(8):
        response = client.get("/en/practices/12/")
    assertContains(response, "Sample pilot 99")


def test_a_case_section_written_only_in_english_shows_on_the_thai_page_with_a_note(client, seeded):
    Practice.objects.filter(number=10).update(process_en="Reeds filter the water.\n\nThe city monitors it.")
    response = client.get("/th/practices/10/")
    assertContains(response, '<div lang="en"><p>Reeds filter the water.</p>\n\n<p>The city monitors it.</p></div>')
    assertContains(response, "ยังไม่มีคำแปล")


def test_case_text_is_escaped(client, seeded):
    Practice.objects.filter(number=10).update(results_th="<script>alert(1)</script>")
    response = client.get("/th/practices/10/")
    assertNotContains(response, "<script>alert(1)</script>")
    assertContains(response, "&lt;script&gt;")


def test_a_photo_is_shown_through_its_smaller_copies(client, seeded):
    from django.core.files.base import ContentFile

    from practices.models import PracticePhoto
    from tests.conftest import png_bytes

    photo = PracticePhoto(practice=Practice.objects.get(number=10), caption_en="Reed beds", source="sample")
    photo.image.save("reeds.png", ContentFile(png_bytes(2000, 1500)), save=False)
    photo.make_renditions()
    photo.save()
    response = client.get("/en/practices/10/")
    assertContains(response, 'alt="Reed beds"')
    assertContains(response, photo.display.url)
    assertContains(response, f"{photo.thumbnail.url} 480w")
    assertNotContains(response, f'src="{photo.image.url}"')


def _sample_transfer_of_practice_12():
    """Kupang City's replication of practice 12 at the concept stage, with a coach, an exchange
    visit recorded on the replication, and an award: all marked as sample."""
    import datetime

    from municipalities.models import Organisation, Person
    from replications.models import CoachAssignment, PilotCandidacy, StageChange
    from training.models import Coach, Event

    replication = Replication.objects.get(practice__number=12, pilot__slug="kupang")
    StageChange.objects.filter(replication=replication).delete()
    for stage, date in (("agreed", datetime.date(2011, 3, 1)), ("concept", datetime.date(2011, 6, 1))):
        StageChange.objects.create(replication=replication, stage=stage, date=date, source="sample")
    association = Organisation.objects.filter(kind=Organisation.Kind.ASSOCIATION).first()
    person = Person.objects.create(name_en="Sample Coach Dewi", organisation=association, source="sample")
    coach = Coach.objects.create(person=person, association=association, source="sample")
    CoachAssignment.objects.create(coach=coach, replication=replication, source="sample")
    visit = Event.objects.create(
        slug="sample-visit-marikina",
        title_en="Sample exchange visit to Marikina",
        kind=Event.Kind.EXCHANGE_VISIT,
        start_date=datetime.date(2011, 9, 12),
        source="sample",
    )
    replication.events.add(visit)
    PilotCandidacy.objects.filter(local_government=replication.pilot).update(
        recognition=PilotCandidacy.Recognition.EXCELLENCE
    )


def test_a_practice_page_shows_each_pilots_stage_coach_events_and_award(client, seeded):
    _sample_transfer_of_practice_12()
    response = client.get("/en/practices/12/")
    assertContains(response, "<dt>Stage</dt><dd>Transfer concept</dd>", html=True)
    assertContains(response, "Sample Coach Dewi")
    assertContains(response, '<h2 id="events">Exchange visits and events</h2>', html=True)
    assertContains(response, "Sample exchange visit to Marikina", count=1)
    assertContains(response, "Award of excellence")
    thai = client.get("/th/practices/12/")
    assertContains(thai, "Sample Coach Dewi")
    assertContains(thai, "12 กันยายน 2554")


def test_an_event_about_the_practice_and_several_of_its_pilots_is_listed_once(client, seeded):
    _sample_transfer_of_practice_12()
    visit = Replication.objects.get(pilot__slug="kupang").events.get()
    Practice.objects.get(number=12).events.add(visit)
    Replication.objects.get(practice__number=12, pilot__slug="tarakan").events.add(visit)
    assertContains(client.get("/en/practices/12/"), "Sample exchange visit to Marikina", count=1)


def test_a_practice_page_shows_its_hosts_province_and_population_with_its_year(client, seeded):
    LocalGovernment.objects.filter(slug="marikina").update(
        province_en="Metro Manila", population=424150, population_year=2010
    )
    response = client.get("/en/practices/12/")
    assertContains(response, "<dd>Metro Manila</dd>", html=True)
    assertContains(response, "<dd>424150 (2010)</dd>", html=True)
    assertContains(client.get("/th/practices/12/"), "(2553)")


def test_a_section_with_nothing_recorded_says_so_in_one_line_instead_of_an_empty_heading(client, seeded):
    Practice.objects.get(number=2).events.clear()
    response = client.get("/en/practices/2/")
    for heading in ("Pilots that replicated it", "Exchange visits and events", "Awards and recognition", "Photos"):
        assertNotContains(response, heading)
    assertContains(response, "No exchange visit or event about this practice is recorded yet.")
    assertContains(response, "No award or recognition is recorded for this practice or its pilots yet.")
    assertContains(response, "No photo of this practice is recorded yet.")
    assertContains(client.get("/th/practices/2/"), "ยังไม่มีการบันทึกการดูงานหรือกิจกรรมเกี่ยวกับตัวอย่างนี้")


def test_signed_in_staff_get_a_link_to_add_what_is_missing_and_visitors_do_not(client, seeded, office_editor):
    anonymous = client.get("/en/practices/2/")
    assertNotContains(anonymous, "/en/admin/")
    assert "Cookie" not in anonymous.get("Vary", "")
    client.force_login(office_editor)
    response = client.get("/en/practices/2/")
    assertContains(response, 'href="/en/admin/replications/replication/add/"')
    assertContains(response, 'href="/en/admin/training/event/add/"')
