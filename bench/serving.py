"""What the benchmarks share: a free port on 127.0.0.1 and the environment of the portal served as in production."""

import os
import socket
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def production_env(database_url, **settings):
    """os.environ with DEBUG off over plain HTTP on 127.0.0.1 (no redirect to HTTPS), plus ``settings``."""
    return {
        **os.environ,
        "DATABASE_URL": database_url,
        "DEBUG": "0",
        "HTTPS": "0",
        "SECRET_KEY": "bench-only-secret-key-not-used-anywhere-else",
        "ALLOWED_HOSTS": "127.0.0.1",
        "STATIC_ROOT": str(ROOT / "var" / "bench-static"),
        **settings,
    }
