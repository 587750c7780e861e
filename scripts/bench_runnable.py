#!/usr/bin/env python3
"""Budgets of the Run buttons (issues 15 and 21), for `make bench`.

Usage: .venv/bin/python scripts/bench_runnable.py [BUILDDIR/html] [--runs N]
(scripts/bench.py calls bench_runnable() on its own snapshot build.)

* first-load growth of each page before Run is pressed: the Run markup, the CSP
  meta, the loader's tags and the files every such page loads (runnable.js,
  runnable.css), at most 5 KB;
* the runtime's size (uncompressed at most 17 MB), and what a host serving gzip or
  brotli would send;
* cold click-to-result, timed in the page from the click to the first frame that shows
  the result (WATCH): a fresh browser context (empty cache) opens a page and
  presses Run; the median of N, at most 3 s (issue 21); and the same when the
  pointer rests on the button for a second first (loading starts on pointing);
* a later Run, each from a clean state (a fresh interpreter), once the next Run's
  interpreter has loaded in the background: at most 1 s; and how long that
  background load takes after a Run;
* an exercise's Check once the runtime is loaded (issue 23): the reader's first Check
  loads it, then each later Check, from a clean state (a fresh interpreter, as Run),
  once the next interpreter has loaded in the background and started the exercise's tests
  (worker.mjs: they wait for the answer where the first test imports it): median at most
  1 s; beside it the seconds pytest reports for that session, begun before the answer;
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

from _paths import ROOT
from builtsite import built_pages, on_site, serve
from chromium import CHROMIUM, CHROMIUM_ARGS
from sitepaths import route_guard

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


#: Watches, in the page, what a reader waits for: from the click (the event's own timestamp) to the
#: first frame drawn after the result is shown (``attribute`` becomes ``n``). Timed from Python,
#: Playwright's round trips (the click's actionability checks, polling for the attribute) added
#: about 0.3 s to every Run.
WATCH = """([button, box, attribute, n]) => {
  const target = document.querySelector(box);
  let clicked = null;
  document.querySelector(button).addEventListener("click", (event) => { clicked = event.timeStamp; },
    { capture: true, once: true });
  self.benchTiming = new Promise((resolve) => new MutationObserver((_, observer) => {
    if (target.getAttribute(attribute) !== String(n)) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => resolve((performance.now() - clicked) / 1000)));
  }).observe(target, { attributes: true, attributeFilter: [attribute] }));
}"""


def timed_click(page, button: str, box: str, attribute: str, n: int) -> float:
    """Seconds from clicking ``button`` to the first frame after ``box``'s ``attribute`` says ``n``."""
    page.evaluate(WATCH, [button, box, attribute, n])
    page.click(button)
    return page.evaluate("self.benchTiming")


def click_to_result(html_root: Path, browser, runs: int = 3) -> dict[str, list]:
    """Seconds of cold, pointed-at-first and later Runs, the background loads, and the
    URLs of requests that left the site."""
    found: dict[str, list] = {"cold": [], "pointed": [], "later": [], "spare": [], "outside": []}
    box = f'.runnable[data-example="{EXAMPLE}"]'

    def run(page, n: int) -> float:
        seconds = timed_click(page, f"{box} .runnable-run", box, "data-runs", n)
        state = page.get_attribute(box, "data-state")
        if state != "passed":
            raise RuntimeError(f"{PAGE} {EXAMPLE}: run {n} ended {state!r}")
        return seconds

    with serve(html_root) as site:
        for _ in range(runs):
            for pointed in (False, True):
                context = browser.new_context()
                context.route("**/*", route_guard(on_site, found["outside"]))
                page = context.new_page()
                page.goto(f"{site}/{PAGE}", wait_until="load")
                if pointed:
                    page.hover(f"{box} .runnable-run")
                    page.wait_for_timeout(1000)
                    found["pointed"].append(run(page, 1))
                else:
                    found["cold"].append(run(page, 1))
                    for n in (2, 3):
                        found["spare"].append(spare_loaded(page))
                        found["later"].append(run(page, n))
                context.close()
    return found


def spare_loaded(page, kind: str = "run") -> float:
    """Seconds until the next Run's (or Check's) interpreter has loaded in the background."""
    start = time.perf_counter()
    page.wait_for_function(
        f"() => self.runnableUI && self.runnableUI.spareReady({kind!r})", timeout=600_000, polling=50
    )
    return time.perf_counter() - start


