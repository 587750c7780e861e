"""Fixtures of the browser checks: the built site served locally, a headless browser,
and one visit per page shared by the checks that look at every page.

Browser tests drive Debian's Chromium through Playwright (never a downloaded
browser). Where Chromium is missing they skip with the reason, except when
CI=true: there .ci/run installs it and a skip would hide a broken check.
"""

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from builtsite import TEST_BROWSER, axe_violations, on_site, require, serve, transfer_sizes
from chromium import CHROMIUM_ARGS
from sitepaths import guarded_pages, html_root, route_guard  # noqa: F401  (html_root is a fixture)

HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(items):
    """Run the browser tests last. Playwright's sync API keeps an event loop running
    while the session's browser is open, and neither pytest-asyncio's tests nor
    Django's async-unsafe guard can work beside it."""
    items.sort(key=lambda item: HERE in item.path.parents)  # stable: keeps each group's order


@pytest.fixture(scope="session")
def site_url(html_root):  # noqa: F811
    """Serve the built site on 127.0.0.1 (a free port) for the session."""
    with serve(html_root) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    require(
        TEST_BROWSER.is_file(),
        f"Chromium not found at {TEST_BROWSER} (Debian: apt-get install chromium-headless-shell)",
    )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(TEST_BROWSER), args=CHROMIUM_ARGS, headless=True)
        yield launched
        launched.close()


def page_opener(browser):
    """Yield ``open(width, height, **options)`` for pages whose requests must stay on 127.0.0.1;
    once done, fail if any request left."""
    pages = guarded_pages(browser, on_site, "requests left the site's origin")
    open_page = next(pages)
    # bypass_csp: these tests inject their tools (axe, wait_for_function predicates) into the page,
    # which the site's Content-Security-Policy refuses; test_runnable.py checks the policy itself.
    yield lambda width=1280, height=900, **options: open_page(
        viewport={"width": width, "height": height}, **{"bypass_csp": True, **options}
    )
    next(pages, None)


@pytest.fixture
def new_page(browser, site_url):
    """Open pages with a given viewport; fail the test if any request leaves 127.0.0.1."""
    yield from page_opener(browser)


@pytest.fixture(scope="module")
def module_new_page(browser, site_url):
    """``new_page`` for pages a module's tests share (closed when the module is done)."""
    yield from page_opener(browser)


@pytest.fixture
def page(new_page):
    """A desktop-sized page."""
    return new_page()


@dataclass
class Visit:
    """What one first visit to a page (empty cache) showed."""

    path: str  # under the site root, e.g. "fa/why-signals.html"
    width: int
    theme: str | None  # the <html data-theme> the page applied ("light" or "dark")
    sizes: dict[str, int]  # response URL -> body bytes (builtsite.transfer_sizes)
    errors: list[str] = field(default_factory=list)  # console errors and uncaught exceptions
    outside: list[str] = field(default_factory=list)  # requests refused for leaving the site
    axe: list[dict] | None = None  # serious/critical violations; None if axe was not run


@pytest.fixture(scope="session")
def visit(browser, site_url):
    """``visit(path, width=1280, axe=False, theme="light") -> Visit``: each page is loaded
    once per width and system colour scheme for the whole session, and the weight,
    console and accessibility checks share it (loaded again only if axe is asked for
    and the first load did not run it)."""
    done: dict[tuple[str, int, str], Visit] = {}

    def load(path: str, width: int = 1280, axe: bool = False, theme: str = "light") -> Visit:
        seen = done.get((path, width, theme))
        if seen is None or (axe and seen.axe is None):
            seen = first_visit(browser, f"{site_url}/{path}", path, width, axe, theme)
            done[path, width, theme] = seen
        return seen

    return load


def first_visit(browser, url: str, path: str, width: int, axe: bool, theme: str) -> Visit:
    # bypass_csp: axe is injected into the page; the policy itself is checked in test_runnable.py.
    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=theme, bypass_csp=True)
    result = Visit(path, width, None, {})

    context.route("**/*", route_guard(on_site, result.outside))
    page = context.new_page()
    page.on(
        "console", lambda message: result.errors.append(f"console: {message.text}") if message.type == "error" else None
    )
    page.on("pageerror", lambda error: result.errors.append(f"uncaught: {error}"))
    try:
        result.sizes = transfer_sizes(page, url)
        result.theme = page.get_attribute("html", "data-theme")
        if axe:
            result.axe = axe_violations(page)
    finally:
        context.close()
    return result
