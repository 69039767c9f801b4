"""Throughput and p99 latency of the public pages against a bare Django view, on the same stack.

    make bench-load       # or: .venv/bin/python bench/load.py [--seconds 10] [--mix-seconds 60]

Starts the seeded portal under gunicorn (2 workers, DEBUG off, compressed static files, Redis as
the cache when REDIS_URL is set) on 127.0.0.1, with bench/urls.py's /floor/ (one query, nothing
else) beside the pages. Each target gets a short warm-up, then a bounded run of Debian's `wrk`
(`apt-get install wrk`) at 16 connections; then a mix of the public pages at 64 connections.
Then a steering-committee member made for the run (deleted after) signs in and the dashboard
(never cached: staff see fresh pages) is measured the same way, its latency against the floor's.
Prints requests/s, p99 and the ratio to the floor, and writes bench/results/load.json. Every
request goes to 127.0.0.1; the run stops its server by itself.
"""

import argparse
import http.cookiejar
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench import serving  # noqa: E402
from delgosea import dbserver  # noqa: E402  (starts the embedded PostgreSQL when DATABASE_URL is unset)

TARGETS = {
    "floor: bare view, one query": "/floor/",
    "home": "/th/",
    "catalogue": "/th/practices/",
    "practice": "/th/practices/10/",
    "search": "/th/practices/?q=%E0%B8%99%E0%B9%89%E0%B8%B3%E0%B9%80%E0%B8%AA%E0%B8%B5%E0%B8%A2",
    "local governments": "/en/local-governments/",
    "programme": "/en/programme/",
}
MIX = [path for name, path in TARGETS.items() if not name.startswith("floor")] + [
    "/en/",
    "/en/practices/?theme=3&country=PH",
    "/th/local-governments/yala/",
    "/th/map/",
    "/en/themes/",
]


def production_env(port):
    return serving.production_env(
        dbserver.ensure_database_url(),
        DJANGO_SETTINGS_MODULE="bench.settings",
        BIND=f"127.0.0.1:{port}",
        WEB_WORKERS="2",
        LOG_LEVEL="WARNING",  # no request log line per request during the load
        CACHE_KEY_PREFIX=f"bench-{os.getpid()}",
    )


DASHBOARD = "/en/dashboard/?as_of=2011-06-01"
BENCH_USER = "bench-steering-committee"


