"""A database outage under load: PostgreSQL stopped for a few seconds while gunicorn serves, then
started again.

    make bench-fault      # or: .venv/bin/python bench/fault.py [--down 5] [--connections 16]

Starts a throwaway embedded PostgreSQL in var/bench-pgdata/<random>/ (removed after), migrates and
seeds it, and serves the portal under gunicorn (2 workers, DEBUG off, the page cache off so that
every request asks the database) on 127.0.0.1. Threads then request a mix of public pages: a few
seconds normally, then with the database stopped, then after it is started again. Counts the
answers by status (503 with and without Retry-After, other 5xx, refused connections), the time
from the database's return to the first normal page and to the last abnormal one, and the outage
lines in the server's log. Bounded: at most 60 s of load, loopback only. Writes
bench/results/fault.json; exits non-zero on any 5xx other than a 503 with Retry-After, or a
recovery slower than 5 s.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench import serving  # noqa: E402

OWNER = "import time; from delgosea import dbserver; print(dbserver.ensure_database_url(), flush=True); time.sleep(900)"
PATHS = ["/th/", "/en/practices/", "/th/practices/10/", "/en/practices/?theme=3", "/th/local-governments/", "/healthz"]


def get(url):
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers={"Accept-Language": "th"}), timeout=10) as r:
            r.read()
            return r.status, r.headers.get("Retry-After")
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Retry-After")
    except OSError:
        return "no connection", None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--before", type=float, default=5, help="seconds of load before the outage")
    parser.add_argument("--down", type=float, default=5, help="seconds the database is down (at most 20)")
    parser.add_argument("--after", type=float, default=10, help="seconds of load after the restart")
    parser.add_argument("--connections", type=int, default=16, help="concurrent clients (at most 64)")
    args = parser.parse_args()
    down, connections = min(args.down, 20), min(args.connections, 64)

    folder = ROOT / "var" / "bench-pgdata" / uuid.uuid4().hex / "pgdata"
    folder.parent.mkdir(parents=True)
    db_env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    db_env["DELGOSEA_PGDATA"] = str(folder)
    owners, server = [], None

    def start_database():
        owner = subprocess.Popen([sys.executable, "-c", OWNER], env=db_env, cwd=ROOT, stdout=subprocess.PIPE, text=True)
        owners.append(owner)
        return owner.stdout.readline().strip()

    def stop_database():
        subprocess.run([sys.executable, "-m", "delgosea.dbserver", "stop"], env=db_env, cwd=ROOT, check=True)

    log = folder.parent / "gunicorn.log"
    try:
        port = serving.free_port()
        env = serving.production_env(
            start_database(),
            BIND=f"127.0.0.1:{port}",
            WEB_WORKERS="2",
            PAGE_CACHE_SECONDS="0",
            LOG_LEVEL="WARNING",  # the outage lines, not one line per request
        )
        for step in (["migrate", "--noinput"], ["seed", "--skip-history"], ["collectstatic", "--noinput"]):
            subprocess.run([sys.executable, "manage.py", *step], cwd=ROOT, env=env, check=True, capture_output=True)
        with open(log, "w") as output:
            server = subprocess.Popen(
                [str(Path(sys.executable).parent / "gunicorn"), "delgosea.wsgi", "-c", "python:delgosea.gunicorn_conf"],
                cwd=ROOT,
                env=env,
                stdout=output,
                stderr=subprocess.STDOUT,
            )
        base = f"http://127.0.0.1:{port}"
        for _ in range(200):
            if get(f"{base}/healthz")[0] == 200:
                break
            time.sleep(0.3)

        answers, stop = [], threading.Event()  # (time, phase, status, retry-after)
        phase = {"now": "before"}

        def client(index):
            n = index
            while not stop.is_set():
                path = PATHS[n % len(PATHS)]
                status, retry_after = get(base + path)
                # /healthz is the load balancer's probe: a bare 503, no Retry-After, by design
                retry_after = retry_after or (path == "/healthz" and "probe")
                answers.append((time.monotonic(), phase["now"], status, retry_after))
                n += 1

        threads = [threading.Thread(target=client, args=(i,), daemon=True) for i in range(connections)]
        for thread in threads:
            thread.start()
        time.sleep(args.before)
        phase["now"] = "down"
        stop_database()
        stopped = time.monotonic()
        time.sleep(down)
        start_database()
        back = time.monotonic()
        phase["now"] = "after"
        time.sleep(args.after)
        stop.set()
        for thread in threads:
            thread.join(timeout=15)
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
        for owner in owners:
            owner.kill()
            owner.wait()
        subprocess.run([sys.executable, "-m", "delgosea.dbserver", "stop"], env=db_env, cwd=ROOT, capture_output=True)
        text = log.read_text() if log.exists() else ""
        shutil.rmtree(folder.parent, ignore_errors=True)

    by_phase = {p: Counter(str(s) for _, ph, s, _ in answers if ph == p) for p in ("before", "down", "after")}
    probes = sum(1 for _, _, s, r in answers if s == 503 and r == "probe")
    with_retry = sum(1 for _, _, s, r in answers if s == 503 and r and r != "probe")
    without_retry = sum(1 for _, _, s, r in answers if s == 503 and not r)
    other_5xx = sum(1 for _, _, s, _ in answers if isinstance(s, int) and s >= 500 and s != 503)
    refused = sum(1 for _, _, s, _ in answers if s == "no connection")
    after = [(t - back, s) for t, _, s, _ in answers if t >= back]
    first_ok = min((t for t, s in after if s == 200), default=None)
    last_bad = max((t for t, s in after if s != 200), default=0.0)
    result = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "connections": connections,
        "gunicorn_workers": 2,
        "database_down_s": round(back - stopped, 1),
        "answers_by_phase": {p: dict(c) for p, c in by_phase.items()},
        "503_with_retry_after": with_retry,
        "503_from_healthz": probes,
        "503_without_retry_after": without_retry,
        "other_5xx": other_5xx,
        "refused_connections": refused,
        "first_normal_page_after_restart_s": round(first_ok, 2) if first_ok is not None else None,
        "last_abnormal_answer_after_restart_s": round(last_bad, 2),
        "log_lines_database_unavailable": text.count('"event": "database unavailable"'),
        "log_lines_database_back": text.count('"event": "database back"'),
        "tracebacks_in_log": text.count("Traceback"),
        "load_average_at_end": os.getloadavg(),
    }
    for key, value in result.items():
        print(f"{key:40} {value}")
    out = ROOT / "bench" / "results" / "fault.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n")
    print(f"\nwritten to {out.relative_to(ROOT)}")
    if other_5xx or without_retry or first_ok is None or last_bad > 5:
        sys.exit("the outage was not handled as promised (see above)")


if __name__ == "__main__":
    main()
