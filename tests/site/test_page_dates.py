"""Every page says when its content last changed (sphinx-last-updated-by-git, conf.py)."""

import re
import subprocess

import pytest

from builtsite import built_pages
from sitepaths import ROOT

pytestmark = pytest.mark.build

MODIFIED = re.compile(r'<meta property="article:modified_time" content="(\d{4}-\d\d-\d\dT[^"]+)"')


def in_git() -> bool:
    return subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--git-dir"], capture_output=True).returncode == 0


def test_every_page_from_a_source_carries_its_last_change(html_root):
    if not in_git():
        pytest.skip("built outside a git checkout: pages carry no dates by design")
    undated = []
    for path in built_pages(html_root):
        if path.endswith(("search.html", "genindex.html")) or "/_" in path:
            continue
        html = (html_root / path).read_text(encoding="utf-8")
        meta = MODIFIED.search(html)
        footer = html.split("<footer>")[-1]
        if not meta or meta.group(1)[:10] not in footer:
            undated.append(path)
    assert not undated, f"pages without a last-updated date: {undated}"
