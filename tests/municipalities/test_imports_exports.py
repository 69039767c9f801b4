"""Imports keep to the importer's country and write history; exports are safe to open in a spreadsheet."""

import csv
import io
import warnings

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils import translation
from reversion.models import Version

from municipalities.models import Country, LocalGovernment, Person

LG_IMPORT = "/th/admin/municipalities/localgovernment/import/"
LG_CONFIRM = "/th/admin/municipalities/localgovernment/process_import/"
LG_EXPORT = "/th/admin/municipalities/localgovernment/export/"
HEADER = (
    "slug,name_th,name_en,kind,country,province_th,province_en,population,population_year,"
    "latitude,longitude,website,source\n"
)
# A row the Thai coordinator may import: a change to Yala, one of their own (as seeded, its
# approximate coordinates from places.md included, with a province added).
YALA_ROW = "yala,เทศบาลนครยะลา,Yala City Municipality,city-municipality,TH,,Yala,,,6.5411,101.2804,,thai-document\n"


def upload(client, url, text, name="lgs.csv"):
    return client.post(
        url, {"format": "0", "resource": "0", "import_file": SimpleUploadedFile(name, text.encode(), "text/csv")}
    )


def confirm(client, preview, url=LG_CONFIRM):
    form = preview.context["confirm_form"]
    return client.post(url, {name: form[name].value() for name in form.fields})


def snapshot():
    with translation.override("en"):  # values() reads a translated field in the active language
        return (
            list(LocalGovernment.objects.order_by("pk").values()),
            list(Person.objects.order_by("pk").values()),
            Version.objects.count(),
        )


def refusals(response):
    """Each refused row's number with its reasons, as the import page lists them."""
    return {row.number: [str(m) for m in row.error.messages] for row in response.context["result"].invalid_rows}


# ---------------------------------------------------------------- country scope


@pytest.mark.parametrize(
    "row, reason",
    [
        (  # (a) changes a record of another country
            "tra-vinh,,Tra Vinh,city,VN,,,,,,,,public-record\n",
            "แถวนี้แก้ไขรายการของประเทศอื่น คุณแก้ไขได้เฉพาะรายการของประเทศไทย",
        ),
        (  # (b) creates one there
            "sample-hue,,Sample Hue City,city,VN,,,,,,,,sample\n",
            "แถวนี้จะเพิ่มรายการนอกประเทศไทย คุณเพิ่มได้เฉพาะรายการของประเทศไทย",
        ),
        (  # (c) moves one of theirs away
            "songkhla,เทศบาลนครสงขลา,Songkhla City Municipality,city-municipality,VN,,,,,,,,thai-document\n",
            "แถวนี้จะย้ายรายการออกจากประเทศไทย",
        ),
    ],
    ids=["changes-another-countrys", "creates-in-another-country", "moves-one-away"],
)
def test_a_coordinators_file_with_a_row_outside_their_country_is_refused_whole_in_thai(
    client, workspace, thai_coordinator, row, reason
):
    client.force_login(thai_coordinator)
    before = snapshot()

    response = upload(client, LG_IMPORT, HEADER + YALA_ROW + row)

    assert response.status_code == 200
    assert response.context.get("confirm_form") is None  # nothing to confirm
    assert refusals(response) == {2: [reason]}
    assert reason in response.content.decode()
    assert snapshot() == before


def test_a_coordinator_cannot_move_another_countrys_record_into_theirs(client, workspace, thai_coordinator):
    client.force_login(thai_coordinator)
    before = snapshot()

    response = upload(client, LG_IMPORT, HEADER + "tra-vinh,,Tra Vinh City,city,TH,,,,,,,,public-record\n")

    assert refusals(response) == {1: ["แถวนี้แก้ไขรายการของประเทศอื่น คุณแก้ไขได้เฉพาะรายการของประเทศไทย"]}
    assert snapshot() == before


def test_a_coordinator_cannot_import_a_person_into_another_countrys_local_government(
    client, workspace, thai_coordinator
):
    client.force_login(thai_coordinator)
    before = snapshot()

    response = upload(
        client,
        "/en/admin/municipalities/person/import/",
        "id,name_th,name_en,sex,position_th,position_en,organisation,local_government,email,phone,source\n"
        ",,Sample officer,,,,,tra-vinh,,,sample\n",
    )

    assert refusals(response) == {
        1: ["This row would add a record outside Thailand: you may add only records of Thailand."]
    }
    assert snapshot() == before


