"""Editing in the admin: nothing lost, every change recorded, uploads checked, imports all-or-nothing."""

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse as reverse_in_language
from django.utils import translation
from PIL import Image

from municipalities.models import LocalGovernment
from practices.models import Practice, PracticeDocument, PracticePhoto
from tests.admin_forms import form_data
from tests.conftest import pdf_bytes, png_bytes


def reverse(name, args=None):
    """Admin URLs in English (/en/admin/...): the messages these tests read are English."""
    with translation.override("en"):
        return reverse_in_language(name, args=args)


def change_url(obj):
    return reverse(f"admin:{obj._meta.app_label}_{obj._meta.model_name}_change", args=[obj.pk])


# ---------------------------------------------------------------- no lost updates


def test_the_second_of_two_overlapping_saves_is_refused_and_keeps_its_input(client, workspace, office_editor):
    yala = LocalGovernment.objects.get(slug="yala")
    client.force_login(office_editor)
    first = form_data(client.get(change_url(yala)))
    second = dict(first)

    first["population"], first["population_year"] = "61250", "2010"
    assert client.post(change_url(yala), first).status_code == 302

    second["name_en"] = "Yala City"
    response = client.post(change_url(yala), second)
    assert response.status_code == 200
    assert "Someone else saved this record after you opened it" in response.content.decode()
    assert response.context["adminform"].form["name_en"].value() == "Yala City"  # the input is kept
    yala.refresh_from_db()
    assert (yala.population, yala.name_en) == (61250, "Yala City Municipality")


def test_the_refusal_speaks_thai_to_a_thai_editor(client, workspace, office_editor):
    yala = LocalGovernment.objects.get(slug="yala")
    client.force_login(office_editor)
    url = "/th" + change_url(yala)[3:]
    assert url.startswith("/th/admin/")
    stale = form_data(client.get(url))
    LocalGovernment.objects.filter(pk=yala.pk).update(website="https://yala.example.org")
    response = client.post(url, stale)
    assert "มีผู้อื่นบันทึกรายการนี้หลังจากที่คุณเปิด" in response.content.decode()


def test_a_save_with_no_one_in_between_goes_through(client, workspace, office_editor):
    yala = LocalGovernment.objects.get(slug="yala")
    client.force_login(office_editor)
    data = form_data(client.get(change_url(yala)))
    data["province_en"], data["province_th"] = "Yala", "ยะลา"
    assert client.post(change_url(yala), data).status_code == 302
    assert LocalGovernment.objects.get(pk=yala.pk).province_th == "ยะลา"


def test_a_refused_save_shows_the_other_changes_keeps_the_input_and_saves_in_one_more_step(
    client, workspace, office_editor
):
    yala = LocalGovernment.objects.get(slug="yala")
    client.force_login(office_editor)
    first = form_data(client.get(change_url(yala)))
    second = dict(first)
    first["population"], first["population_year"] = "61250", "2010"
    assert client.post(change_url(yala), first).status_code == 302

    second["name_en"] = "Yala City"
    refused = client.post(change_url(yala), second)
    assert refused.status_code == 200
    assert refused.context["lost_updates"][0]["changes"] == [
        {"field": "population", "before": "–", "after": 61250},
        {"field": "year of the population figure", "before": "–", "after": 2010},
    ]
    page = refused.content.decode()
    assert "What someone else saved after you opened this record" in page and "Save my version anyway" in page
    form = refused.context["adminform"].form
    assert form["name_en"].value() == "Yala City"  # the editor's input is kept
    assert form["population"].value() == "61250"  # the other's change is brought in

    assert client.post(change_url(yala), form_data(refused)).status_code == 302  # the one step
    yala.refresh_from_db()
    assert (yala.name_en, yala.population, yala.population_year) == ("Yala City", 61250, 2010)


def test_where_both_changed_the_same_field_the_editors_input_wins_the_second_save(client, workspace, office_editor):
    yala = LocalGovernment.objects.get(slug="yala")
    client.force_login(office_editor)
    stale = form_data(client.get(change_url(yala)))
    LocalGovernment.objects.filter(pk=yala.pk).update(website="https://yala.example.org")
    stale["website"] = "https://yala.example.com"
    refused = client.post(change_url(yala), stale)
    assert refused.context["lost_updates"][0]["changes"] == [
        {"field": "website", "before": "–", "after": "https://yala.example.org"}
    ]
    assert refused.context["adminform"].form["website"].value() == "https://yala.example.com"
    assert client.post(change_url(yala), form_data(refused)).status_code == 302
    assert LocalGovernment.objects.get(pk=yala.pk).website == "https://yala.example.com"


