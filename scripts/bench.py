#!/usr/bin/env python3
"""Benchmark the site against a plain sphinx-rtd-theme build of the same pages.

Usage: make bench   (or .venv/bin/python scripts/bench.py [--skip-test])

Prints one table, measured in this run, side by side:
  * clean build of both languages (the project's `make html`: doctests, example
    tests, en, fa, root files) vs sphinx-build en + fa with only myst-parser,
    doctest, extlinks and sphinx-rtd-theme's defaults;
  * incremental rebuild of one language after touching one page;
  * `make test` (the project only; --skip-test leaves it out);
  * first-load transfer of every page (uncompressed bytes, measured in
    Chromium: HTML, CSS, scripts, fonts actually used, images), and the same
    files as a host that gzips text would send them; median and heaviest page
    per language.
Everything runs in a snapshot of the sources under a temporary folder, so the
work tree is not touched and concurrent edits do not skew the figures.
Targets (issue 7): clean build < 60 s, incremental < 5 s, site >= 3x lighter;
(issue 27) every page's first load within builtsite.FIRST_LOAD_BUDGET, uncompressed.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _paths import ROOT
from bench_runnable import bench_runnable
from builtsite import FIRST_LOAD_BUDGET, built_pages, gzipped_size, serve, transfer_sizes
from chromium import CHROMIUM, CHROMIUM_ARGS
from signals_docs.site import LANGUAGES, django_docs
from snapshot import snapshot as copy_sources

VENV = ROOT / ".venv"
TOUCHED_PAGE = "docs/why-signals.md"

BASELINE_CONF = """
# A plain sphinx-rtd-theme build of the same pages: no project extensions.
import os, sys
sys.path.insert(0, {examples!r})
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "signals_site.settings")
project = "Django Signals"
extensions = ["myst_parser", "sphinx.ext.doctest", "sphinx.ext.extlinks", "sphinx_rtd_theme"]
html_theme = "sphinx_rtd_theme"
exclude_patterns = ["_ext", "**/README.md"]
locale_dirs = [{locale!r}]
gettext_compact = False
myst_enable_extensions = ["colon_fence", "deflist", "attrs_inline"]
extlinks = {{"djangodoc": ({django_docs!r} + "%s", "%s"),
            "djangoticket": ("https://code.djangoproject.com/ticket/%s", "#%s")}}