def test_a_coordinator_cannot_link_an_event_of_theirs_to_another_countrys_person(client, workspace, thai_coordinator):
    from training.models import Event, Participation

    vietnamese = Person.objects.create(
        name_en="Sample Vietnamese officer",
        local_government=LocalGovernment.objects.get(slug="tra-vinh"),
        source="sample",
    )
    thai_event = Event.objects.filter(country__code="TH").order_by("pk").first()
    client.force_login(thai_coordinator)
    before = Participation.objects.count()

    response = upload(
        client,
        "/en/admin/training/participation/import/",
        f"person,event,role,attended,source\n{vietnamese.pk},{thai_event.slug},participant,1,sample\n",
    )

    assert refusals(response) == {
        1: [f"The person “{vietnamese}” is of another country: you may link only to records of Thailand."]
    }
    assert Participation.objects.count() == before


def test_a_file_that_went_out_of_scope_after_its_preview_is_refused_whole_on_confirmation(
    client, workspace, thai_coordinator
):
    client.force_login(thai_coordinator)
    preview = upload(
        client, LG_IMPORT, HEADER + YALA_ROW + "chiang-rai,,Chiang Rai,city-municipality,TH,,,,,,,,staff\n"
    )
    assert preview.context["confirm_form"] is not None
    # Between preview and confirmation, the office moves Chiang Rai to Vietnam (a slip, say).
    LocalGovernment.objects.filter(slug="chiang-rai").update(country=Country.objects.get(code="VN"))
    before = snapshot()

    response = confirm(client, preview)

    assert response.status_code == 200  # the page with the refused rows, not the success redirect
    assert refusals(response) == {2: ["แถวนี้แก้ไขรายการของประเทศอื่น คุณแก้ไขได้เฉพาะรายการของประเทศไทย"]}
    assert snapshot() == before


def test_the_office_imports_records_of_any_country(client, workspace, office_editor):
    client.force_login(office_editor)
    preview = upload(client, LG_IMPORT, HEADER + "tra-vinh,,Tra Vinh,city,VN,,,,,,,,public-record\n")

    assert confirm(client, preview).status_code == 302
    assert LocalGovernment.objects.get(slug="tra-vinh").name_en == "Tra Vinh"


# ---------------------------------------------------------------- history


def test_an_import_leaves_one_version_per_row_by_the_importer_naming_the_file_and_can_be_undone(
    client, workspace, thai_coordinator
):
    call_command("createinitialrevisions", "municipalities.LocalGovernment", verbosity=0)  # as `manage.py seed` does
    client.force_login(thai_coordinator)
    preview = upload(
        client,
        LG_IMPORT,
        HEADER + YALA_ROW + "sample-betong,,Sample Betong,town-municipality,TH,,,,,,,,sample\n",
        name="yala-and-betong.csv",
    )
    assert confirm(client, preview).status_code == 302

    yala = LocalGovernment.objects.get(slug="yala")
    assert yala.province_en == "Yala"
    for record in (yala, LocalGovernment.objects.get(slug="sample-betong")):
        imported = Version.objects.get_for_object(record).filter(revision__user=thai_coordinator)
        assert imported.count() == 1
        assert imported.get().revision.get_comment() == "นำเข้าจากไฟล์ “yala-and-betong.csv”"
    history = client.get(f"/th/admin/municipalities/localgovernment/{yala.pk}/history/")
    assert {(c["before"], c["after"]) for c in history.context["history"][0]["changes"]} == {("–", "Yala")}

    earlier = Version.objects.get_for_object(yala).exclude(revision__user=thai_coordinator).get()
    restore_url = f"/th/admin/municipalities/localgovernment/{yala.pk}/history/{earlier.pk}/"
    form = client.get(restore_url).context["adminform"].form
    data = {name: form[name].value() for name in form.fields if form[name].value() is not None}
    assert client.post(restore_url, data).status_code == 302
    yala.refresh_from_db()
    assert yala.province_en is None  # as before the import


# ---------------------------------------------------------------- exports


@pytest.fixture
def formula_record(workspace):
    """A local government whose texts start like formulas, with a negative coordinate (sample data)."""
    return LocalGovernment.objects.create(
        slug="sample-formula",
        name_en='=HYPERLINK("http://example.org","x")',
        name_th="เทศบาลตัวอย่าง",
        province_en="+1",
        province_th="@SUM(A1)",
        kind="city",
        country=Country.objects.get(code="TH"),
        latitude="-8.50000",
        longitude="100.25000",
        population=1200,
        population_year=2010,
        source="sample",
    )


