"""chrome/offline_search: on file:// the search page turns result summaries off; nowhere else."""

import pytest

from signals_docs.chrome.offline_search import SCRIPT


@pytest.mark.sphinx("html", testroot="offline_search")
def test_only_the_search_page_carries_the_switch(app, built):
    search = built("search.html")
    assert SCRIPT in search
    # Before Sphinx's searchtools.js, which reads the option when it shows the results.
    assert search.index(SCRIPT) < search.index("searchtools.js")
    assert SCRIPT not in built("index.html")
    assert not app.warning.getvalue()


def test_the_switch_acts_on_file_urls_only():
    assert 'location.protocol === "file:"' in SCRIPT
    assert "DOCUMENTATION_OPTIONS.SHOW_SEARCH_SUMMARY = false" in SCRIPT
