#!/usr/bin/env python3
"""Budgets of the Run buttons (issue 15), for `make bench`.

Usage: .venv/bin/python scripts/bench_runnable.py [BUILDDIR/html] [--runs N]
(scripts/bench.py calls bench_runnable() on its own snapshot build.)

* first-load growth of each page before Run is pressed: the Run markup, the CSP
  meta, the loader's tags and the files every such page loads (runnable.js,
  runnable.css), at most 5 KB;
* the runtime's size on disk (uncompressed), at most 17 MB;
* cold click-to-result: a fresh browser context (empty cache) opens a page and
  presses Run; the median of N, at most 6 s;
* a second run on the same page, at most 1 s;
* requests that leave the site: zero.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "tests" / "site"), str(ROOT / "docs" / "_ext")]
from builtsite import built_pages, on_site, serve  # noqa: E402
from signals_docs.site import CHROMIUM, CHROMIUM_ARGS  # noqa: E402
from sitepaths import route_guard  # noqa: E402

PAGE = "en/custom-signals.html"
EXAMPLE = "custom_signals/shipping.py"
GROWTH = re.compile(
    r'<div class="runnable".*?</div>|<meta http-equiv="Content-Security-Policy"[^>]*>'
    r"|<script[^>]*runnable\.js[^>]*></script>|<link[^>]*runnable\.css[^>]*/?>",
    re.DOTALL,
)


def first_load_growth(html_root: Path) -> dict[str, int]:
    """Bytes each page gains from the feature before Run is pressed."""
    growth = {}
    for path in built_pages(html_root):
        html = (html_root / path).read_text(encoding="utf-8")
        total = sum(len(m.group(0).encode()) for m in GROWTH.finditer(html))
        static = html_root / path.split("/")[0] / "_static"
        for name in ("runnable.js", "runnable.css"):
            if name in html and (static / name).is_file():
                total += (static / name).stat().st_size
        growth[path] = total
    return growth


def click_to_result(html_root: Path, browser, runs: int = 3) -> tuple[list[float], list[float], list[str]]:
    """Cold and second-run seconds, and the URLs of requests that left the site."""
    outside: list[str] = []
    cold, second = [], []

    with serve(html_root) as site:
        for _ in range(runs):
            context = browser.new_context()
            context.route("**/*", route_guard(on_site, outside))
            page = context.new_page()
            page.goto(f"{site}/{PAGE}", wait_until="load")
            box = f'.runnable[data-example="{EXAMPLE}"]'
            for n, times in ((1, cold), (2, second)):
                start = time.perf_counter()
                page.click(f"{box} .runnable-run")
                page.wait_for_selector(f'{box}[data-runs="{n}"]', timeout=600_000)
                times.append(time.perf_counter() - start)
                state = page.get_attribute(box, "data-state")
                if state != "passed":
                    raise RuntimeError(f"{PAGE} {EXAMPLE}: run {n} ended {state!r}")
            context.close()
    return cold, second, outside


def bench_runnable(html_root: Path, browser, runs: int = 3) -> list[tuple[str, str, str, str]]:
    """Rows for scripts/bench.py's table: (measure, this site, baseline, target)."""
    manifest = html_root / "runtime" / "manifest.json"
    if not manifest.is_file():
        return [("Run buttons: runtime not built (needs npm)", "-", "-", "")]
    growth = first_load_growth(html_root)
    heaviest = max(growth, key=growth.get)
    size = json.loads(manifest.read_text())["bytes"]
    cold, second, outside = click_to_result(html_root, browser, runs)
    return [
        (f"Run: first-load growth, heaviest page ({heaviest})", f"{growth[heaviest] / 1000:.1f} KB", "-", "<= 5 KB"),
        ("Run: runtime size (uncompressed)", f"{size / 1e6:.2f} MB", "-", "<= 17 MB"),
        (f"Run: cold click to result, median of {runs}", f"{statistics.median(cold):.1f} s", "-", "<= 6 s"),
        ("Run: second run, same page (median)", f"{statistics.median(second):.2f} s", "-", "<= 1 s"),
        ("Run: requests outside the site", str(len(outside)), "-", "0"),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("html_root", nargs="?", type=Path, default=ROOT / "_build" / "html")
    parser.add_argument("--runs", type=int, default=3, help="cold runs to take the median of")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        rows = bench_runnable(args.html_root, browser, args.runs)
        browser.close()
    width = max(len(row[0]) for row in rows)
    for name, mine, _, target in rows:
        print(f"{name:<{width}}  {mine:>10}  {target}")


if __name__ == "__main__":
    sys.exit(main())
