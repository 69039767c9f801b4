"""The embedded PostgreSQL starts when DATABASE_URL is unset and never outlives its user.

Each test starts a throwaway server in its own data folder (DELGOSEA_PGDATA), in a child
process, and checks that no postgres process of that folder is left afterwards.
"""

import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[2]
SCRIPT = (
    "import time; from delgosea import dbserver; "
    "print(dbserver.ensure_database_url(), flush=True); "
    "time.sleep(float(__import__('sys').argv[1]))"
)


@pytest.fixture
def pgdata():
    # Inside the project, as the real one is, not under pytest's /tmp folder: the wheel opens its
    # parents' permissions to the system user it runs PostgreSQL as, and another pytest run on the
    # machine closes /tmp/pytest-of-<user> again, which made these tests fail when two suites ran at once.
    folder = PROJECT / "var" / "test-pgdata" / uuid.uuid4().hex / "pgdata"
    folder.parent.mkdir(parents=True)
    yield folder
    subprocess.run([sys.executable, "-m", "delgosea.dbserver", "stop"], env=env_for(folder), cwd=PROJECT)
    shutil.rmtree(folder.parent, ignore_errors=True)


def env_for(folder):
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env["DELGOSEA_PGDATA"] = str(folder)
    return env


def postgres_running(folder):
    pid_file = folder / "postmaster.pid"
    if not pid_file.exists():
        return False
    pid = int(pid_file.read_text().split()[0])
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def wait_until_stopped(folder, seconds=15):
    deadline = time.monotonic() + seconds
    while postgres_running(folder) and time.monotonic() < deadline:
        time.sleep(0.2)
    return not postgres_running(folder)


def start(folder, sleep):
    process = subprocess.Popen(
        [sys.executable, "-c", SCRIPT, str(sleep)], env=env_for(folder), cwd=PROJECT, stdout=subprocess.PIPE, text=True
    )
    url = process.stdout.readline().strip()
    assert url.startswith("postgresql://"), url
    assert postgres_running(folder)
    return process


def test_the_server_stops_when_its_process_ends(pgdata):
    process = start(pgdata, 0)
    assert process.wait(timeout=30) == 0
    assert wait_until_stopped(pgdata, seconds=1)


def test_the_server_stops_on_sigterm(pgdata):
    process = start(pgdata, 60)
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=30)
    assert wait_until_stopped(pgdata, seconds=1)


def test_the_server_stops_on_ctrl_c(pgdata):
    process = start(pgdata, 60)
    process.send_signal(signal.SIGINT)
    process.wait(timeout=30)
    assert wait_until_stopped(pgdata, seconds=1)


def test_the_watchdog_stops_the_server_when_its_process_is_killed(pgdata):
    process = start(pgdata, 60)
    process.kill()
    process.wait(timeout=30)
    assert wait_until_stopped(pgdata, seconds=15)


def test_a_second_process_does_not_stop_the_server_the_first_still_uses(pgdata):
    first = start(pgdata, 60)
    second = start(pgdata, 0)
    assert second.wait(timeout=30) == 0
    time.sleep(1)
    assert postgres_running(pgdata)
    first.terminate()
    first.wait(timeout=30)
    assert wait_until_stopped(pgdata, seconds=1)


def test_importing_the_settings_without_database_url_starts_no_server(pgdata):
    result = subprocess.run(
        [sys.executable, "-c", "import delgosea.settings"],
        env=env_for(pgdata),
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert "DATABASE_URL is not set" in result.stderr
    assert not postgres_running(pgdata)
    assert not pgdata.exists()


FORKING_SCRIPT = (
    "import os, sys, time; from delgosea import dbserver; "
    "print(dbserver.ensure_database_url(), flush=True); "
    "child = os.fork()\n"
    "if child == 0:\n"
    "    sys.exit(0)  # a gunicorn worker of a preloaded app ends so: atexit handlers run in the child\n"
    "os.waitpid(child, 0); print('child gone', flush=True); time.sleep(60)"
)


def test_a_forked_child_ending_leaves_the_server_to_its_owner(pgdata):
    # `make serve` preloads the app in gunicorn's master, so workers are forks of the process that
    # started the server; a worker replaced after max_requests must not stop it under the master.
    process = subprocess.Popen(
        [sys.executable, "-c", FORKING_SCRIPT], env=env_for(pgdata), cwd=PROJECT, stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout.readline().startswith("postgresql://")
        assert process.stdout.readline().strip() == "child gone"
        time.sleep(1)
        assert postgres_running(pgdata)
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)
    assert wait_until_stopped(pgdata)
