"""Lighthouse on the locally served site: the home page and the longest page of each language.

Budgets: accessibility, best practices and SEO 1.0; performance at least 0.95
(Lighthouse's default mobile emulation with simulated throttling; the best
of up to three runs, since timings vary with the machine's load). The pages are
served gzipped, as the host (Read the Docs) and Lighthouse CI's own static server
serve them: a throttled reader never receives the raw bytes. The raw bytes have
their own budgets (test_weight.py). Compressed, a score of 0.95 still let a
blocking jQuery back into <head> (tried: 0.95); the first and largest paint
must also be "good" by web.dev's Core Web Vitals thresholds (TIMINGS), which
that fault misses (first paint 2.1 s). Lighthouse
comes from npm (package.json; 12.x, the last line that runs on Node 20) and
drives Debian's Chromium (CHROME_PATH). Skips where Node or the npm packages
are missing, fails when CI=true. Reports go to $BUILDDIR/lighthouse/.
"""

import json
import os
import subprocess

import pytest

from builtsite import CHROMIUM, LIGHTHOUSE_CLI, node, require, serve
from sitepaths import BUILD, LANGUAGES, source_pages

pytestmark = [pytest.mark.browser, pytest.mark.slow]

BUDGETS = {"performance": 0.95, "accessibility": 1.0, "best-practices": 1.0, "seo": 1.0}
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update"
REPORTS = BUILD / "lighthouse"
PERFORMANCE_RUNS = 3
#: Lighthouse audit -> the most milliseconds it may take (web.dev's "good": FCP 1.8 s, LCP 2.5 s).
TIMINGS = {"first-contentful-paint": 1800, "largest-contentful-paint": 2500}


def longest_page(html_root, lang: str) -> str:
    pages = [f"{lang}/{page}.html" for page in source_pages() if page != "404"]
    return max(pages, key=lambda path: (html_root / path).stat().st_size)


def audited_pages(html_root) -> list[str]:
    pages = []
    for lang in LANGUAGES:
        pages += [f"{lang}/index.html", longest_page(html_root, lang)]
    return pages


def run_lighthouse(url: str, report, chrome_flags: str = CHROME_FLAGS, categories=tuple(BUDGETS)) -> dict:
    command = [
        node(), str(LIGHTHOUSE_CLI), url, "--quiet", "--output=json", f"--output-path={report}",
        f"--chrome-flags={chrome_flags}", f"--only-categories={','.join(categories)}",
        "--max-wait-for-load=30000",
    ]  # fmt: skip
    env = {**os.environ, "CHROME_PATH": str(CHROMIUM)}
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=180)
    if result.returncode != 0 or not report.is_file():
        pytest.fail(f"lighthouse failed on {url} (exit {result.returncode}): {result.stderr[-800:]}")
    return json.loads(report.read_text(encoding="utf-8"))


def failing_audits(report: dict, category: str) -> list[str]:
    audits = report["audits"]
    found = []
    for ref in report["categories"][category]["auditRefs"]:
        audit = audits[ref["id"]]
        if ref.get("weight") and audit.get("score") is not None and audit["score"] < 1:
            found.append(
                f"{ref['id']} ({audit['score']}{', ' + audit['displayValue'] if audit.get('displayValue') else ''})"
            )
    return found


@pytest.fixture(scope="module")
def site_url(html_root):
    """The built site, served compressed (the browser tests' shared server is not)."""
    with serve(html_root, compress=True) as url:
        yield url


@pytest.fixture(scope="module")
def lighthouse_ready():
    require(bool(node()), "node not found (Debian: apt-get install nodejs npm)")
    require(LIGHTHOUSE_CLI.is_file(), f"lighthouse not installed ({LIGHTHOUSE_CLI} missing): run 'npm ci'")
    require(CHROMIUM.is_file(), f"Chromium not found at {CHROMIUM}")
    REPORTS.mkdir(parents=True, exist_ok=True)


def slow_paints(report: dict) -> list[str]:
    """The TIMINGS a report misses, as 'audit 2.1 s > 1.8 s'."""
    return [
        f"{name} {report['audits'][name]['numericValue'] / 1000:.1f} s > {most / 1000:.1f} s"
        for name, most in TIMINGS.items()
        if report["audits"][name]["numericValue"] > most
    ]


def audit(url: str, report_path) -> dict:
    """Lighthouse's report; performance is timing and varies with machine load, so a run
    under budget is repeated, up to PERFORMANCE_RUNS, and the best one is kept."""
    best = None
    for _ in range(PERFORMANCE_RUNS):
        report = run_lighthouse(url, report_path)
        if best is None or (report["categories"]["performance"]["score"] or 0) > (
            best["categories"]["performance"]["score"] or 0
        ):
            best = report
        if (best["categories"]["performance"]["score"] or 0) >= BUDGETS["performance"] and not slow_paints(best):
            break
    report_path.write_text(json.dumps(best), encoding="utf-8")
    return best


def test_home_and_longest_pages_meet_the_budgets(lighthouse_ready, site_url, html_root):
    problems = []
    for path in audited_pages(html_root):
        report = audit(f"{site_url}/{path}", REPORTS / (path.replace("/", "-") + ".json"))
        if report["audits"]["uses-text-compression"]["score"] != 1:
            problems.append(f"{path}: served uncompressed, unlike the host (uses-text-compression)")
        problems += [f"{path}: {slow}" for slow in slow_paints(report)]
        for category, budget in BUDGETS.items():
            score = report["categories"][category]["score"] or 0
            if score < budget:
                problems.append(
                    f"{path}: {category} {score:.2f} < {budget} — {'; '.join(failing_audits(report, category))}"
                )
    assert not problems, "Lighthouse budgets missed (reports in $BUILDDIR/lighthouse/):\n" + "\n".join(problems)


def test_accessibility_in_the_dark_theme(lighthouse_ready, site_url, html_root):
    """The same pages with the system set to dark (Chromium's --force-dark-mode): the site follows it."""
    problems = []
    for path in audited_pages(html_root):
        report_path = REPORTS / ("dark-" + path.replace("/", "-") + ".json")
        report = run_lighthouse(
            f"{site_url}/{path}", report_path, CHROME_FLAGS + " --force-dark-mode", ["accessibility"]
        )
        score = report["categories"]["accessibility"]["score"] or 0
        if score < BUDGETS["accessibility"]:
            problems.append(f"{path}: accessibility {score:.2f} — {'; '.join(failing_audits(report, 'accessibility'))}")
    assert not problems, "Lighthouse, dark theme (reports in $BUILDDIR/lighthouse/):\n" + "\n".join(problems)
