"""Exercises in a real browser, one per language: the starter fails with the page's own message,
opening a hint shows the next, the solution appears after the failed Check, and it passes; the
pass marks the page in the navigation and "Your progress" clears it (tests/browser/test_progress.py
tests the rest of the progress with a seeded record).

One page load per language; each Check gets a worker of its own (the next loads while the
test reads the verdict). Needs Chromium, Node and ``npm ci`` (the runtime): skipped with the
reason without them, mandatory when CI=true.
"""

from __future__ import annotations

import pytest

from builtsite import runtime_manifest

pytestmark = pytest.mark.browser
#: A cold runtime on a loaded two-core machine (make bench times a warm Check).
CHECK_TIMEOUT_MS = 300_000

#: One exercise per language, and what its starter's failed Check must say in that language.
CASES = {
    "en": ("receivers.html", "receivers/connect_with_sender", "Creating an Article should add its title",
           "Well done", "Try: connect a second receiver"),
    "fa": ("transactions.html", "transactions/on_commit_email", "حسابی که تراکنشش بازگردانی شد",
           "آفرین", "این را هم بیازمایید"),
}  # fmt: skip


@pytest.fixture(scope="module")
def runtime(html_root) -> dict:
    return runtime_manifest(html_root)


def press_check(page, exercise, checks: int) -> dict:
    section = page.locator(f'.exercise[data-exercise="{exercise}"]')
    section.locator(".exercise-check").click()
    page.wait_for_selector(f'.exercise[data-exercise="{exercise}"][data-checks="{checks}"]', timeout=CHECK_TIMEOUT_MS)
    return {
        "state": section.get_attribute("data-state"),
        "status": section.locator(".exercise-status").inner_text(),
        "verdict": section.locator(".exercise-verdict").inner_text(),
    }


@pytest.mark.parametrize("lang", list(CASES))
def test_an_exercise_fails_on_its_starter_hints_and_passes_with_its_solution(new_page, site_url, runtime, lang):
    html, exercise, failure, passed, then = CASES[lang]
    page = new_page(locale={"en": "en-US", "fa": "fa-IR"}[lang])
    page.goto(f"{site_url}/{lang}/{html}")
    section = page.locator(f'.exercise[data-exercise="{exercise}"]')
    assert section.locator(".exercise-solution").is_hidden(), "the solution shows before any Check"

    shown = press_check(page, exercise, 1)
    assert shown["state"] == "failed", shown
    assert failure in shown["verdict"], shown
    assert section.locator(".runnable-output").text_content(), "pytest's output is not there to unfold"

    hints = section.locator(".exercise-hint")
    assert hints.nth(1).is_hidden()
    hints.nth(0).locator("summary").click()
    assert hints.nth(0).locator("p").is_visible() and hints.nth(1).is_visible(), "the next hint did not appear"

    solution = section.locator(".exercise-solution")
    assert solution.is_visible(), "a failed Check did not offer the solution"
    solution.locator("summary").click()
    section.locator(".exercise-editor").fill(solution.locator("pre").text_content())
    shown = press_check(page, exercise, 2)
    assert shown["state"] == "passed", shown
    assert passed in shown["status"] and then in shown["verdict"], shown

    # The pass is remembered (progress.js): the page's navigation link gets its mark, and
    # "Your progress" clears it once the reader confirms.
    page.wait_for_selector(".wy-menu-vertical li.current > a .progress-mark[data-progress='all']", state="attached")
    page.goto(f"{site_url}/{lang}/progress.html")
    assert page.locator(f'li[data-exercise="{exercise}"][data-progress="all"]').count() == 1
    page.once("dialog", lambda dialog: dialog.accept())
    page.locator(".progress-clear").click()
    page.wait_for_selector(f'li[data-exercise="{exercise}"][data-progress="none"]')
    assert page.locator(".progress-mark").count() == 0, "Clear left a mark in the navigation"
