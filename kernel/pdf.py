"""A page as a PDF: its print view rendered by Chromium (Playwright's page.pdf). The dashboard's
report and the practices' case sheets use it.

The same Chromium the browser tests use shapes Thai correctly and keeps the text searchable.
It runs in a child process with a time limit, so that a browser that hangs or is missing
costs the request a clear message, never the server. The page loads nothing from the
network: the static files are served from disk by a route, every other request is refused.

    python -m kernel.pdf PAGE.html OUT.pdf STATIC_DIR "FOOTER TEXT"
"""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from django.conf import settings

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
ORIGIN = "http://print.invalid"


class PdfError(Exception):
    """The PDF could not be made; the message says why, for the log."""


def render(html, static_dir, footer):
    """The PDF of a page (bytes); PdfError when Chromium fails or takes too long."""
    with tempfile.TemporaryDirectory() as folder:
        page, out = Path(folder) / "page.html", Path(folder) / "page.pdf"
        page.write_text(html, encoding="utf-8")
        timeout = settings.PDF_TIMEOUT_SECONDS  # below gunicorn's worker timeout: see settings.py
        try:
            done = subprocess.run(
                [sys.executable, "-m", "kernel.pdf", str(page), str(out), str(static_dir), footer],
                capture_output=True,
                timeout=timeout,
                cwd=Path(__file__).resolve().parent.parent,
            )
        except subprocess.TimeoutExpired as error:
            raise PdfError(f"Chromium took more than {timeout} s") from error
        if done.returncode != 0 or not out.exists():
            raise PdfError(done.stderr.decode(errors="replace")[-2000:])
        return out.read_bytes()


def main(page, out, static_dir, footer):
    from playwright.sync_api import sync_playwright

    html = Path(page).read_text(encoding="utf-8")
    static = Path(static_dir).resolve()

    def serve(route):
        path = route.request.url.removeprefix(ORIGIN)
        if path.split("?")[0] in ("/", ""):
            return route.fulfill(body=html, content_type="text/html; charset=utf-8")
        if path.startswith("/static/"):
            file = (static / path.removeprefix("/static/").split("?")[0]).resolve()
            if file.is_file() and static in file.parents:
                return route.fulfill(path=str(file))
        return route.abort()

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        try:
            browser_page = browser.new_page()
            browser_page.route("**/*", serve)
            browser_page.goto(f"{ORIGIN}/", wait_until="networkidle")
            browser_page.emulate_media(media="print")
            footer_html = (
                '<div style="font-size:8px;width:100%;padding:0 12mm;display:flex;justify-content:space-between">'
                f"<span>{footer}</span>"
                '<span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>'
            )
            browser_page.pdf(
                path=out,
                format="A4",
                print_background=True,
                display_header_footer=True,
                header_template="<span></span>",
                footer_template=footer_html,
                margin={"top": "12mm", "bottom": "16mm", "left": "12mm", "right": "12mm"},
            )
        finally:
            browser.close()


if __name__ == "__main__":
    main(*sys.argv[1:5])
