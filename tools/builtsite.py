"""The built pages of both languages, a local server, and the tools the quality gates use.

Shared by the tests of tests/site and tests/browser and by scripts/bench*.py, so
every gate iterates the same pages, serves them the same way and weighs them the
same way as the site grows.
"""

import contextlib
import functools
import gzip
import http.server
import io
import json
import os
import re
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from chromium import CHROMIUM, CHROMIUM_HEADLESS_SHELL
from sitepaths import BUILD, LANGUAGES, ROOT

#: The browser the tests drive: the headless shell where it is installed, else Chromium.
TEST_BROWSER = CHROMIUM_HEADLESS_SHELL if CHROMIUM_HEADLESS_SHELL.is_file() else CHROMIUM
SCREENSHOTS = BUILD / "screenshots"
NODE_MODULES = ROOT / "node_modules"
AXE_JS = NODE_MODULES / "axe-core" / "axe.min.js"
LIGHTHOUSE_CLI = NODE_MODULES / "lighthouse" / "cli" / "index.js"
#: Impact levels that fail the accessibility gate (axe's four: minor, moderate, serious, critical).
FAILING_IMPACTS = {"serious", "critical"}
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]}
}
#: Folders of a language build that hold assets or sources, not pages.
NOT_PAGES = {"_static", "_sources", "_downloads", "_images"}


def built_pages(html_root: Path, languages=LANGUAGES) -> list[str]:
    """Every built page as a path under the site root, e.g. ``fa/reference/index.html``."""
    pages = []
    for lang in languages:
        base = html_root / lang
        for path in sorted(base.rglob("*.html")):
            if not NOT_PAGES.intersection(path.relative_to(base).parts):
                pages.append(path.relative_to(html_root).as_posix())
    return pages


ALTERNATE = re.compile(r'<link rel="alternate" hreflang="(\w+)" href="([^"]+)"')


def alternates(html: str) -> list[tuple[str, str]]:
    """A page's ``<link rel="alternate" hreflang>`` twins, as ``(language, href)`` in page order."""
    return ALTERNATE.findall(html)


def runtime_manifest(html_root: Path) -> dict:
    """The built runtime's manifest (``scripts/build_runtime.py``); skips without it, fails on CI."""
    manifest = html_root / "runtime" / "manifest.json"
    require(manifest.is_file(), f"{manifest} is missing: 'make runtime' needs Node and 'npm ci'")
    return json.loads(manifest.read_text(encoding="utf-8"))


def on_site(url: str) -> bool:
    """True for a request to the locally served site (``serve()`` listens on 127.0.0.1)."""
    return urlsplit(url).hostname == "127.0.0.1"


def node() -> str | None:
    """The ``node`` executable, or None."""
    return shutil.which("node")


def npm_installed() -> bool:
    """True when ``npm ci`` has installed package.json's tools."""
    return AXE_JS.is_file() and LIGHTHOUSE_CLI.is_file()


def on_ci() -> bool:
    return os.environ.get("CI") == "true"


def require(available: bool, reason: str) -> None:
    """Skip with ``reason`` where a tool is missing; fail instead on CI."""
    if available:
        return
    if on_ci():
        pytest.fail(f"{reason}; it is mandatory when CI=true (.ci/run installs it)")
    pytest.skip(reason)


def site_conf():
    """The project's conf.py as a module (BASE_URL, URL_PREFIX)."""
    import conf  # the root is on the import path (pyproject.toml's pythonpath, scripts/_paths.py)

    return conf


#: What a host compresses (Read the Docs, GitHub Pages and Lighthouse CI's own static server gzip text).
COMPRESSED_SUFFIXES = (".html", ".css", ".js", ".svg", ".json", ".txt", ".xml")


@contextlib.contextmanager
def serve(directory: Path, prefix: str = "/", compress: bool = False) -> Iterator[str]:
    """Serve ``directory`` on 127.0.0.1 (a free port) under ``prefix`` only, as a host that
    mounts the site there would; yield the base URL, without a trailing slash.

    ``compress``: gzip text files for a client that accepts it, as hosts do. Off by
    default: the weight budgets count the bytes of the files themselves."""
    if not (prefix.startswith("/") and prefix.endswith("/")):
        raise ValueError(f"serve(): the prefix must start and end with '/', not {prefix!r}")

    class Handler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format, *args):
            pass

        def translate_path(self, path):
            if not path.startswith(prefix):
                return str(Path(self.directory) / "__not_under_the_prefix__")
            return super().translate_path("/" + path[len(prefix) :])

        def send_head(self):
            path = Path(self.translate_path(self.path))  # translate_path drops the query
            accepts_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
            if not (compress and accepts_gzip and path.is_file() and path.suffix in COMPRESSED_SUFFIXES):
                return super().send_head()
            body = gzip.compress(path.read_bytes())
            self.send_response(200)
            self.send_header("Content-Type", self.guess_type(str(path)))
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            return io.BytesIO(body)

    class Server(http.server.ThreadingHTTPServer):
        def handle_error(self, request, client_address):
            pass  # a browser closing a connection early is not an error of the site

    server = Server(("127.0.0.1", 0), functools.partial(Handler, directory=str(directory)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{prefix.rstrip('/')}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


#: The first load of any page, uncompressed (issue 27): tests/browser/test_weight.py and make bench.
#: Issue 27 aims at 150 KB: every English page is there (the heaviest 137 KB), 7 of 31 Persian pages are
#: not (fa/model-signals 183 KB: its HTML 71 KB, the stylesheet 50 KB, Vazirmatn 29 KB). Lower it as pages
#: get there.
FIRST_LOAD_BUDGET = 185_000


def gzipped_size(html_root: Path, site_url: str, url: str, size: int) -> int:
    """What a host that gzips text (``COMPRESSED_SUFFIXES``) sends for ``url``, a response of
    ``serve(html_root)`` at ``site_url`` measured as ``size`` bytes; other files count as they are."""
    path = html_root / url.split("?")[0].removeprefix(site_url + "/")
    if path.suffix not in COMPRESSED_SUFFIXES or not path.is_file():
        return size
    return len(gzip.compress(path.read_bytes(), compresslevel=6, mtime=0))


def transfer_sizes(page, url: str) -> dict[str, int]:
    """Open ``url`` in the Playwright ``page``; return ``{response url: body bytes}`` of
    everything the visit fetched (uncompressed: HTML, CSS, scripts, the fonts the text
    really uses, images). The one measure of page weight, for test_weight and bench."""
    responses = []

    def record(response):
        responses.append(response)

    page.on("response", record)
    page.goto(url, wait_until="load")
    page.evaluate("document.fonts.ready.then(() => true)")
    page.remove_listener("response", record)
    sizes = {}
    for response in responses:
        address = response.url.split("?")[0]
        try:
            sizes[address] = len(response.body())
        except Exception:  # redirects and aborted requests have no body
            sizes.setdefault(address, 0)
    return sizes


def axe_violations(page) -> list[dict]:
    """axe-core's serious and critical violations on the page as it is now."""
    page.add_script_tag(path=str(AXE_JS))
    result = page.evaluate("options => axe.run(document, options)", AXE_OPTIONS)
    return [v for v in result["violations"] if v["impact"] in FAILING_IMPACTS]
