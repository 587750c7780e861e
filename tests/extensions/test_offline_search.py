"""search/offline_search: on file:// the search page turns result summaries off; nowhere else."""

import json
import shutil
import subprocess

import pytest

from builtsite import require
from signals_docs.search.offline_search import SCRIPT, SUMMARIES


@pytest.mark.sphinx("html", testroot="offline_search")
def test_only_the_search_page_carries_the_switch(app, built):
    search = built("search.html")
    assert SCRIPT in search
    # Before Sphinx's searchtools.js, which reads the option when it shows the results.
    assert search.index(SCRIPT) < search.index("searchtools.js")
    assert SCRIPT not in built("index.html")
    assert not app.warning.getvalue()


# The script as the search page runs it, in Node with the little of a page it touches.
HARNESS = """
const listeners = {}, loaded = [];
globalThis.location = {protocol: process.argv[1], href: process.argv[1] + "//example.org/en/search.html"};
globalThis.DOCUMENTATION_OPTIONS = {SHOW_SEARCH_SUMMARY: true};
globalThis.document = {
  addEventListener: (type, listener) => { listeners[type] = listener; },
  documentElement: {dataset: {content_root: "./"}},
  getElementById: () => null,
  createElement: () => ({}),
  head: {appendChild: (script) => loaded.push(script.src)},
};
eval(process.argv[2]);
if (listeners.DOMContentLoaded) listeners.DOMContentLoaded();
console.log(JSON.stringify({summaries: DOCUMENTATION_OPTIONS.SHOW_SEARCH_SUMMARY, loaded}));
"""


def run_switch(protocol: str, script: str = SCRIPT) -> dict:
    node = shutil.which("node")
    require(node is not None, "node is not installed (Debian: apt-get install nodejs)")
    result = subprocess.run([node, "-e", HARNESS, protocol, script], capture_output=True, text=True, timeout=30)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_on_file_urls_the_switch_turns_summaries_off_and_loads_the_descriptions():
    assert run_switch("file:") == {"summaries": False, "loaded": ["file://example.org/en/" + SUMMARIES]}


@pytest.mark.parametrize("protocol", ["http:", "https:"])
def test_a_served_site_keeps_sphinx_summaries_and_loads_nothing(protocol):
    assert run_switch(protocol) == {"summaries": True, "loaded": []}
