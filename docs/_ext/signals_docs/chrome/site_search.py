"""Search that puts the right page first, through Sphinx's public search hooks.

Why: Sphinx scores a page by the best place one query word appears (a heading
or the body) and breaks ties by title, so for ``on_commit`` the page that
teaches it came last of eight; a page is listed only if it holds every word, so
a reader's longer question often found nothing; a typo found nothing.

``site_search.js`` re-ranks with Sphinx's own index (see its header). This
module wires it in, with public API only:

* ``html_search_scorer`` (a config value) puts the script into
  ``language_data.js`` of every language;
* the English site gets :class:`SearchEnglishRanked`, Sphinx's English with a
  ``js_splitter_code`` that routes the query through the script; the Persian
  language (``signals_docs.persian`` / ``persian_search``) does the same after its
  own splitting;
* :func:`write_index_as_utf8` rewrites ``searchindex.js`` with its letters as
  UTF-8 instead of ``\\uXXXX`` escapes (the Persian index shrinks by ~40%);
  Sphinx reads it back either way.
"""

from __future__ import annotations

import json
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.search.en import SearchEnglish

SCRIPT = Path(__file__).with_suffix(".js")
#: What a language's js_splitter_code says to hand the query to the ranking script.
SPLITTER = "splitQuery = SearchRanking.splitQuery;"
INDEX_PREFIX, INDEX_SUFFIX = "Search.setIndex(", ")"


class SearchEnglishRanked(SearchEnglish):
    """Sphinx's English search (Snowball stemmer, stopwords), queries split by the ranking script."""

    js_splitter_code = SPLITTER


def _use_the_scorer(app: Sphinx, config) -> None:
    if not config.html_search_scorer:
        config.html_search_scorer = str(SCRIPT)


def write_index_as_utf8(app: Sphinx, exception: Exception | None) -> None:
    """Rewrite ``searchindex.js`` with UTF-8 letters, as compact as Sphinx writes it."""
    if exception or app.builder.format != "html" or not getattr(app.builder, "search", False):
        return
    path = Path(app.outdir) / "searchindex.js"
    if not path.is_file():
        return
    text = path.read_text(encoding="utf-8")
    if not (text.startswith(INDEX_PREFIX) and text.endswith(INDEX_SUFFIX)):
        raise ValueError(f"{path}: not a Sphinx search index (expected {INDEX_PREFIX}...{INDEX_SUFFIX})")
    data = json.loads(text.removeprefix(INDEX_PREFIX).removesuffix(INDEX_SUFFIX))
    compact = json.dumps(data, separators=(",", ":"), sort_keys=True, ensure_ascii=False)
    path.write_text(INDEX_PREFIX + compact + INDEX_SUFFIX, encoding="utf-8")


def setup(app: Sphinx) -> dict:
    app.add_search_language(SearchEnglishRanked)
    app.connect("config-inited", _use_the_scorer)
    app.connect("build-finished", write_index_as_utf8)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
