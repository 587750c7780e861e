#!/usr/bin/env python3
"""Search quality: the benchmark queries on this site beside a plain Sphinx build.

Usage: .venv/bin/python scripts/bench_search.py [--site _build/html] [--baseline DIR] [--misses]

Runs every query of tests/site/search_queries.toml through the search page of
the built site (``make html`` first) and of a plain sphinx-rtd-theme build of the
same pages without the project's extensions (built into a temporary folder, or
reused from --baseline), in headless Chromium, and prints recall@1, recall@3,
mean reciprocal rank and section@1 per language, and the size of each language's
search index. Targets (issues 16 and 25): recall@3 >= 0.9 and MRR >= 0.8 in each
language, clearly ahead of plain Sphinx; the search vocabulary
(locale/<lang>/search-words.toml) rides on the search page, so the index does not grow.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from _paths import ROOT
from bench import baseline_build  # one plain build, the same as the weight benchmark's
from builtsite import serve
from chromium import CHROMIUM, CHROMIUM_ARGS
from search_quality import LANGUAGES, load_queries, rankings, score, table


def build_baseline(out: Path) -> Path:
    """sphinx-build both languages with sphinx-rtd-theme and no project extension."""
    baseline_build(ROOT, out)
    return out / "html"


def measure(browser, html_root: Path, queries) -> dict:
    with serve(html_root) as url:
        page = browser.new_page()
        results = {lang: score(queries[lang], rankings(page, url, lang, queries[lang])) for lang in LANGUAGES}
        page.close()
    return results


def compare(site: Path, baseline: Path) -> dict:
    """Scores of both builds, by site and language."""
    from playwright.sync_api import sync_playwright

    queries = load_queries()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        rows = {
            name: measure(browser, root, queries) for name, root in (("this site", site), ("plain Sphinx", baseline))
        }
        browser.close()
    return rows


def index_sizes(rows: dict[str, Path]) -> str:
    """Bytes of each build's searchindex.js and of its search page, per language."""
    lines = [f"{'site':<14} {'lang':<4} {'searchindex.js':>15} {'search.html':>12}"]
    for name, root in rows.items():
        for lang in LANGUAGES:
            index = (root / lang / "searchindex.js").stat().st_size
            page = (root / lang / "search.html").stat().st_size
            lines.append(f"{name:<14} {lang:<4} {index:>15,} {page:>12,}")
    return "\n".join(lines)


def report(site: Path, baseline: Path) -> str:
    """The table of both builds (for scripts/bench.py, which builds them in its snapshot)."""
    return table(compare(site, baseline)) + "\n\n" + index_sizes({"this site": site, "plain Sphinx": baseline})


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, default=ROOT / os.environ.get("BUILDDIR", "_build") / "html")
    parser.add_argument("--baseline", type=Path, help="a plain build's html folder to reuse (default: build one)")
    parser.add_argument("--misses", action="store_true", help="list the queries not answered first")
    args = parser.parse_args()
    if not all((args.site / lang / "search.html").is_file() for lang in LANGUAGES):
        parser.error(f"{args.site} holds no built site: run 'make html' first")
    with tempfile.TemporaryDirectory(prefix="signals-search-bench-") as tmp:
        baseline = args.baseline or build_baseline(Path(tmp))
        rows = compare(args.site, baseline)
        print(table(rows))
        print()
        print(index_sizes({"this site": args.site, "plain Sphinx": baseline}))
    if args.misses:
        for site, by_lang in rows.items():
            for lang, scores in by_lang.items():
                print(f"\n{site}, {lang}: not first ({len(scores.misses)})")
                for query, rank, top in scores.misses:
                    print(f"  {query!r}: rank {rank}; top {top}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
