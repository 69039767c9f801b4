"""`make backup` and `make restore`: the seeded portal and an uploaded photo go out in one archive
and come back, every row and every file, into an empty database."""

import os
import subprocess
import sys
import tarfile
import urllib.parse
from pathlib import Path

import psycopg2
import pytest
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command
from django.db import connection

from tests.conftest import png_bytes

PROJECT = Path(__file__).resolve().parents[2]


def fingerprints(cursor, tables):
    """Each table's row count and a digest of all its rows."""
    found = {}
    for table in tables:
        cursor.execute(
            f"SELECT count(*), md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM \"{table}\" t"
        )
        found[table] = cursor.fetchone()
    return found


@pytest.fixture
def empty_database():
    name = connection.settings_dict["NAME"] + "_restore"
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
        cursor.execute(f'CREATE DATABASE "{name}"')
    url = urllib.parse.urlsplit(os.environ["DATABASE_URL"])._replace(path=f"/{name}").geturl()
    yield name, url
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def staff_groups_put_back(django_db_blocker):
    """Set up before transactional_db, so torn down after its flush: the flush removes the staff
    groups a migration wrote, and later tests (the browser's admin test) need them."""
    yield
    from kernel.workspace.roles import sync_groups

    with django_db_blocker.unblock():
        sync_groups()


def test_a_backup_restores_every_row_and_every_file_into_an_empty_database(
    staff_groups_put_back, transactional_db, settings, tmp_path, empty_database
):
    # Committed rows: pg_dump reads the database from its own process.
    from practices.models import Practice, PracticePhoto

    call_command("seed", verbosity=0)
    photo = PracticePhoto.objects.create(
        practice=Practice.objects.get(number=10),
        image=ContentFile(png_bytes(), name="wetland.png"),
        caption_en="Sample photo",
        source="sample",
    )
    uploaded = {
        p.relative_to(settings.MEDIA_ROOT): p.read_bytes() for p in Path(settings.MEDIA_ROOT).rglob("*") if p.is_file()
    }
    assert Path(photo.image.name) in uploaded

    archive = tmp_path / "backup.tar.gz"
    call_command("backup", "--output", str(archive), verbosity=0)
    with tarfile.open(archive) as tar:
        assert "database.dump" in tar.getnames()

    name, url = empty_database
    restored_media = tmp_path / "restored-media"
    env = {**os.environ, "DATABASE_URL": url, "MEDIA_ROOT": str(restored_media)}
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    result = subprocess.run(
        [sys.executable, "manage.py", "restore", str(archive)], cwd=PROJECT, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr

    tables = connection.introspection.table_names()
    with connection.cursor() as cursor:
        before = fingerprints(cursor, tables)
    with psycopg2.connect(url) as restored, restored.cursor() as cursor:
        after = fingerprints(cursor, tables)
    assert before["practices_practicephoto"][0] == 1
    assert after == before
    assert {p.relative_to(restored_media): p.read_bytes() for p in restored_media.rglob("*") if p.is_file()} == uploaded


def test_a_restore_into_a_database_with_data_is_refused(db, tmp_path):
    with pytest.raises(CommandError, match="not empty"):
        call_command("restore", str(tmp_path / "any.tar.gz"))