CHECK_PAGE = "en/receivers.html"
EXERCISE = "receivers/connect_with_sender"
#: pytest's own summary line: "1 passed in 0.42s".
PYTEST_SECONDS = re.compile(r" in ([0-9.]+)s")


def check_times(html_root: Path, browser, checks: int = 5) -> dict[str, list]:
    """Seconds of the first (cold) Check of EXERCISE's solution and of ``checks`` later ones, each from a
    fresh interpreter loaded in the background; pytest's own seconds of each later Check; requests that
    left the site."""
    found: dict[str, list] = {"cold": [], "later": [], "pytest": [], "outside": []}
    section = f'.exercise[data-exercise="{EXERCISE}"]'
    solution = (ROOT / "exercises" / EXERCISE / "solution.py").read_text(encoding="utf-8")
    with serve(html_root) as site:
        context = browser.new_context()
        context.route("**/*", route_guard(on_site, found["outside"]))
        page = context.new_page()
        page.goto(f"{site}/{CHECK_PAGE}", wait_until="load")
        page.locator(section).scroll_into_view_if_needed()
        page.wait_for_selector(f"{section} .exercise-hint", state="attached")  # the page's parts loaded
        page.fill(f"{section} .exercise-editor", solution)
        for n in range(1, checks + 2):
            if n > 1:
                spare_loaded(page, "check")
            seconds = timed_click(page, f"{section} .exercise-check", section, "data-checks", n)
            if page.get_attribute(section, "data-state") != "passed":
                raise RuntimeError(f"{CHECK_PAGE} {EXERCISE}: Check {n} did not pass")
            found["cold" if n == 1 else "later"].append(seconds)
            said = PYTEST_SECONDS.findall(page.locator(f"{section} .runnable-output").text_content())
            if n > 1 and said:
                found["pytest"].append(float(said[-1]))
        context.close()
    return found


def transfer_sizes(runtime: Path) -> tuple[int, int]:
    """Bytes of the runtime's files gzip-compressed (level 6) and brotli-compressed (quality 5), as a host sends them."""
    import gzip

    import brotli

    files = [p for p in runtime.iterdir() if p.is_file()]
    gz = sum(len(gzip.compress(p.read_bytes(), 6, mtime=0)) for p in files)
    br = sum(len(brotli.compress(p.read_bytes(), quality=5)) for p in files)
    return gz, br


def bench_runnable(html_root: Path, browser, runs: int = 3) -> list[tuple[str, str, str, str]]:
    """Rows for scripts/bench.py's table: (measure, this site, baseline, target)."""
    manifest = html_root / "runtime" / "manifest.json"
    if not manifest.is_file():
        return [("Run buttons: runtime not built (needs npm)", "-", "-", "")]
    growth = first_load_growth(html_root)
    heaviest = max(growth, key=growth.get)
    size = json.loads(manifest.read_text())["bytes"]
    gz, br = transfer_sizes(html_root / "runtime")
    found = click_to_result(html_root, browser, runs)
    checked = check_times(html_root, browser)
    median = statistics.median
    return [
        (f"Run: first-load growth, heaviest page ({heaviest})", f"{growth[heaviest] / 1000:.1f} KB", "-", "<= 5 KB"),
        ("Run: runtime size (uncompressed)", f"{size / 1e6:.2f} MB", "-", "<= 17 MB"),
        ("Run: runtime sent gzip / brotli", f"{gz / 1e6:.2f} / {br / 1e6:.2f} MB", "-", ""),
        (f"Run: cold click to result, median of {runs}", f"{median(found['cold']):.1f} s", "-", "<= 3 s"),
        ("Run: cold, pointer on Run 1 s before the click", f"{median(found['pointed']):.1f} s", "-", ""),
        ("Run: later Run, fresh interpreter (median)", f"{median(found['later']):.2f} s", "-", "<= 1 s"),
        ("Run: next interpreter loads in the background", f"{median(found['spare']):.1f} s", "-", ""),
        ("Run: requests outside the site", str(len(found["outside"])), "-", "0"),
        (f"Check: first Check ({EXERCISE}, cold)", f"{checked['cold'][0]:.1f} s", "-", ""),
        (
            f"Check: later Check, fresh interpreter (median of {len(checked['later'])})",
            f"{median(checked['later']):.2f} s",
            "-",
            "<= 1 s",
        ),
        (
            "Check: pytest's session, begun before the answer (median)",
            f"{median(checked['pytest'] or [0]):.2f} s",
            "-",
            "",
        ),
        ("Check: requests outside the site", str(len(checked["outside"])), "-", "0"),
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