def sign_in(base, env):
    """A steering-committee member made for the run, signed in through the admin's login form.

    Returns the Cookie header; bench_user_removed() deletes the user after the run."""
    manage = [sys.executable, "manage.py"]
    subprocess.run(
        [*manage, "add_staff", BENCH_USER, "--role", "steering-committee"],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    password = os.urandom(12).hex()
    set_password = (
        "from django.contrib.auth import get_user_model; "
        f"u = get_user_model().objects.get(username={BENCH_USER!r}); u.set_password({password!r}); u.save()"
    )
    subprocess.run([*manage, "shell", "-c", set_password], cwd=ROOT, env=env, check=True)
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    login = f"{base}/en/admin/login/?next=/en/dashboard/"
    page = opener.open(login, timeout=10).read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    form = urllib.parse.urlencode({"username": BENCH_USER, "password": password, "csrfmiddlewaretoken": token})
    opener.open(urllib.request.Request(login, data=form.encode(), headers={"Referer": login}), timeout=10)
    cookies = {c.name: c.value for c in jar}
    if "sessionid" not in cookies:
        sys.exit("bench/load.py could not sign the benchmark's steering-committee member in")
    if opener.open(base + DASHBOARD, timeout=30).status != 200:
        sys.exit("bench/load.py: the signed-in dashboard did not answer 200")
    return "; ".join(f"{name}={value}" for name, value in cookies.items())


def bench_user_removed(env):
    remove = (
        "from django.contrib.auth import get_user_model; "
        f"get_user_model().objects.filter(username={BENCH_USER!r}).delete()"
    )
    subprocess.run([sys.executable, "manage.py", "shell", "-c", remove], cwd=ROOT, env=env, check=True)


def _milliseconds(value, unit):
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


def wrk(url, seconds, connections, script=None, cookie=None):
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "--timeout", "5s"]
    if script:
        command += ["-s", script]
    if cookie:
        command += ["-H", f"Cookie: {cookie}"]
    output = subprocess.run([*command, url], capture_output=True, text=True, timeout=seconds + 60).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    p99 = _milliseconds(*re.search(r"\s99%\s+([\d.]+)(us|ms|s)\b", output).groups())
    median = _milliseconds(*re.search(r"\s50%\s+([\d.]+)(us|ms|s)\b", output).groups())
    bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    sockets = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    errors = (int(bad.group(1)) if bad else 0) + (sum(map(int, sockets.groups())) if sockets else 0)
    return {"requests_per_s": round(rps, 1), "median_ms": round(median, 2), "p99_ms": round(p99, 2), "errors": errors}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=10, help="each page's run (bounded: at most 60)")
    parser.add_argument("--mix-seconds", type=int, default=60, help="the mixed run at 64 connections (at most 120)")
    args = parser.parse_args()
    seconds, mix_seconds = min(args.seconds, 60), min(args.mix_seconds, 120)
    if not shutil.which("wrk"):
        sys.exit("bench/load.py needs Debian's wrk: apt-get install wrk")

    port = serving.free_port()
    env = production_env(port)
    for step in (["migrate", "--noinput"], ["seed", "--skip-history"], ["collectstatic", "--noinput"]):
        subprocess.run([sys.executable, "manage.py", *step], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
    server = subprocess.Popen(
        [str(Path(sys.executable).parent / "gunicorn"), "delgosea.wsgi", "-c", "python:delgosea.gunicorn_conf"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{base}/healthz", timeout=1)
                break
            except OSError:
                time.sleep(0.3)
        results = {}
        for name, path in TARGETS.items():
            wrk(base + path, 2, 16)  # warm-up: connections, compiled templates, the page cache
            results[name] = {"path": path, **wrk(base + path, seconds, 16)}
        with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
            paths = ", ".join(json.dumps(p) for p in MIX)
            script.write(
                f"local paths = {{{paths}}}\nlocal i = 0\n"
                "request = function()\n  i = i + 1\n  return wrk.format('GET', paths[(i % #paths) + 1])\nend\n"
            )
        mix = wrk(base + "/", mix_seconds, 64, script.name)
        os.unlink(script.name)
        cookie = sign_in(base, env)
        wrk(base + DASHBOARD, 2, 16, cookie=cookie)
        dashboard = {"path": DASHBOARD, **wrk(base + DASHBOARD, seconds, 16, cookie=cookie)}
    finally:
        server.terminate()
        server.wait(timeout=30)
        bench_user_removed(env)

    floor = results["floor: bare view, one query"]
    print(
        f"\n{'target':30} {'req/s':>9} {'p99 ms':>8} {'× floor':>8} {'errors':>7}   (16 connections, {seconds} s each)"
    )
    for name, row in results.items():
        row["ratio_to_floor"] = round(row["requests_per_s"] / floor["requests_per_s"], 2)
        rate, p99, ratio = row["requests_per_s"], row["p99_ms"], row["ratio_to_floor"]
        print(f"{name:30} {rate:9.1f} {p99:8.2f} {ratio:8.2f} {row['errors']:7}")
    print(
        f"{'mix of public pages, 64 conn.':30} {mix['requests_per_s']:9.1f} {mix['p99_ms']:8.2f} "
        f"{mix['requests_per_s'] / floor['requests_per_s']:8.2f} {mix['errors']:7}   ({mix_seconds} s)"
    )
    for measure in ("median_ms", "p99_ms"):
        dashboard[f"{measure}_to_floor"] = round(dashboard[measure] / max(floor[measure], 0.01), 2)
    print(
        f"\n{'signed-in dashboard, 16 conn.':30} {dashboard['requests_per_s']:9.1f} {dashboard['p99_ms']:8.2f} "
        f"{dashboard['requests_per_s'] / floor['requests_per_s']:8.2f} {dashboard['errors']:7}   "
        f"(latency: median {dashboard['median_ms']:.1f} ms = {dashboard['median_ms_to_floor']}× the floor's, "
        f"p99 {dashboard['p99_ms_to_floor']}× the floor's; target within 5×)"
    )
    load = os.getloadavg()
    report = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {"cores": os.cpu_count(), "system": platform.platform(), "load_average_at_end": load},
        "gunicorn_workers": 2,
        "cache": "redis" if os.environ.get("REDIS_URL") else "local memory",
        "pages": results,
        "mix_64_connections": {"seconds": mix_seconds, "paths": MIX, **mix},
        "dashboard_signed_in": dashboard,
    }
    out = ROOT / "bench" / "results" / "load.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    print(f"\nload average at the end: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; written to {out.relative_to(ROOT)}")
    failed = [name for name, row in results.items() if row["errors"]] + (["mix"] if mix["errors"] else [])
    failed += ["dashboard"] if dashboard["errors"] else []
    if failed:
        sys.exit(f"errors in: {', '.join(failed)}")


if __name__ == "__main__":
    main()
