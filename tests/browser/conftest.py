"""Fixtures of the site checks: the built site, a local server, and a headless browser.

Browser tests drive Debian's Chromium through Playwright (never a downloaded
browser). Where Chromium is missing they skip with the reason, except when
CI=true: there .ci/run installs it and a skip would hide a broken check.
"""

import functools
import http.server
import threading
from urllib.parse import urlsplit

import pytest
from builtsite import CHROMIUM, CHROMIUM_ARGS, require
from sitepaths import guarded_pages, html_root  # noqa: F401  (html_root is a fixture)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


@pytest.fixture(scope="session")
def site_url(html_root):  # noqa: F811
    """Serve the built site on 127.0.0.1 (a free port) for the session."""
    handler = functools.partial(_QuietHandler, directory=str(html_root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def browser():
    require(CHROMIUM.is_file(), f"Chromium not found at {CHROMIUM} (Debian: apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield launched
        launched.close()


@pytest.fixture
def new_page(browser, site_url):
    """Open pages with a given viewport; fail the test if any request leaves 127.0.0.1."""
    pages = guarded_pages(
        browser, lambda url: urlsplit(url).hostname == "127.0.0.1", "requests left the site's origin"
    )
    open_page = next(pages)
    yield lambda width=1280, height=900, **options: open_page(viewport={"width": width, "height": height}, **options)
    next(pages, None)


@pytest.fixture
def page(new_page):
    """A desktop-sized page."""
    return new_page()
