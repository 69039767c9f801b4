"""The project's contract: migrations in step with the models, a complete Thai catalogue."""

import io

import polib
import pytest
from django.core.management import call_command
from django.utils import translation

from delgosea import catalogue


@pytest.mark.django_db
def test_the_migrations_are_in_step_with_the_models():
    out = io.StringIO()
    call_command("makemigrations", "--check", "--dry-run", stdout=out)
    assert "No changes detected" in out.getvalue()


def test_the_thai_catalogues_have_no_untranslated_or_fuzzy_entry():
    paths = catalogue.all_catalogues()
    assert {path.name for path in paths} == {"django.po", "third_party.po", "djangojs.po"}
    for path in paths:
        assert catalogue.problems(polib.pofile(str(path))) == []


def test_the_committed_compiled_catalogue_gives_every_thai_translation():
    # The .mo is committed so that a clone needs no gettext; it must match the .po.
    po = catalogue.merged(catalogue.LOCALE_DIR / "th" / "LC_MESSAGES" / "django.po")
    with translation.override("th"):
        for entry in po:
            if entry.msgctxt:
                assert translation.pgettext(entry.msgctxt, entry.msgid) == entry.msgstr
                continue
            if entry.msgid_plural:
                assert translation.ngettext(entry.msgid, entry.msgid_plural, 1) == entry.msgstr_plural[0]
            else:
                assert translation.gettext(entry.msgid) == entry.msgstr, entry.msgid


def test_the_admin_index_speaks_thai(admin_client):
    response = admin_client.get("/th/admin/")
    assert "ตัวอย่างที่ดีและการถอดแบบ" in response.content.decode()


def test_the_admin_forms_load_nothing_from_outside_the_server(admin_client, seeded):
    from practices.models import Practice

    page = admin_client.get(f"/th/admin/practices/practice/{Practice.objects.get(number=10).pk}/change/")
    html = page.content.decode()
    assert page.status_code == 200
    assert "vendor/jquery-ui/jquery-ui.min.js" in html
    assert "//ajax.googleapis.com" not in html
    assert "การจัดการน้ำเสียแบบบึงประดิษฐ์" in html  # the Thai tab
    assert "Constructed Wetland for Wastewater Treatment" in html  # the English tab
    assert "เอกสารโครงการภาษาไทย" in html  # the record's source, in Thai


def test_the_admins_javascript_speaks_thai(admin_client):
    import json
    import re

    script = admin_client.get("/th/admin/jsi18n/").content.decode()
    catalog = json.loads(re.search(r"const newcatalog = (\{.*?\});", script, re.S).group(1))
    assert catalog["Thursday"] == "วันพฤหัสบดี"  # the date picker
    assert catalog["Choose all %s"] == "เลือก%sทั้งหมด"  # the two-list selector