def test_a_refused_inline_shows_its_changes_and_saves_in_one_more_step(client, workspace, office_editor):
    practice = Practice.objects.get(number=10)
    photo = PracticePhoto.objects.get(practice=practice)
    client.force_login(office_editor)
    stale = form_data(client.get(change_url(practice)))
    PracticePhoto.objects.filter(pk=photo.pk).update(caption_en="Reed beds at dawn")
    stale["title_en"] = "Wetland wastewater treatment"
    refused = client.post(change_url(practice), stale)
    assert refused.status_code == 200
    assert [(u["record"], u["changes"]) for u in refused.context["lost_updates"]] == [
        (photo, [{"field": "caption (English)", "before": "Sample photo", "after": "Reed beds at dawn"}])
    ]
    assert client.post(change_url(practice), form_data(refused)).status_code == 302
    photo.refresh_from_db()
    practice.refresh_from_db()
    assert (practice.title_en, photo.caption_en) == ("Wetland wastewater treatment", "Reed beds at dawn")


def test_the_fingerprint_is_never_a_change_in_the_log_the_version_comment_or_the_history(
    client, workspace, office_editor
):
    import json

    from django.contrib.admin.models import LogEntry
    from reversion.models import Revision

    yala = LocalGovernment.objects.get(slug="yala")
    practice = Practice.objects.get(number=10)
    client.force_login(office_editor)
    data = form_data(client.get(change_url(yala)))
    data["name_en"] = "Yala City"
    assert client.post(change_url(yala), data).status_code == 302
    assert client.post(change_url(yala), form_data(client.get(change_url(yala)))).status_code == 302
    # A record with inlines (a photo, a document), saved unchanged.
    assert client.post(change_url(practice), form_data(client.get(change_url(practice)))).status_code == 302

    entries = LogEntry.objects.order_by("pk")
    assert [json.loads(entry.change_message) for entry in entries] == [
        [{"changed": {"fields": ["Name (English)"]}}],
        [],
        [],
    ]
    comments = [revision.get_comment() for revision in Revision.objects.order_by("pk")]
    assert comments == ["Changed Name (English).", "No fields changed.", "No fields changed."]
    for language in ("en", "th"):
        history = client.get(f"/{language}/admin/municipalities/localgovernment/{yala.pk}/history/")
        assert "fingerprint" not in history.content.decode().lower()


def test_the_history_says_which_language_of_a_field_changed(client, workspace, office_editor):
    from django.core.management import call_command

    call_command("createinitialrevisions", "practices.Practice", verbosity=0)
    practice = Practice.objects.get(number=10)
    client.force_login(office_editor)
    data = form_data(client.get(change_url(practice)))
    data["title_th"], data["title_en"] = "บึงประดิษฐ์บำบัดน้ำเสีย", "Wetland wastewater treatment"
    assert client.post(change_url(practice), data).status_code == 302

    english = client.get(f"/en/admin/practices/practice/{practice.pk}/history/")
    assert [change["field"] for change in english.context["history"][0]["changes"]] == [
        "title (Thai)",
        "title (English)",
    ]
    assert "Title (Thai)" in english.content.decode()
    thai = client.get(f"/th/admin/practices/practice/{practice.pk}/history/").content.decode()
    assert "ชื่อเรื่อง (ภาษาไทย)" in thai and "ชื่อเรื่อง (ภาษาอังกฤษ)" in thai


# ---------------------------------------------------------------- read-only records and refusals


def test_a_coordinator_is_told_why_another_countrys_record_is_read_only(client, workspace, thai_coordinator):
    vinh = LocalGovernment.objects.get(slug="vinh")
    client.force_login(thai_coordinator)
    english = client.get(f"/en/admin/municipalities/localgovernment/{vinh.pk}/change/")
    assert english.context["read_only_reason"] == (
        "This record belongs to Vietnam; as Thailand’s coordinator you can read it but not change it."
    )
    assert "as Thailand’s coordinator you can read it but not change it." in english.content.decode()
    thai = client.get(f"/th/admin/municipalities/localgovernment/{vinh.pk}/change/").content.decode()
    assert "รายการนี้เป็นของประเทศเวียดนาม ในฐานะผู้ประสานงานประเทศไทย คุณอ่านได้แต่แก้ไขไม่ได้" in thai


