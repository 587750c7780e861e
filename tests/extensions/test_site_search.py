"""signals_docs.search.site_search: the ranking script wired in, the index ordered and in UTF-8."""

import json
from collections import Counter
from pathlib import Path

import pytest
from sphinx.search.en import SearchEnglish

from signals_docs.search import site_search


def _index(app) -> tuple[str, dict]:
    text = (app.outdir / "searchindex.js").read_text(encoding="utf-8")
    assert text.startswith("Search.setIndex(") and text.endswith(")")
    return text, json.loads(text.removeprefix("Search.setIndex(").removesuffix(")"))


@pytest.mark.sphinx("html", testroot="site_search")
def test_pages_of_a_term_are_ordered_by_how_often_they_use_it(app):
    app.build()
    _, data = _index(app)
    docs = data["docnames"]
    # b-about uses «giraffe» six times, a-mention once: b-about first, although
    # Sphinx numbers (and would list) a-mention first.
    # d-terms holds it once, as a glossary term, which counts twice.
    assert [docs[i] for i in data["terms"]["giraff"]] == ["b-about", "d-terms", "a-mention"]  # 6, 2, 1
    assert docs.index("a-mention") < docs.index("b-about")


@pytest.mark.sphinx("html", testroot="site_search")
def test_the_index_is_written_in_utf8(app):
    app.build()
    text, data = _index(app)
    assert "café" in text and "\\u00e9" not in text
    assert "café" in data["terms"] or "caf" in data["terms"]


@pytest.mark.sphinx("html", testroot="site_search")
def test_language_data_carries_the_scorer_and_the_splitter(built):
    script = built("_static/language_data.js")
    assert site_search.SCRIPT.read_text(encoding="utf-8") in script
    assert "splitQuery = SearchRanking.splitQuery;" in script
    assert "var Scorer = {" in script


def test_a_projects_own_scorer_is_kept():
    class Config:
        html_search_scorer = "mine.js"

    config = Config()
    site_search._use_the_scorer(None, config)
    assert config.html_search_scorer == "mine.js"
    config.html_search_scorer = ""
    site_search._use_the_scorer(None, config)
    assert config.html_search_scorer == str(site_search.SCRIPT)


def test_term_counts_stem_and_filter_as_sphinx_does():
    texts = [("the giraffes and a giraffe", 1), ("2026 giraffe", 2)]
    counts = site_search.term_counts(SearchEnglish({}), texts)
    assert counts == Counter({"giraff": 4})  # stopwords and numbers left out, as in the index


def test_order_by_frequency_keeps_single_pages_and_breaks_ties_by_number():
    data = {
        "docnames": ["a", "b", "c"],
        "terms": {"x": [0, 1, 2], "y": 1},
        "titleterms": {"x": [0, 2]},
    }
    site_search.order_by_frequency(data, {"a": {"x": 1}, "b": {"x": 1}, "c": {"x": 5}})
    assert data["terms"] == {"x": [2, 0, 1], "y": 1}
    assert data["titleterms"] == {"x": [2, 0]}


def test_a_file_that_is_not_an_index_stops_the_build(tmp_path):
    class App:
        outdir = tmp_path
        env = None

        class builder:
            format = "html"
            search = True

    (tmp_path / "searchindex.js").write_text("var index = {};", encoding="utf-8")
    with pytest.raises(ValueError, match=r"searchindex\.js: not a Sphinx search index"):
        site_search.write_index(App(), None)


@pytest.mark.sphinx("html", testroot="site_search", freshenv=True)
def test_index_entries_are_written_as_sphinx_writes_them(app):
    # Sphinx 9.2's IndexBuilder.load does not read index entries back, so an
    # incremental build kept only those of the pages it rewrote; write_index
    # writes them again from the environment, the way IndexBuilder.freeze does.
    # When upstream changes its format, this fails.
    app.build()
    _, data = _index(app)
    sphinx_own = json.loads(json.dumps(app.builder.indexer.freeze()["indexentries"]))
    assert data["indexentries"] == sphinx_own
    assert sphinx_own["giraffe"] == [[data["docnames"].index("d-terms"), "term-giraffe", True]]
    assert json.loads(json.dumps(site_search.index_entries(app.env, data["docnames"]))) == sphinx_own


def test_the_wrapped_summary_function_is_the_one_it_was_written_for():
    # site_search.js wraps Search.makeSearchSummary (Sphinx has no hook for the
    # summary's text): it hands it prose only and trims the ends to whole words,
    # which assumes Sphinx's "..." + 240 characters + "..." cut. When Sphinx
    # changes the function, read the new one, adjust the wrapper, update the hash.
    import hashlib
    import re

    import sphinx

    searchtools = (Path(sphinx.__file__).parent / "themes" / "basic" / "static" / "searchtools.js").read_text(
        encoding="utf-8"
    )
    signature = r"\n  makeSearchSummary: \(htmlText, keywords, anchor\) => \{\n.*?\n  \},\n"
    function = re.search(signature, searchtools, re.S)
    assert function, "searchtools.js no longer defines Search.makeSearchSummary(htmlText, keywords, anchor)"
    assert hashlib.sha256(function.group(0).encode()).hexdigest() == (
        "5c863f768d0f538db9970a69828cdccaf840a3aa5f12b04bccb8d2d7c67cce9e"
    ), "Search.makeSearchSummary changed upstream: check the wrapper in site_search.js"
