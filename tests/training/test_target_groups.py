"""A participation records the programme's target group the person took part as: in the admin and the import."""

from django.core.files.uploadedfile import SimpleUploadedFile
from pytest_django.asserts import assertContains

from municipalities.models import Person
from training.models import Event, Participation

IMPORT = "/en/admin/training/participation/import/"
CONFIRM = "/en/admin/training/participation/process_import/"


def upload(client, text):
    return client.post(
        IMPORT,
        {"format": "0", "resource": "0", "import_file": SimpleUploadedFile("people.csv", text.encode(), "text/csv")},
    )


def test_the_participation_form_offers_the_programmes_seven_target_groups_in_thai(client, seeded, office_editor):
    client.force_login(office_editor)
    response = client.get("/th/admin/training/participation/add/")
    choices = [value for value, _label in response.context["adminform"].form.fields["target_group"].choices]
    assert choices == [""] + list(Participation.TargetGroup.values)
    assert len(Participation.TargetGroup.values) == 7
    assertContains(response, "ข้าราชการส่วนท้องถิ่น")


def test_an_event_lists_each_participants_target_group(client, seeded, office_editor):
    event = Event.objects.get(slug="final-conference-2012")
    client.force_login(office_editor)
    response = client.get(f"/en/admin/training/event/{event.pk}/change/")
    assertContains(response, 'name="participations-__prefix__-target_group"')


def test_an_imported_participation_keeps_its_target_group(client, seeded, office_editor):
    person = Person.objects.create(name_en="Sample officer", sex="female", source="sample")
    client.force_login(office_editor)
    preview = upload(
        client,
        f"person,event,role,target_group,attended,source\n{person.pk},final-conference-2012,participant,"
        "local-officials,1,sample\n",
    )
    form = preview.context["confirm_form"]
    client.post(CONFIRM, {name: form[name].value() for name in form.fields})
    assert Participation.objects.get(person=person).target_group == "local-officials"


def test_an_import_with_a_target_group_the_programme_does_not_have_saves_nothing(client, seeded, office_editor):
    person = Person.objects.create(name_en="Sample officer", source="sample")
    client.force_login(office_editor)
    response = upload(
        client,
        f"person,event,role,target_group,attended,source\n{person.pk},final-conference-2012,participant,"
        "tourists,1,sample\n",
    )
    assert [row.number for row in response.context["result"].invalid_rows] == [1]
    assert not Participation.objects.filter(person=person).exists()
