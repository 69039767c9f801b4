"""Browser tests: Playwright for Python drives Debian's Chromium (/usr/bin/chromium).

Playwright's own browser download cannot run here, so the tests launch the system
Chromium; .ci/run installs it (with fonts-thai-tlwg) where it is missing.
"""

import os
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
AXE = Path(__file__).resolve().parent / "vendor" / "axe.min.js"

# Playwright's sync API runs an event loop in the test thread; Django's ORM refuses
# to run where a loop is running unless told that this is safe, as it is in a test.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def phone(browser):
    """A page at a phone's size, in a fresh context."""
    context = browser.new_context(viewport={"width": 360, "height": 740}, device_scale_factor=2, is_mobile=True)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture(params=[320, 1280], ids=["phone-320", "laptop-1280"])
def screen(request, browser):
    """A page at a small phone's width and at a laptop's, in a fresh context: a test that takes it
    runs at both, as the public pages' tests must."""
    width = request.param
    context = browser.new_context(viewport={"width": width, "height": 800}, is_mobile=width < 400)
    page = context.new_page()
    yield page
    context.close()


def fits(page):
    """Whether the page fits its viewport's width, with no sideways scrolling."""
    return page.evaluate("() => document.documentElement.scrollWidth") <= page.viewport_size["width"]


@pytest.fixture
def portal(live_server, transactional_db, seeded):
    """The live portal with the programme's facts loaded (without their first versions)."""
    return live_server.url


def axe_violations(page):
    """The accessibility violations axe-core finds on the page (WCAG 2.x A and AA)."""
    # Evaluated through the browser's devtools, which the page's Content-Security-Policy
    # (no inline scripts) does not govern; a <script> tag would be refused.
    page.evaluate(AXE.read_text())
    result = page.evaluate(
        "() => axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
    )
    return [(v["id"], [n["target"] for n in v["nodes"]]) for v in result["violations"]]