def test_a_coordinator_is_told_why_a_model_they_only_read_is_read_only(client, workspace, thai_coordinator):
    practice = Practice.objects.get(number=10)
    client.force_login(thai_coordinator)
    english = client.get(f"/en/admin/practices/practice/{practice.pk}/change/")
    assert english.context["read_only_reason"] == (
        "As Thailand’s coordinator you can read these records but not change them: the project office keeps them."
    )
    thai = client.get(f"/th/admin/practices/practice/{practice.pk}/change/").content.decode()
    assert "ในฐานะผู้ประสานงานประเทศไทย คุณอ่านรายการประเภทนี้ได้แต่แก้ไขไม่ได้" in thai


def test_a_coordinator_sees_no_read_only_note_on_their_own_countrys_record(client, workspace, thai_coordinator):
    yala = LocalGovernment.objects.get(slug="yala")
    client.force_login(thai_coordinator)
    response = client.get(f"/en/admin/municipalities/localgovernment/{yala.pk}/change/")
    assert response.context["read_only_reason"] == ""
    assert "workspace-read-only" not in response.content.decode()


def test_a_post_to_another_countrys_record_gets_a_403_page_in_the_visitors_language(
    client, workspace, vietnamese_coordinator
):
    yala = LocalGovernment.objects.get(slug="yala")
    client.force_login(vietnamese_coordinator)
    thai = client.post(f"/th/admin/municipalities/localgovernment/{yala.pk}/change/", {"name_en": "Taken"})
    assert thai.status_code == 403
    assert '<html lang="th">' in thai.content.decode()
    assert "คุณไม่มีสิทธิ์ทำรายการนี้" in thai.content.decode()
    english = client.post(f"/en/admin/municipalities/localgovernment/{yala.pk}/change/", {"name_en": "Taken"})
    assert english.status_code == 403
    assert "You do not have permission to do this." in english.content.decode()
    assert LocalGovernment.objects.get(pk=yala.pk).name_en == "Yala City Municipality"


def test_a_form_refused_for_its_missing_csrf_token_gets_a_403_page_in_the_visitors_language(db):
    from django.test import Client

    browser = Client(enforce_csrf_checks=True)
    thai = browser.post("/th/admin/login/", {"username": "office", "password": "x"})
    assert thai.status_code == 403
    assert "ส่งแบบฟอร์มไม่สำเร็จ" in thai.content.decode()
    english = browser.post("/en/admin/login/", {"username": "office", "password": "x"})
    assert english.status_code == 403
    assert "The form could not be sent" in english.content.decode()


# ---------------------------------------------------------------- history


def test_every_change_is_recorded_with_who_and_both_languages_and_can_be_restored(client, workspace, office_editor):
    from django.core.management import call_command
    from reversion.models import Version

    call_command("createinitialrevisions", verbosity=0)  # as `manage.py seed` does

    practice = Practice.objects.get(number=10)
    client.force_login(office_editor)
    data = form_data(client.get(change_url(practice)))
    data["title_th"], data["title_en"] = "บึงประดิษฐ์บำบัดน้ำเสีย", "Wetland wastewater treatment"
    assert client.post(change_url(practice), data).status_code == 302

    versions = Version.objects.get_for_object(practice)  # newest first
    assert versions.count() == 2  # the seed's first version, then this change
    assert versions[0].revision.user == office_editor
    assert versions[0].field_dict["title_th"] == "บึงประดิษฐ์บำบัดน้ำเสีย"
    assert versions[0].field_dict["title_en"] == "Wetland wastewater treatment"
    history = client.get(reverse("admin:practices_practice_history", args=[practice.pk]))
    changes = history.context["history"][0]["changes"]
    assert {(c["before"], c["after"]) for c in changes} == {
        ("การจัดการน้ำเสียแบบบึงประดิษฐ์", "บึงประดิษฐ์บำบัดน้ำเสีย"),
        ("Constructed Wetland for Wastewater Treatment", "Wetland wastewater treatment"),
    }
    page = history.content.decode()
    assert "office" in page and "การจัดการน้ำเสียแบบบึงประดิษฐ์" in page and "Wetland wastewater treatment" in page

    data = form_data(client.get(change_url(practice)))
    data["title_en"] = "A second title"
    assert client.post(change_url(practice), data).status_code == 302
    assert Practice.objects.get(pk=practice.pk).title_en == "A second title"
    first_version = Version.objects.get_for_object(practice).filter(revision__user=office_editor).order_by("pk").first()
    restore_url = reverse("admin:practices_practice_revision", args=[practice.pk, first_version.pk])
    restore = form_data(client.get(restore_url))
    assert client.post(restore_url, restore).status_code == 302
    practice.refresh_from_db()
    assert practice.title_en == "Wetland wastewater treatment"


