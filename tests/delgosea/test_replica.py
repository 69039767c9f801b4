"""A read replica, as DATABASE_REPLICA_URL sets it up: anonymous visitors' pages read from it, staff
and every write use the primary (delgosea/dbrouter.py).

The settings are read once a run, so the tests that need the replica run in a run of their own:
the first test starts pytest on this file with DATABASE_REPLICA_URL set (to the same server, a
second connection; its test database mirrors the primary's, as `TEST: {"MIRROR": "default"}` says)
and its own test database; there, that test is skipped and the others run. Each side counts the
queries on each connection.
"""

import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
from django.conf import settings
from django.db import connections, transaction
from django.test.utils import CaptureQueriesContext

from municipalities.models import LocalGovernment
from practices.models import Practice
from tests.municipalities.test_workspace_editing import change_url, form_data

PROJECT = Path(__file__).resolve().parents[2]
WITH_REPLICA = "replica" in settings.DATABASES
needs_replica = pytest.mark.skipif(not WITH_REPLICA, reason="runs in its own run, with DATABASE_REPLICA_URL set")
both_databases = pytest.mark.django_db(transaction=True, databases=["default", "replica"])


@pytest.mark.skipif(WITH_REPLICA, reason="this is that run")
def test_with_a_replica_configured_reads_and_writes_go_where_they_should():
    # Its own test database (test_<name>_replica), so as not to touch this run's.
    url = urlsplit(os.environ["DATABASE_URL"])
    url = urlunsplit(url._replace(path=url.path.rstrip("/") + "_replica"))
    env = {**os.environ, "DATABASE_URL": url, "DATABASE_REPLICA_URL": url}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", __file__],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "6 passed, 1 skipped" in result.stdout, result.stdout[-2000:]


def queries_on_each(action):
    with (
        CaptureQueriesContext(connections["default"]) as primary,
        CaptureQueriesContext(connections["replica"]) as replica,
    ):
        result = action()
    return result, [q["sql"] for q in primary], [q["sql"] for q in replica]


@needs_replica
def test_the_replica_is_a_second_connection_to_the_test_database():
    assert settings.DATABASE_ROUTERS == ["delgosea.dbrouter.PrimaryReplicaRouter"]
    assert "delgosea.dbrouter.ReadReplicaMiddleware" in settings.MIDDLEWARE
    assert connections["replica"].settings_dict["NAME"] == connections["default"].settings_dict["NAME"]
    assert connections["replica"] is not connections["default"]


@needs_replica
@both_databases
@pytest.mark.parametrize("path", ["/en/practices/", "/th/practices/10/", "/th/local-governments/yala/"])
def test_an_anonymous_visitors_page_is_read_from_the_replica(client, seeded, path):
    response, primary, replica = queries_on_each(lambda: client.get(path))
    assert response.status_code == 200
    assert replica, "the page read nothing from the replica"
    assert primary == []


@needs_replica
@both_databases
def test_an_admin_save_writes_to_the_primary_and_the_editor_reads_from_it_too(client, seeded, office_editor):
    yala = LocalGovernment.objects.get(slug="yala")
    client.force_login(office_editor)
    form, primary, replica = queries_on_each(lambda: form_data(client.get(change_url(yala))))
    assert primary and replica == []

    form["population"], form["population_year"] = "61250", "2010"
    response, primary, replica = queries_on_each(lambda: client.post(change_url(yala), form))
    assert response.status_code == 302
    assert replica == []
    assert any(sql.startswith('UPDATE "municipalities_localgovernment"') for sql in primary)
    assert any(sql.startswith('INSERT INTO "reversion_version"') for sql in primary)

    # The editor sees the public page from the primary, with the change.
    response, primary, replica = queries_on_each(lambda: client.get("/en/local-governments/yala/"))
    assert "<dd>61250 (2010)</dd>" in response.content.decode() and replica == []


@needs_replica
@both_databases
def test_a_read_inside_a_transaction_goes_to_the_primary_even_for_a_visitor(seeded):
    from delgosea.dbrouter import reads_from_replica

    with reads_from_replica():
        count, primary, replica = queries_on_each(lambda: Practice.objects.count())
        assert count == 16 and len(replica) == 1 and primary == []
        with transaction.atomic():
            count, primary, replica = queries_on_each(lambda: Practice.objects.count())
        assert count == 16 and len(primary) == 1 and replica == []
