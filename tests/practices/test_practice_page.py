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
    with django_assert_num_queries(5):
        client.get("/en/practices/12/")
    practice = Practice.objects.get(number=12)
    country = Country.objects.get(code="ID")
    pilots = LocalGovernment.objects.bulk_create(
        LocalGovernment(slug=f"sample-{n}", name_en=f"Sample pilot {n}", kind="city", country=country, source="sample")
        for n in range(100)
    )
    Replication.objects.bulk_create(Replication(pilot=pilot, practice=practice, source="sample") for pilot in pilots)
    with django_assert_num_queries(5):
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