def test_a_coordinator_cannot_restore_another_countrys_record(client, workspace, office_editor, vietnamese_coordinator):
    from reversion.models import Version

    yala = LocalGovernment.objects.get(slug="yala")
    client.force_login(office_editor)
    data = form_data(client.get(change_url(yala)))
    data["province_en"] = "Yala"
    assert client.post(change_url(yala), data).status_code == 302
    version = Version.objects.get_for_object(yala).get()

    client.force_login(vietnamese_coordinator)
    restore_url = reverse("admin:municipalities_localgovernment_revision", args=[yala.pk, version.pk])
    assert client.post(restore_url, {}).status_code == 403


# ---------------------------------------------------------------- translation status


def test_changing_one_language_only_flags_the_other_until_an_editor_clears_it(client, workspace, office_editor):
    practice = Practice.objects.get(number=12)
    client.force_login(office_editor)
    data = form_data(client.get(change_url(practice)))
    data["title_en"] = "Marikina Eco Savers"
    assert client.post(change_url(practice), data).status_code == 302
    practice.refresh_from_db()
    assert practice.translation_outdated == "th"

    listing = client.get(reverse("admin:practices_practice_changelist"), {"translation": "outdated"})
    assert list(listing.context["cl"].result_list) == [practice]
    client.post(
        reverse("admin:practices_practice_changelist"),
        {"action": "mark_translation_current", "_selected_action": [practice.pk]},
    )
    practice.refresh_from_db()
    assert practice.translation_outdated == ""


def test_changing_both_languages_flags_nothing(client, workspace, office_editor):
    practice = Practice.objects.get(number=12)
    client.force_login(office_editor)
    data = form_data(client.get(change_url(practice)))
    data["title_en"], data["title_th"] = "Eco Savers", "ออมทรัพย์สีเขียวมาริกินา"
    assert client.post(change_url(practice), data).status_code == 302
    practice.refresh_from_db()
    assert (practice.title_en, practice.translation_outdated) == ("Eco Savers", "")


def test_records_missing_their_thai_are_listed_and_counted(client, workspace, office_editor):
    client.force_login(office_editor)
    listing = client.get(reverse("admin:municipalities_localgovernment_changelist"), {"translation": "missing-th"})
    slugs = sorted(lg.slug for lg in listing.context["cl"].result_list)
    assert slugs == [
        "bacolod",
        "choam-chao",
        "da-nang",
        "kampot",
        "kartamantul",
        "kupang",
        "misamis-oriental",
        "opal",
        "pangkal-pinang",
        "tarakan",
        "toul-sangke",
        "tra-vinh",
        "wakatobi",
    ]
    index = client.get("/th/admin/").content.decode()
    assert "คำแปลที่ต้องทำ" in index
    assert '<a href="/th/admin/municipalities/localgovernment/?translation=missing-th">13</a>' in index


# ---------------------------------------------------------------- uploads


def photo_post(client, upload):
    practice = Practice.objects.get(number=10)
    url = reverse("admin:practices_practicephoto_add")
    return client.post(
        url, {"practice": practice.pk, "image": upload, "caption_en": "Reed beds", "order": "0", "source": "staff"}
    )


def jpeg_bytes(width, height):
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (200, 200, 200)).save(buffer, "JPEG", quality=10)
    return buffer.getvalue()


