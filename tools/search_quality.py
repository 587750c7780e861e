"""The search benchmark: readers' queries run through a built site's own search code.

Each query of ``tests/site/search_queries.toml`` goes through the search
page of the built site in Chromium: Sphinx's ``Search`` of searchtools.js, with
whatever the site adds to it (splitter, stemmer, ``Scorer``). The ranking is the
order in which the page lists its results; a query is answered at rank *r* when
the *r*-th result is its ``page`` or one of its ``also`` pages.

Used by ``scripts/bench_search.py`` (``make bench``: this site beside a plain
Sphinx build) and ``tests/browser/test_search_quality.py`` (the gate in ``make test``).
"""

from __future__ import annotations

import dataclasses
import tomllib
from pathlib import Path

from sitepaths import LANGUAGES, ROOT

QUERIES = ROOT / "tests" / "site" / "search_queries.toml"
#: Kinds of query written as learners ask: a problem described, a question in a
#: learner's words, spoken Persian, a loan word the edition does not use.
LEARNER_KINDS = frozenset({"problem", "question", "colloquial", "loan"})

#: Runs one query as Search.query does, minus the display: the ranked results as
#: [docname, anchor], best first (_displayNextItem shows the array from its end).
RUN_QUERIES = """
queries => queries.map(query => {
  const parsed = Search._parseQuery(query);
  const results = Search._performSearch(...parsed);
  return results.reverse().map(([docname, , anchor]) => [docname, anchor]);
})
"""


@dataclasses.dataclass(frozen=True)
class Query:
    query: str
    page: str
    kind: str
    section: str = ""
    also: tuple[str, ...] = ()

    @property
    def pages(self) -> set[str]:
        return {self.page, *self.also}


def load_queries(path: Path = QUERIES) -> dict[str, list[Query]]:
    """The queries of each language; a malformed entry stops with its language and number."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    queries = {}
    for lang in LANGUAGES:
        entries = data.get(lang, [])
        queries[lang] = []
        for number, entry in enumerate(entries, 1):
            try:
                queries[lang].append(Query(**{**entry, "also": tuple(entry.get("also", ()))}))
            except TypeError as error:
                raise ValueError(f"{path}: [[{lang}]] entry {number} ({entry.get('query')!r}): {error}") from None
    return queries


def open_search(page, site_url: str, lang: str) -> None:
    """Open ``lang``'s search page with its index and search rules loaded. The page loads
    them only when it has a query to answer (docs/_templates/search.html), so it is opened
    with one, and handed back once that search has shown its last result."""
    page.goto(f"{site_url}/{lang}/search.html?q=signal")
    page.wait_for_function(
        "() => typeof Search !== 'undefined' && Search.hasIndex() && Search.title && !Search.title.contains(Search.dots)",
        timeout=20_000,
    )


def rankings(page, site_url: str, lang: str, queries: list[Query]) -> list[list[tuple[str, str]]]:
    """Open ``lang``'s search page once and run every query through its search code."""
    open_search(page, site_url, lang)
    return ranked(page, queries)


def ranked(page, queries: list[Query]) -> list[list[tuple[str, str]]]:
    """The rankings of ``queries`` by the search code of a search page ``open_search`` opened. The
    code keeps nothing from one query to the next, so one page answers any number of them."""
    found = page.evaluate(RUN_QUERIES, [q.query for q in queries])
    return [[tuple(result) for result in results] for results in found]


def rank(query: Query, results: list[tuple[str, str]]) -> int | None:
    """The 1-based position of the first result on an expected page, or None."""
    for position, (docname, _anchor) in enumerate(results, 1):
        if docname in query.pages:
            return position
    return None


@dataclasses.dataclass
class Scores:
    queries: int
    recall_at_1: float
    recall_at_3: float
    mrr: float
    section_at_1: float  # of the queries with a section: the first result is that section
    misses: list[tuple[str, int | None, list[tuple[str, str]]]]  # query, rank, top results


def score(queries: list[Query], found: list[list[tuple[str, str]]]) -> Scores:
    ranks = [rank(q, results) for q, results in zip(queries, found, strict=True)]
    with_section = [(q, results) for q, results in zip(queries, found, strict=True) if q.section]
    sections = sum(1 for q, results in with_section if results and results[0] == (q.page, "#" + q.section))
    count = len(queries)
    return Scores(
        queries=count,
        recall_at_1=sum(1 for r in ranks if r == 1) / count,
        recall_at_3=sum(1 for r in ranks if r is not None and r <= 3) / count,
        mrr=sum(1 / r for r in ranks if r) / count,
        section_at_1=sections / len(with_section) if with_section else 0.0,
        misses=[(q.query, r, results[:3]) for q, r, results in zip(queries, ranks, found, strict=True) if r != 1],
    )


def table(rows: dict[str, dict[str, Scores]]) -> str:
    """One line per (site, language): recall@1, recall@3, MRR, section@1."""
    lines = [f"{'site':<14} {'lang':<4} {'queries':>7} {'recall@1':>9} {'recall@3':>9} {'MRR':>6} {'section@1':>10}"]
    for site, by_lang in rows.items():
        for lang, s in by_lang.items():
            figures = f"{s.recall_at_1:>9.2f} {s.recall_at_3:>9.2f} {s.mrr:>6.2f} {s.section_at_1:>10.2f}"
            lines.append(f"{site:<14} {lang:<4} {s.queries:>7} {figures}")
    return "\n".join(lines)
