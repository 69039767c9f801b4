"""gunicorn's settings for `make serve` (and bench/load.py), from the environment.

WEB_WORKERS  processes; default 2 per core plus 1 (each serves one request at a time).
BIND         address and port; default 127.0.0.1:8000 (a reverse proxy in front faces the world).
TRUSTED_PROXIES  the proxy's addresses, the only ones whose X-Forwarded-* headers are believed.
WEB_TIMEOUT  seconds before a worker stuck in a request is killed; default 60. The settings read it
             too: a PDF is given up after PDF_TIMEOUT_SECONDS, at least 5 s before (settings.py).
WEB_MAX_REQUESTS  requests before a worker is replaced; default 50,000 (0: never).
"""

import multiprocessing
import os

bind = os.environ.get("BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_WORKERS") or 2 * multiprocessing.cpu_count() + 1)
# A slow phone upload must not hold a worker for ever; the admin's imports finish well inside this.
timeout = int(os.environ.get("WEB_TIMEOUT", 60))
graceful_timeout = 20
keepalive = 5
# The app is imported once, in the master, and forked: a replaced worker does not import Django
# and the portal again. Nothing opens a database connection at import; each worker opens its own.
preload_app = True
# Workers are replaced now and then, so a slow leak never grows for ever. Each replacement still
# leaves its worker's queue waiting a fifth of a second or so: at 5,000 requests, with two workers
# under full load, that was every few seconds and it made the p99 of every page 130-250 ms in
# bench/load.py; with no replacement at all the same run gave 12-22 ms. At 50,000 a worker is
# replaced about every half minute at the benchmark's rate, under 1 % of requests wait behind it,
# and the p99 no longer sees it. WEB_MAX_REQUESTS=0 turns replacement off.
max_requests = int(os.environ.get("WEB_MAX_REQUESTS", 50_000))
max_requests_jitter = max_requests // 10
forwarded_allow_ips = os.environ.get("TRUSTED_PROXIES", "") or "127.0.0.1"
# The portal logs one line per request itself (delgosea.middleware.RequestLogMiddleware).
accesslog = None
errorlog = "-"