def test_a_good_photo_is_stored_with_its_smaller_copies(client, workspace, office_editor):
    client.force_login(office_editor)
    response = photo_post(client, SimpleUploadedFile("reeds.png", png_bytes(1600, 1200), "image/png"))
    assert response.status_code == 302
    photo = PracticePhoto.objects.get(caption_en="Reed beds")
    assert (photo.thumbnail.width, photo.display.width) == (480, 1200)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("report.jpg", pdf_bytes(), "Upload a valid image"),
        ("cut.png", png_bytes(800, 600)[:400], "corrupted image"),
        ("huge.png", b"", "at most 10"),
        ("bomb.jpg", None, "at most 40 megapixels"),
        ("drawing.gif", None, "must be a JPEG, PNG or WebP"),
    ],
)
def test_a_bad_photo_is_refused_with_a_clear_message_and_the_form_kept(
    client, workspace, office_editor, name, content, message
):
    if name == "huge.png":
        content = png_bytes() + b"\0" * (10 * 1024 * 1024)
    elif name == "bomb.jpg":
        content = jpeg_bytes(8000, 5001)
    elif name == "drawing.gif":
        buffer = io.BytesIO()
        Image.new("P", (10, 10)).save(buffer, "GIF")
        content = buffer.getvalue()
    client.force_login(office_editor)
    response = photo_post(client, SimpleUploadedFile(name, content))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert response.context["adminform"].form["caption_en"].value() == "Reed beds"
    assert not PracticePhoto.objects.filter(caption_en="Reed beds").exists()


def office_file(folder):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(f"{folder}document.xml", "<doc/>")
    return buffer.getvalue()


def document_post(client, upload):
    return client.post(
        reverse("admin:practices_practicedocument_add"),
        {
            "practice": Practice.objects.get(number=10).pk,
            "title_en": "Case study",
            "file": upload,
            "language": "th",
            "kind": "full",
            "source": "staff",
        },
    )


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("case.pdf", pdf_bytes()),
        ("case.docx", office_file("word/")),
        ("budget.xlsx", office_file("xl/")),
        ("slides.pptx", office_file("ppt/")),
    ],
)
def test_documents_of_the_four_kinds_are_accepted(client, workspace, office_editor, name, content):
    client.force_login(office_editor)
    assert document_post(client, SimpleUploadedFile(name, content)).status_code == 302


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("case.pdf", png_bytes(), "content is not a PDF document"),
        ("case.docx", office_file("xl/"), "content is not a DOCX document"),
        ("case.docx", b"PK\x03\x04 not really a zip", "content is not a DOCX document"),
        ("virus.exe", b"MZ", "must be a PDF, DOCX, XLSX or PPTX"),
        ("huge.pdf", None, "at most 25"),
    ],
)
def test_a_bad_document_is_refused_with_a_clear_message(client, workspace, office_editor, name, content, message):
    if content is None:
        content = pdf_bytes() + b"\0" * (25 * 1024 * 1024)
    client.force_login(office_editor)
    response = document_post(client, SimpleUploadedFile(name, content))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not PracticeDocument.objects.filter(title_en="Case study").exists()


def test_a_refused_upload_speaks_thai(client, workspace, office_editor):
    client.force_login(office_editor)
    response = client.post(
        "/th/admin/practices/practicedocument/add/",
        {
            "practice": Practice.objects.get(number=10).pk,
            "title_en": "x",
            "file": SimpleUploadedFile("a.pdf", b"nope"),
            "language": "th",
            "kind": "full",
            "source": "staff",
        },
    )
    assert "เนื้อหาของไฟล์นี้ไม่ใช่เอกสาร PDF" in response.content.decode()


# ---------------------------------------------------------------- import


def import_csv(client, text):
    response = client.post(
        reverse("admin:municipalities_localgovernment_import"),
        {"format": "0", "import_file": SimpleUploadedFile("lgs.csv", text.encode(), "text/csv"), "resource": "0"},
    )
    return response


HEADER = (
    "slug,name_th,name_en,kind,country,province_th,province_en,population,population_year,"
    "latitude,longitude,website,source\n"
)


def test_an_import_first_shows_what_it_will_change_then_saves_on_confirmation(client, workspace, office_editor):
    client.force_login(office_editor)
    response = import_csv(
        client, HEADER + "hat-yai,เทศบาลนครหาดใหญ่,Hat Yai City Municipality,city-municipality,TH,,,,,,,,staff\n"
    )
    assert response.status_code == 200
    assert "Hat Yai City Municipality" in response.content.decode()
    assert not LocalGovernment.objects.filter(slug="hat-yai").exists()  # only a preview so far
    confirm = response.context["confirm_form"]
    data = {name: confirm[name].value() for name in confirm.fields}
    assert client.post(reverse("admin:municipalities_localgovernment_process_import"), data).status_code == 302
    assert LocalGovernment.objects.get(slug="hat-yai").name_th == "เทศบาลนครหาดใหญ่"


