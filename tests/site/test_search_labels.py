"""The Persian search page reports its results in Persian (search/search_page_labels on the real site)."""

import json

import pytest


@pytest.mark.build
def test_search_script_counts_results_in_persian(html_root):
    script = (html_root / "fa" / "_static" / "translations.js").read_text(encoding="utf-8")
    messages = json.loads(script[script.find("{") : script.rfind("}") + 1])["messages"]
    one, many = messages["Search finished, found one page matching the search query."]
    assert "صفحه" in one and "${resultCount}" in many
