"""signals_docs.chrome.viewport: one viewport tag per page, the theme's; other metadata kept."""

import pytest


@pytest.mark.sphinx("html", testroot="viewport")
def test_every_page_has_one_viewport_tag(app, built):
    for page in ("index.html", "other.html", "genindex.html", "search.html"):
        html = built(page)
        assert html.count('name="viewport"') == 1, page
        assert '<meta name="viewport" content="width=device-width, initial-scale=1.0" />' in html, page
    assert '<meta content="a page with metadata of its own" name="description" />' in built("other.html")