def test_a_file_with_bad_rows_is_refused_whole_naming_each_bad_row(client, workspace, office_editor):
    client.force_login(office_editor)
    before = LocalGovernment.objects.count()
    response = import_csv(
        client,
        HEADER
        + "hat-yai,เทศบาลนครหาดใหญ่,Hat Yai,city-municipality,TH,,,,,,,,staff\n"
        + "nowhere,,Nowhere,city,XX,,,,,,,,staff\n"
        + "minus,,Minus,city,TH,,,-5,2010,,,,staff\n",
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert response.context.get("confirm_form") is None  # nothing to confirm: the file is refused
    assert "There is no country with code “XX”." in page
    assert "The population cannot be negative." in page
    assert LocalGovernment.objects.count() == before


def test_a_name_in_english_only_can_be_saved_but_not_a_name_in_neither_language(client, workspace, office_editor):
    kupang = LocalGovernment.objects.get(slug="kupang")
    client.force_login(office_editor)
    data = form_data(client.get(change_url(kupang)))
    data["population"], data["population_year"] = "442758", "2020"
    assert client.post(change_url(kupang), data).status_code == 302  # no Thai name invented

    data = form_data(client.get(change_url(kupang)))
    data["name_en"] = ""
    response = client.post(change_url(kupang), data)
    assert response.status_code == 200
    assert "Give the name in Thai or in English." in response.content.decode()


# ---------------------------------------------------------------- deleting and logging in


def test_deleting_a_theme_with_practices_is_refused_saying_what_depends_on_it(client, workspace, office_editor):
    from practices.models import Theme

    theme = Theme.objects.get(number=3)
    client.force_login(office_editor)
    url = reverse("admin:practices_theme_delete", args=[theme.pk])
    page = client.get(url).content.decode()
    assert "protected related objects" in page
    assert "Constructed Wetland for Wastewater Treatment" in page
    refused = client.post(url, {"post": "yes"})
    assert refused.status_code == 200  # the same page again, naming what depends on it
    assert "protected related objects" in refused.content.decode()
    assert Theme.objects.filter(pk=theme.pk).exists()


def test_deleting_a_local_government_with_a_replication_is_refused(client, workspace, office_editor):
    yala = LocalGovernment.objects.get(slug="yala")
    client.force_login(office_editor)
    response = client.post(reverse("admin:municipalities_localgovernment_delete", args=[yala.pk]), {"post": "yes"})
    assert response.status_code == 200
    assert "protected related objects" in response.content.decode()
    assert LocalGovernment.objects.filter(pk=yala.pk).exists()


def test_logins_are_throttled_after_five_failures_with_a_thai_message(client, office_editor):
    office_editor.set_password("a long enough password")
    office_editor.save()
    for _ in range(4):
        response = client.post("/th/admin/login/", {"username": "office", "password": "wrong"})
        assert response.status_code == 200  # the login form again
    assert client.post("/th/admin/login/", {"username": "office", "password": "wrong"}).status_code == 429
    # Locked: even the right password is refused until the 15 minutes are over.
    locked = client.post("/th/admin/login/", {"username": "office", "password": "a long enough password"})
    assert locked.status_code == 429
    assert "เข้าสู่ระบบไม่สำเร็จหลายครั้งเกินไป" in locked.content.decode()


def test_a_right_password_logs_in_before_the_limit(client, office_editor):
    office_editor.set_password("a long enough password")
    office_editor.save()
    client.post("/en/admin/login/", {"username": "office", "password": "wrong"})
    response = client.post("/en/admin/login/", {"username": "office", "password": "a long enough password"})
    assert response.status_code == 302


def test_a_weak_password_is_refused(db):
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        validate_password("12345678")


# ---------------------------------------------------------------- websites


@pytest.mark.parametrize(
    "website, language, message",
    [
        ("ftp://files.yala.go.th/", "th", "เว็บไซต์ต้องเป็นที่อยู่ที่ขึ้นต้นด้วย http:// หรือ https://"),
        ("ftp://files.yala.go.th/", "en", "A website must be an address beginning with http:// or https://."),
        ("javascript:alert(1)", "en", "Enter a valid URL."),
    ],
)
def test_a_website_that_is_not_a_web_page_is_refused_with_its_reason(
    client, workspace, office_editor, website, language, message
):
    yala = LocalGovernment.objects.get(slug="yala")
    client.force_login(office_editor)
    data = {**form_data(client.get(change_url(yala))), "website": website}
    response = client.post(change_url(yala).replace("/en/", f"/{language}/", 1), data)
    assert response.status_code == 200
    assert message in response.content.decode()
    yala.refresh_from_db()
    assert yala.website == ""
