"""search/persian: a Persian build indexes stems, and its search page splits queries the same way.

The rules themselves (normalising, splitting, stemming) are tested in
tests/site/test_persian_search.py, and against the browser in
tests/browser/test_browser_search.py.
"""

import json

import pytest

from signals_docs.search import persian as ps


@pytest.mark.sphinx("html", testroot="persian")
def test_the_index_holds_persian_stems_and_english_identifiers(app, built):
    data = json.loads(built("searchindex.js").removeprefix("Search.setIndex(").removesuffix(")"))
    assert ps.stem("سیگنال‌ها") == "سیگنال" and "سیگنال" in data["titleterms"]
    assert ps.stem("گیرنده‌ها") == "گیرنده" and "گیرنده" in data["terms"]
    assert "post_sav" in data["terms"]  # English words stem as on the English site
    assert not [term for term in data["terms"] if "ها" in term], "inflected forms are indexed under their stems"
    assert not app.warning.getvalue()


@pytest.mark.sphinx("html", testroot="persian")
def test_the_search_page_gets_the_persian_splitter(built):
    script = built("_static/language_data.js")
    assert "PersianSearch" in script and "splitQuery = SearchRanking.splitQuery;" in script
    assert json.dumps(ps.rules(), ensure_ascii=False, sort_keys=True) in script