"""


def run(command: list[str], cwd: Path, env: dict | None = None) -> tuple[float, int]:
    start = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, env={**os.environ, **(env or {})}, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode:
        tail = "\n".join((result.stdout + result.stderr).strip().splitlines()[-25:])
        print(f"  ! {' '.join(command[:4])}... exited {result.returncode}:\n{tail}", file=sys.stderr)
    return elapsed, result.returncode


def snapshot(into: Path) -> Path:
    return copy_sources(into / "site", links=("node_modules",))


def baseline_build(tree: Path, out: Path) -> float:
    confdir = out / "conf"
    confdir.mkdir(parents=True)
    (confdir / "conf.py").write_text(
        BASELINE_CONF.format(examples=str(tree / "examples"), locale=str(tree / "locale"), django_docs=django_docs()),
        encoding="utf-8",
    )
    total = 0.0
    for lang in LANGUAGES:
        elapsed, _ = run(baseline_command(confdir, out, lang), cwd=tree)
        total += elapsed
    return total


def baseline_command(confdir: Path, out: Path, lang: str) -> list[str]:
    """sphinx-build of the plain build of ``lang`` into ``out/html/<lang>``."""
    return [
        str(VENV / "bin" / "sphinx-build"), "-c", str(confdir), "-b", "html", "-D", f"language={lang}", "-q",
        "-d", str(out / "doctrees" / lang), "docs", str(out / "html" / lang),
    ]  # fmt: skip


def page_weights(html_root: Path, browser) -> tuple[dict[str, int], dict[str, int]]:
    """First-load bytes of every page, measured as tests/browser/test_weight.py does:
    uncompressed, and as a host that gzips text would send them."""
    raw, gzipped = {}, {}
    with serve(html_root) as url:
        for path in built_pages(html_root):
            context = browser.new_context()
            context.route(
                "**/*", lambda route: route.continue_() if "127.0.0.1" in route.request.url else route.abort()
            )
            sizes = transfer_sizes(context.new_page(), f"{url}/{path}")
            raw[path] = sum(sizes.values())
            gzipped[path] = sum(gzipped_size(html_root, url, address, size) for address, size in sizes.items())
            context.close()
    return raw, gzipped


def kb(value: float) -> str:
    return f"{value / 1000:,.0f} KB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--skip-test", action="store_true", help="do not time `make test` (minutes)")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory(prefix="signals-bench-") as tmp:
        tree = snapshot(Path(tmp))
        make = ["make", f"VENV={VENV}", "BUILDDIR=_bench"]
        print("Clean builds...", file=sys.stderr)
        clean, status = run([*make, "html"], cwd=tree)
        base_clean = baseline_build(tree, Path(tmp) / "baseline")
        rows.append(
            (
                "clean build, en + fa" + (" (FAILED)" if status else ""),
                f"{clean:.1f} s",
                f"{base_clean:.1f} s",
                "< 60 s",
            )
        )

        print("Incremental rebuild...", file=sys.stderr)
        (tree / TOUCHED_PAGE).touch()
        incremental, _ = run([*make, "html-en"], cwd=tree)
        base_conf = Path(tmp) / "baseline" / "conf"
        (tree / TOUCHED_PAGE).touch()
        base_incremental, _ = run(baseline_command(base_conf, Path(tmp) / "baseline", "en"), cwd=tree)
        rows.append(
            (
                f"rebuild after touching {TOUCHED_PAGE} (en)",
                f"{incremental:.1f} s",
                f"{base_incremental:.1f} s",
                "< 5 s",
            )
        )

        print("Page weights...", file=sys.stderr)
        from playwright.sync_api import sync_playwright

        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            ours, ours_gzip = page_weights(tree / "_bench" / "html", browser)
            theirs, theirs_gzip = page_weights(Path(tmp) / "baseline" / "html", browser)
            rows_runnable = bench_runnable(tree / "_bench" / "html", browser)  # Run buttons (issue 15)
            browser.close()
        target = f"<= {FIRST_LOAD_BUDGET // 1000} KB"
        for lang in LANGUAGES:
            for label, mine_all, base_all, goal in (
                ("raw", ours, theirs, target),
                ("gzip", ours_gzip, theirs_gzip, ""),
            ):
                mine = {k: v for k, v in mine_all.items() if k.startswith(lang + "/")}
                base = [v for k, v in base_all.items() if k.startswith(lang + "/")]
                pages = {k: v for k, v in mine.items() if not k.endswith("/search.html")}
                heaviest = max(pages, key=pages.get)
                rows.append(
                    (f"first load per page, {lang}, {label} (median)", kb(statistics.median(mine.values())),
                     kb(statistics.median(base)), goal)
                )  # fmt: skip
                rows.append(
                    (f"first load, {lang}, {label}, heaviest page ({heaviest})", kb(pages[heaviest]), kb(max(base)), goal)
                )  # fmt: skip
            rows.append(
                (
                    f"first load, {lang}/search.html with its index (raw)",
                    kb(ours[f"{lang}/search.html"]),
                    kb(theirs[f"{lang}/search.html"]),
                    "index: own budget",
                )
            )
        print("Search quality...", file=sys.stderr)
        import bench_search  # here: it imports this module's BASELINE_CONF

        search_table = bench_search.report(tree / "_bench" / "html", Path(tmp) / "baseline" / "html")
        ratio = statistics.mean(theirs.values()) / statistics.mean(ours.values())
        rows.append(("site lighter than baseline (mean page)", f"{ratio:.1f}x", "1.0x", ">= 3x"))
        rows += rows_runnable

        if not args.skip_test:
            print("make test...", file=sys.stderr)
            test_time, status = run([*make, "test"], cwd=tree, env={"BUILDDIR": "_bench"})
            rows.append(("make test" + (" (FAILED)" if status else ""), f"{test_time:.0f} s", "-", ""))

    width = max(len(row[0]) for row in rows)
    print(f"\n{'measure':<{width}}  {'this site':>12}  {'plain rtd':>12}  target")
    print("-" * (width + 40))
    for name, mine, base, target in rows:
        print(f"{name:<{width}}  {mine:>12}  {base:>12}  {target}")
    print(f"\nSearch quality (tests/site/search_queries.toml; targets: recall@3 >= 0.9, MRR >= 0.8)\n{search_table}")


if __name__ == "__main__":
    main()
