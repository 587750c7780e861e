"""The built pages of both languages and the local tools the quality gates use.

Shared by test_links, test_meta, test_weight, test_a11y, test_lighthouse and
scripts/bench.py, so every gate iterates the same pages as the site grows.
"""

import os
import shutil
from pathlib import Path

import pytest
from sitepaths import BUILD, LANGUAGES, ROOT

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-quic",
]  # fmt: skip
SCREENSHOTS = BUILD / "screenshots"
NODE_MODULES = ROOT / "node_modules"
AXE_JS = NODE_MODULES / "axe-core" / "axe.min.js"
LIGHTHOUSE_CLI = NODE_MODULES / "lighthouse" / "cli" / "index.js"
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
    import sys

    if str(ROOT) not in sys.path:
        sys.path.append(str(ROOT))
    import conf

    return conf
