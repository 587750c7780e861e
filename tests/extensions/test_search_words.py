"""signals_docs.search.search_words: the vocabulary read from its data file and written on the search page only.

How a query uses it is measured in a browser by tests/browser/test_search_quality.py.
"""

import json
from pathlib import Path

import pytest
from sphinx.errors import ConfigError

from signals_docs.search import search_words
from sitepaths import LANGUAGES

LOCALE = Path(__file__).resolve().parents[2] / "locale"


@pytest.mark.sphinx("html", testroot="search_words")
def test_the_search_page_carries_the_vocabulary(built):
    page = built("search.html")
    assert 'var SEARCH_WORDS = {"also": {"send": ["fire", "trigger"]}' in page
    assert '"stop": ["why"]' in page and '"keep": ["where"]' in page


@pytest.mark.sphinx("html", testroot="search_words")
def test_other_pages_do_not(built):
    assert "SEARCH_WORDS" not in built("index.html")


@pytest.mark.sphinx("html", testroot="site_search")
def test_a_project_without_the_file_builds_without_it(built):
    assert "SEARCH_WORDS" not in built("search.html")


def test_the_sites_files_load():
    for lang in LANGUAGES:
        vocabulary = search_words.load(LOCALE / lang / search_words.FILENAME)
        assert vocabulary["also"] and vocabulary["stop"]
        json.dumps(vocabulary)  # written on the page as JSON


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[also]\n"two words" = ["x"]', "a page word is one word"),
        ('[also]\nsend = "fire"', "expected a list of words"),
        ("[synonyms]\nsend = []", "unknown tables"),
        ('[spoken]\nendings = [["ه"]]', "pairs"),
    ],
)
def test_a_malformed_file_stops_the_build_naming_the_entry(tmp_path, text, message):
    path = tmp_path / search_words.FILENAME
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        search_words.load(path)
