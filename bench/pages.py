"""Page weight and Lighthouse scores of the public pages, as a first-time visitor gets them.

    make bench            # or: .venv/bin/python bench/pages.py

Serves the seeded portal as in production (DEBUG off, collected and compressed static
files with cache headers) on 127.0.0.1, then for each page in Thai and English:

- opens it in Debian's Chromium with an empty cache and counts the requests and the
  bytes transferred (compressed, as they crossed the wire: HTML, CSS, fonts, images);
- runs Lighthouse 12 (bench/node_modules, `npm ci` in bench/) on the home, catalogue
  and practice pages for its performance and accessibility scores (mobile, simulated
  slow 4G, as Lighthouse does by default).

Prints a Markdown table and writes bench/results/pages.json. Every request goes to
127.0.0.1; the run ends its server and browser by itself.
"""

import json
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import serving  # noqa: E402
from delgosea import dbserver  # noqa: E402  (starts the embedded PostgreSQL when DATABASE_URL is unset)

PORT = 8765
BASE = f"http://127.0.0.1:{PORT}"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
LIGHTHOUSE = ROOT / "bench" / "node_modules" / ".bin" / "lighthouse"
BUDGET = 200 * 1024
PAGES = {
    "home": "/",
    "catalogue": "/practices/",
    "catalogue, filtered": "/practices/?theme=3&country=PH",
    "catalogue, search": "/practices/?q=%E0%B8%99%E0%B9%89%E0%B8%B3%E0%B9%80%E0%B8%AA%E0%B8%B5%E0%B8%A2",
    "practice": "/practices/10/",
    "themes": "/themes/",
    "local governments": "/local-governments/",
    "local government": "/local-governments/yala/",
    "map": "/map/",
    "programme": "/programme/",
}
LIGHTHOUSE_PAGES = ["home", "catalogue", "practice"]
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update"


def production_env():
    return serving.production_env(dbserver.ensure_database_url(), SECURE_COOKIES="0")


def manage(env, *args):
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)


def serve(env):
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{PORT}"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(100):
        try:
            urllib.request.urlopen(f"{BASE}/en/", timeout=1)
            return server
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit("the portal did not start")


def weigh(browser, url):
    """Requests and bytes on the wire for a first visit, and the static files' cache header."""
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True)
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    sizes, cache = {}, set()
    cdp.on("Network.loadingFinished", lambda event: sizes.__setitem__(event["requestId"], event["encodedDataLength"]))
    page.on(
        "response",
        lambda response: cache.add(response.headers.get("cache-control", "-")) if "/static/" in response.url else None,
    )
    page.goto(url, wait_until="networkidle")
    page.evaluate("() => document.fonts.ready")
    page.wait_for_timeout(200)
    context.close()
    return {"requests": len(sizes), "bytes": sum(sizes.values()), "static_cache_control": sorted(cache)}


def lighthouse(url, tries=3):
    """Lighthouse's scores for the page; it sometimes fails to record a trace (NO_NAVSTART), so try again."""
    if not LIGHTHOUSE.exists():
        return None
    for _ in range(tries):
        scores = _lighthouse_once(url)
        if "error" not in scores:
            break
    return scores


def _lighthouse_once(url):
    result = subprocess.run(
        [
            str(LIGHTHOUSE),
            url,
            "--only-categories=performance,accessibility",
            "--output=json",
            "--quiet",
            f"--chrome-flags={CHROME_FLAGS}",
        ],
        env={**os.environ, "CHROME_PATH": CHROMIUM},
        capture_output=True,
        text=True,
        timeout=180,
    )
    if result.returncode != 0:
        return {"error": result.stderr.strip().splitlines()[-1:] or ["lighthouse failed"]}
    report = json.loads(result.stdout)
    scores = {name: category["score"] for name, category in report["categories"].items()}
    if None in scores.values():
        return {"error": [report.get("runtimeError", {}).get("code", "no score")]}
    return {name: round(score * 100) for name, score in scores.items()}


def main():
    from playwright.sync_api import sync_playwright

    env = production_env()
    manage(env, "migrate", "--noinput")
    manage(env, "seed")
    manage(env, "collectstatic", "--noinput", "--clear")
    server = serve(env)
    rows = []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROME_FLAGS.split()[1:])
            for name, path in PAGES.items():
                for language in ("th", "en"):
                    url = f"{BASE}/{language}{path}"
                    row = {"page": name, "language": language, "path": f"/{language}{path}", **weigh(browser, url)}
                    if name in LIGHTHOUSE_PAGES:
                        row["lighthouse"] = lighthouse(url)
                    rows.append(row)
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=10)

    print("| page | lang | requests | KB transferred | within 200 KB | Lighthouse perf / a11y |")
    print("|---|---|---|---|---|---|")
    for row in rows:
        scores = row.get("lighthouse")
        if scores and "error" not in scores:
            lh = f"{scores['performance']} / {scores['accessibility']}"
        else:
            lh = "—" if scores is None else f"error: {scores['error']}"
        ok = "yes" if row["bytes"] <= BUDGET else "NO"
        print(f"| {row['page']} | {row['language']} | {row['requests']} | {row['bytes'] / 1024:.1f} | {ok} | {lh} |")
    print("\nCache-Control of static files:", sorted({c for row in rows for c in row["static_cache_control"]}))
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / "pages.json").write_text(json.dumps(rows, indent=2, ensure_ascii=False))
    return 0 if all(row["bytes"] <= BUDGET for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
