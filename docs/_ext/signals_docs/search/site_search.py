"""Search that puts the right page first, through Sphinx's public search hooks.

Why: Sphinx scores a page by the best place one query word appears (a heading
or the body) and breaks ties by title, so for ``on_commit`` the page that
teaches it came last of eight; a page is listed only if it holds every word, so
a reader's longer question often found nothing; a typo found nothing.

``site_search.js`` re-ranks with Sphinx's own index (see its header). This
module wires it in, with public API only:

* the search vocabulary (:mod:`signals_docs.search.search_words`, set up from here):
  how readers ask, data in ``locale/<lang>/search-words.toml``, on the search page;
* ``html_search_scorer`` (a config value) puts the script into
  ``language_data.js`` of every language; the script sets ``Scorer`` and
  ``splitQuery``, the two hooks searchtools.js leaves to a site. A language
  with its own splitting (``signals_docs.search.persian``) hands it to the script in its
  ``js_splitter_code``, which language_data.js places after the scorer;
* :func:`write_index` rewrites ``searchindex.js``, still Sphinx's format: each
  term's list of pages ordered by how often the page uses the word (Sphinx
  orders them by page number, and keeps no count), so the script can prefer
  the page that is about a word over one that mentions it; and its letters as
  UTF-8 instead of ``\\uXXXX`` escapes (the Persian index shrinks by ~40%).
  Sphinx reads it back either way. The counts are taken when a page is read
  (:func:`count_terms`), with the language's own splitter, stemmer and filter,
  as Sphinx's indexer does. The index entries (glossary terms) are written
  again from the environment (:func:`index_entries`): Sphinx 9.2's
  ``IndexBuilder.load`` does not read them back, so an incremental build kept
  only those of the pages it rewrote (no upstream issue found; pinned by
  tests/extensions/test_site_search.py).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.search import SearchLanguage, languages
from sphinx.search.en import SearchEnglish
from sphinx.util.index_entries import split_index_msg

SCRIPT = Path(__file__).with_suffix(".js")
#: How a language's js_splitter_code gives the script its own word splitting.
SPLITTER = "SearchRanking.split = {split};\nsplitQuery = SearchRanking.splitQuery;"
INDEX_PREFIX, INDEX_SUFFIX = "Search.setIndex(", ")"


def _use_the_scorer(app: Sphinx, config) -> None:
    if not config.html_search_scorer:
        config.html_search_scorer = str(SCRIPT)


def search_language(config) -> SearchLanguage:
    """The search language Sphinx's indexer uses for this build (English where none fits)."""
    code = config.html_search_language or config.language or "en"
    language = languages.get(code) or languages.get(code.partition("_")[0]) or SearchEnglish
    if isinstance(language, str):  # "module.Class", as Sphinx lists some languages
        module, _, name = language.rpartition(".")
        language = getattr(__import__(module, fromlist=[name]), name)
    return language(config.html_search_options)


#: How much one occurrence counts: an API name in running text (inline code) and a
#: glossary term say more about what a page is about than a word of prose.
WEIGHTS = {nodes.literal: 2, nodes.term: 2}


def _searchable_texts(node: nodes.Node, weight: int = 1):
    """(text, weight) of the text nodes Sphinx's indexer reads: not comments, raw output or ``no-search``."""
    if isinstance(node, (nodes.comment, nodes.raw)):
        return
    if isinstance(node, nodes.Element) and "no-search" in node["classes"]:
        return
    weight = max(weight, WEIGHTS.get(type(node), 1))
    if isinstance(node, nodes.Text):
        yield node.astext(), weight
    for child in node.children:
        yield from _searchable_texts(child, weight)


def term_counts(language: SearchLanguage, texts) -> Counter:
    """How often each index term occurs (weighted), stemmed and filtered as Sphinx's indexer does."""
    counts: Counter = Counter()
    for text, weight in texts:
        for word in language.split(text):
            term = language.stem(word).lower()
            if not language.word_filter(term) and language.word_filter(word):
                term = word
            if language.word_filter(term):
                counts[term] += weight
    return counts


