"""The portal survives a database restart: while PostgreSQL is down, a 503 page in the visitor's
language with Retry-After, one log line for the outage, and normal pages again within seconds of
the database coming back, without restarting the app.

A throwaway embedded PostgreSQL in its own data folder (as in test_dbserver.py) serves a
gunicorn of the portal started for the test; the test stops the database and starts it again.
"""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[2]
OWNER = "import time; from delgosea import dbserver; print(dbserver.ensure_database_url(), flush=True); time.sleep(600)"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(url, language="en"):
    request = urllib.request.Request(url, headers={"Accept-Language": language})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode()


class ThrowawayDatabase:
    def __init__(self):
        self.folder = PROJECT / "var" / "test-pgdata" / uuid.uuid4().hex / "pgdata"
        self.folder.parent.mkdir(parents=True)
        self.env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
        self.env["DELGOSEA_PGDATA"] = str(self.folder)
        self.owners = []

    def start(self):
        owner = subprocess.Popen(
            [sys.executable, "-c", OWNER], env=self.env, cwd=PROJECT, stdout=subprocess.PIPE, text=True
        )
        self.owners.append(owner)
        url = owner.stdout.readline().strip()
        assert url.startswith("postgresql://"), url
        return url

    def stop(self):
        subprocess.run([sys.executable, "-m", "delgosea.dbserver", "stop"], env=self.env, cwd=PROJECT, check=True)

    def remove(self):
        for owner in self.owners:
            owner.kill()
            owner.wait()
        self.stop()
        shutil.rmtree(self.folder.parent, ignore_errors=True)


@pytest.fixture
def portal_on_a_throwaway_database(tmp_path):
    database = ThrowawayDatabase()
    gunicorn = None
    try:
        url = database.start()
        env = {
            **{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
            "DATABASE_URL": url,
            "PAGE_CACHE_SECONDS": "0",  # every request asks the database
            "BIND": f"127.0.0.1:{free_port()}",
            "WEB_WORKERS": "1",
        }
        subprocess.run(
            [sys.executable, "manage.py", "migrate", "--noinput"],
            env=env,
            cwd=PROJECT,
            check=True,
            capture_output=True,
            timeout=300,
        )
        log = tmp_path / "gunicorn.log"
        with open(log, "w") as output:
            gunicorn = subprocess.Popen(
                [str(Path(sys.executable).parent / "gunicorn"), "delgosea.wsgi", "-c", "python:delgosea.gunicorn_conf"],
                env=env,
                cwd=PROJECT,
                stdout=output,
                stderr=subprocess.STDOUT,
            )
        base = f"http://{env['BIND']}"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if get(f"{base}/healthz")[0] == 200:
                    break
            except OSError:
                time.sleep(0.3)
        yield database, base, log
    finally:
        if gunicorn is not None:
            gunicorn.terminate()
            gunicorn.wait(timeout=30)
        database.remove()


def test_a_database_restart_gives_a_503_in_the_visitors_language_and_recovers_without_restarting(
    portal_on_a_throwaway_database,
):
    database, base, log = portal_on_a_throwaway_database
    assert get(f"{base}/en/practices/")[0] == 200

    database.stop()
    for _ in range(5):
        status, headers, body = get(f"{base}/th/practices/", "th")
        assert status == 503
        assert headers["Retry-After"] == "30"
        assert "อีกสักครู่จะกลับมาใช้งานได้" in body
    status, headers, body = get(f"{base}/en/practices/?theme=3")
    assert status == 503
    assert "Back in a moment" in body
    assert get(f"{base}/healthz")[0] == 503

    database.start()
    back = time.monotonic()
    while get(f"{base}/en/practices/")[0] != 200:
        assert time.monotonic() - back < 5, "the portal did not answer within 5 s of the database's return"
        time.sleep(0.1)

    text = log.read_text()
    assert text.count('"event": "database unavailable"') == 1
    assert text.count('"event": "database back"') == 1
    assert "Traceback" not in text