EXPORT_FIELDS = ["slug", "name_th", "name_en", "province_th", "province_en", "population", "latitude"]


def export(client, file_format):
    response = client.post(
        LG_EXPORT,
        {"format": file_format, "resource": "0", **{f"localgovernmentresource_{f}": "on" for f in EXPORT_FIELDS}},
    )
    assert response.status_code == 200
    return response.content


def test_an_xlsx_export_has_no_formula_and_keeps_numbers_as_numbers(client, formula_record, office_editor):
    client.force_login(office_editor)

    sheet = openpyxl.load_workbook(io.BytesIO(export(client, "1"))).active

    cells = [cell for row in sheet.iter_rows() for cell in row]
    assert [cell.coordinate for cell in cells if cell.data_type == "f"] == []
    row = next(r for r in sheet.iter_rows(values_only=True) if r[0] == "sample-formula")
    assert row[1:5] == ("เทศบาลตัวอย่าง", '\'=HYPERLINK("http://example.org","x")', "'@SUM(A1)", "'+1")
    assert row[5:] == (1200, -8.5)


def test_an_xlsx_export_holds_a_name_with_a_control_character(client, formula_record, office_editor):
    LocalGovernment.objects.filter(slug="sample-formula").update(name_th="เทศบาล\x0bตัวอย่าง")
    client.force_login(office_editor)

    sheet = openpyxl.load_workbook(io.BytesIO(export(client, "1"))).active

    row = next(r for r in sheet.iter_rows(values_only=True) if r[0] == "sample-formula")
    assert row[1] == "เทศบาล\ufffdตัวอย่าง"


def test_a_csv_export_has_a_byte_order_mark_thai_intact_and_no_formula(client, formula_record, office_editor):
    client.force_login(office_editor)

    content = export(client, "0")

    assert content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
    assert rows[0] == EXPORT_FIELDS
    row = next(r for r in rows if r[0] == "sample-formula")
    assert row == [
        "sample-formula",
        "เทศบาลตัวอย่าง",
        '\'=HYPERLINK("http://example.org","x")',
        "'@SUM(A1)",
        "'+1",
        "1200",
        "-8.50000",
    ]
    assert "เทศบาลนครยะลา" in content.decode("utf-8-sig")


def test_exports_are_offered_only_as_csv_and_xlsx(client, workspace, office_editor):
    client.force_login(office_editor)

    form = client.get(LG_EXPORT).context["form"]

    assert [label for value, label in form.fields["format"].choices if value != ""] == ["csv", "xlsx"]


def export_chosen(client, *items, url=LG_EXPORT):
    """An export of chosen records (``export_items``), as an "export selected" action posts it; a
    DeprecationWarning on the way (django-import-export's get_valid_export_item_pks) fails the test."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        response = client.post(
            url,
            {
                "format": "0",
                "resource": "0",
                "export_items": [str(item) for item in items],
                **{f"localgovernmentresource_{f}": "on" for f in EXPORT_FIELDS},
            },
        )
    assert response.status_code == 200
    return [row[0] for row in csv.reader(io.StringIO(response.content.decode("utf-8-sig")))][1:]


def test_an_export_of_chosen_records_holds_those_alone(client, workspace, office_editor):
    yala, marikina = LocalGovernment.objects.get(slug="yala"), LocalGovernment.objects.get(slug="marikina")
    client.force_login(office_editor)

    assert sorted(export_chosen(client, yala.pk, marikina.pk)) == ["marikina", "yala"]
    assert export_chosen(client, yala.pk, "abc", "-1", "1.5") == ["yala"]


def test_a_coordinator_choosing_another_country_s_record_exports_nothing_of_it(client, workspace, thai_coordinator):
    yala, marikina = LocalGovernment.objects.get(slug="yala"), LocalGovernment.objects.get(slug="marikina")
    client.force_login(thai_coordinator)

    assert export_chosen(client, yala.pk, marikina.pk) == ["yala"]


def test_an_imported_website_that_is_not_a_web_page_is_refused_with_its_reason(client, workspace, office_editor):
    client.force_login(office_editor)
    row = "sample-ftp,,Sample Ftp,city,VN,,,,,,,ftp://files.example.org/,sample\n"
    preview = upload(client, LG_IMPORT, HEADER + row)
    assert "เว็บไซต์ต้องเป็นที่อยู่ที่ขึ้นต้นด้วย http:// หรือ https://" in str(refusals(preview))
    assert not LocalGovernment.objects.filter(slug="sample-ftp").exists()
