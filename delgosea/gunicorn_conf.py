"""gunicorn's settings for `make serve` (and bench/load.py), from the environment.

WEB_WORKERS  processes; default 2 per core plus 1 (each serves one request at a time).
BIND         address and port; default 127.0.0.1:8000 (a reverse proxy in front faces the world).
TRUSTED_PROXIES  the proxy's addresses, the only ones whose X-Forwarded-* headers are believed.
WEB_TIMEOUT  seconds before a worker stuck in a request is killed; default 60. The settings read it
             too: a PDF is given up after PDF_TIMEOUT_SECONDS, at least 5 s before (settings.py).
"""

import multiprocessing
import os

bind = os.environ.get("BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_WORKERS") or 2 * multiprocessing.cpu_count() + 1)
# A slow phone upload must not hold a worker for ever; the admin's imports finish well inside this.
timeout = int(os.environ.get("WEB_TIMEOUT", 60))
graceful_timeout = 20
keepalive = 5
# The app is imported once, in the master, and forked: a worker replaced below starts in
# milliseconds instead of the second a fresh import of Django and the portal takes, a second in
# which, with two workers, half the capacity is gone and queued requests wait (bench/load.py's p99).
# Nothing opens a database connection at import; each worker opens its own on its first request.
preload_app = True
# Workers are replaced now and then, so a slow leak never grows for ever.
max_requests = 5000
max_requests_jitter = 500
forwarded_allow_ips = os.environ.get("TRUSTED_PROXIES", "") or "127.0.0.1"
# The portal logs one line per request itself (delgosea.middleware.RequestLogMiddleware).
accesslog = None
errorlog = "-"
