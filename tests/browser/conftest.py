"""Fixtures of the browser tests: Debian's Chromium driven by Playwright against the live
server (DEBUG off, so every response carries the Content-Security-Policy), axe-core injected
into the pages, and screenshots kept as artefacts.

Chromium comes from `make browser-deps` (Debian's `chromium`, installed as root) and axe-core
from the npm lockfile beside this file. Where either is missing the tests are skipped, unless
IPCASES_BROWSER_REQUIRED=1 (`make test-browser`, CI), where they fail.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from tests.browser.corpus import build_catalogue

CHROMIUM = Path(os.environ.get("IPCASES_CHROMIUM", "/usr/bin/chromium"))
AXE = Path(__file__).parent / "node_modules" / "axe-core" / "axe.min.js"
ARTIFACTS = Path(os.environ.get("IPCASES_ARTIFACTS", "test-artifacts")) / "browser"
WIDTHS = {"desktop": (1280, 800), "phone": (390, 844)}
# Records every Content-Security-Policy violation the page meets, for the tests to read.
CSP_LISTENER = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(event.violatedDirective + " " + event.blockedURI);
});
"""


def _missing(what: str) -> None:
    if os.environ.get("IPCASES_BROWSER_REQUIRED") == "1":
        pytest.fail(f"{what} is missing: run `make browser-deps` (as root for Chromium)")
    pytest.skip(f"{what} is missing: `make browser-deps` installs it")


@pytest.fixture(scope="session")
def chromium() -> Iterator:
    if not CHROMIUM.exists():
        _missing(f"Chromium ({CHROMIUM})")
    if not AXE.exists():
        _missing(f"axe-core ({AXE})")
    # Playwright's sync API keeps an event loop running in this thread, which Django takes for
    # async code; the test's database calls are synchronous all the same.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM))
        yield browser
        browser.close()


@pytest.fixture(params=sorted(WIDTHS))
def width(request) -> str:
    return request.param


@pytest.fixture
def page(chromium, width, live_server):
    viewport_width, height = WIDTHS[width]
    context = chromium.new_context(
        viewport={"width": viewport_width, "height": height},
        base_url=live_server.url,
        accept_downloads=True,
    )
    context.set_default_timeout(10_000)
    context.add_init_script(CSP_LISTENER)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def catalogue(transactional_db) -> dict:
    return build_catalogue()


@pytest.fixture
def shoot(page, width, request):
    """Save a full-page screenshot named after the test, the width and a step."""
    folder = ARTIFACTS / request.node.originalname
    folder.mkdir(parents=True, exist_ok=True)

    def shoot(step: str) -> None:
        page.screenshot(path=str(folder / f"{step}-{width}.png"), full_page=True)

    return shoot


@pytest.fixture
def axe(page):
    """Run axe-core in the page: the serious and critical violations, as readable lines."""
    source = AXE.read_text()

    def check() -> list[str]:
        page.evaluate(source)
        result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
        return [
            f"{v['impact']} {v['id']}: {v['help']} ({len(v['nodes'])}× e.g. "
            f"{v['nodes'][0]['target']})"
            for v in result["violations"]
            if v["impact"] in ("serious", "critical")
        ]

    return check


def csp_violations(page) -> list[str]:
    return page.evaluate("window.__cspViolations")