def count_terms(app: Sphinx, doctree: nodes.document) -> None:
    counts = getattr(app.env, "signals_search_terms", {})
    counts[app.env.docname] = dict(term_counts(search_language(app.config), _searchable_texts(doctree)))
    app.env.signals_search_terms = counts


def _purge(app: Sphinx, env: BuildEnvironment, docname: str) -> None:
    getattr(env, "signals_search_terms", {}).pop(docname, None)


def _merge(app: Sphinx, env: BuildEnvironment, docnames, other: BuildEnvironment) -> None:
    counts = getattr(env, "signals_search_terms", {})
    counts.update({d: c for d, c in getattr(other, "signals_search_terms", {}).items() if d in docnames})
    env.signals_search_terms = counts


def order_by_frequency(data: dict, counts: dict[str, dict[str, int]]) -> None:
    """Order each term's pages by the term's count on the page, most first (ties: page number)."""
    docnames = data["docnames"]
    for table in ("terms", "titleterms"):
        for term, ids in data[table].items():
            if isinstance(ids, list):
                ids.sort(key=lambda i: (-counts.get(docnames[i], {}).get(term, 0), i))


def index_entries(env: BuildEnvironment, docnames: list[str]) -> dict[str, list[tuple[int, str, bool]]]:
    """The ``indexentries`` of the search index, for every page, as ``IndexBuilder`` makes them."""
    recorded = env.domains.index_domain.entries  # {docname: [(type, value, target id, main, key)]}
    entries: dict[str, list[tuple[int, str, bool]]] = {}
    for number, docname in enumerate(docnames):
        found: set[tuple[str, str, str]] = set()
        for entry_type, value, target_id, main, _key in recorded.get(docname, ()):
            try:
                parts = split_index_msg(entry_type, value)
            except ValueError:
                continue
            if entry_type in {"see", "seealso"}:
                found.add((parts[0], target_id or "", main))
            found |= {(part, target_id or "", main) for part in parts}
        for entry, target_id, main in sorted(found):
            entries.setdefault(entry.lower(), []).append((number, target_id, main == "main"))
    return entries


def write_index(app: Sphinx, exception: Exception | None) -> None:
    """Rewrite ``searchindex.js``: pages ordered by term frequency, letters as UTF-8."""
    if exception or app.builder.format != "html" or not getattr(app.builder, "search", False):
        return
    path = Path(app.outdir) / "searchindex.js"
    if not path.is_file():
        return
    text = path.read_text(encoding="utf-8")
    if not (text.startswith(INDEX_PREFIX) and text.endswith(INDEX_SUFFIX)):
        raise ValueError(f"{path}: not a Sphinx search index (expected {INDEX_PREFIX}...{INDEX_SUFFIX})")
    data = json.loads(text.removeprefix(INDEX_PREFIX).removesuffix(INDEX_SUFFIX))
    order_by_frequency(data, getattr(app.env, "signals_search_terms", {}))
    data["indexentries"] = index_entries(app.env, data["docnames"])
    compact = json.dumps(data, separators=(",", ":"), sort_keys=True, ensure_ascii=False)
    path.write_text(INDEX_PREFIX + compact + INDEX_SUFFIX, encoding="utf-8")


def setup(app: Sphinx) -> dict:
    app.setup_extension("signals_docs.search.search_words")  # the vocabulary the script reads
    app.connect("config-inited", _use_the_scorer)
    app.connect("doctree-read", count_terms)
    app.connect("env-purge-doc", _purge)
    app.connect("env-merge-info", _merge)
    app.connect("build-finished", write_index)
    return {"version": "1", "env_version": 2, "parallel_read_safe": True, "parallel_write_safe": True}
