"""Exercises in a real browser.

* One per language, as a reader does it: the starter fails with the page's own message,
  opening a hint shows the next, the solution appears after the failed Check, and it passes;
  the pass marks the page in the navigation and "Your progress" clears it (test_progress.py
  tests the rest of the progress with a seeded record). One page load per language; each
  Check gets a worker of its own (the next loads while the test reads the verdict). Two
  cold runtimes per language (a quarter of the browser tests' CPU each): ``make test`` runs
  the sampled language's (the same scripts, worker and runtime; the labels in the build's
  language are checked by tests/extensions/test_exercise_directive.py), CI both.
* Every exercise proved in the browser runtime (a slow gate, as the snippets' run in
  test_runnable.py, whose runner it uses): each exercise's solution passes its tests and its
  starter fails exactly the tests it declares (``starter_fails``), each Check in a fresh
  worker, as the page's Check button runs it. The native proof (tests/exercises) also runs
  the wrong answers, on every supported Django.

Needs Chromium, Node and ``npm ci`` (the runtime): skipped with the reason without them,
mandatory when CI=true.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from builtsite import on_site, runtime_manifest
from signals_docs.exercises import proof
from sitepaths import LOCALES, SAMPLED_LANGUAGE, guarded_pages, sampled
from tests.browser.test_runnable import RUN_TIMEOUT_MS, run_jobs

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


@pytest.mark.parametrize("lang", sampled(list(CASES), SAMPLED_LANGUAGE))
def test_reaching_an_exercise_brings_its_task_starter_and_hints(browser, site_url, html_root, lang):
    # The first load leaves them out (test_weight.py); exercise.js loads the page's parts (a classic
    # script) when an exercise nears the window: served, and from file:// (the offline zip), under the CSP.
    html, name, *_ = CASES[lang]
    exercise = next(e for e in proof.load(REPO / "exercises") if e.name == name)
    opener = guarded_pages(browser, lambda url: on_site(url) or url.startswith("file://"), "requests left the site")
    new_page = next(opener)
    for url in (f"{site_url}/{lang}/{html}", (html_root / lang / html).resolve().as_uri()):
        page = new_page(viewport={"width": 1280, "height": 900})
        errors: list[str] = []
        page.on(
            "console", lambda message, errors=errors: errors.append(message.text) if message.type == "error" else None
        )
        page.goto(url)
        section = page.locator(f'.exercise[data-exercise="{name}"]')
        assert not section.locator(".exercise-task").inner_text().strip(), f"{url}: the task is in the first load"
        assert section.locator(".exercise-hint").count() == 0, f"{url}: the hints are in the first load"
        section.scroll_into_view_if_needed()
        section.locator(".exercise-hint").first.wait_for(state="attached")
        assert section.locator(".exercise-task").inner_text().strip(), url
        starter = (exercise.folder / "starter.py").read_text(encoding="utf-8")
        assert section.locator(".exercise-editor").input_value() == starter, url
        hints = section.locator(".exercise-hint")
        assert hints.count() == len(exercise.data["hints"]) and hints.nth(1).is_hidden(), url
        hints.nth(0).locator("summary").click()  # a real disclosure, the next shown once it is open
        assert hints.nth(0).locator("p").is_visible() and hints.nth(1).is_visible(), url
        assert section.locator(".exercise-solution").is_hidden(), f"{url}: the solution shows before any Check"
        assert not errors, f"{url}: {errors}"
    next(opener, None)


@pytest.mark.parametrize("lang", sampled(list(CASES), SAMPLED_LANGUAGE))
def test_an_exercise_fails_on_its_starter_hints_and_passes_with_its_solution(new_page, site_url, runtime, lang):
    html, exercise, failure, passed, then = CASES[lang]
    page = new_page(locale=LOCALES[lang])
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
    # Beside pytest's output, the receivers each signal reached in the Check (issue 24), code left to right.
    dispatch = section.locator(".runnable-dispatch")
    assert dispatch.is_visible(), "the Check shows no Dispatch view"
    dispatch.locator("summary").click()
    assert dispatch.locator("li code[dir='ltr']").count() > 0, dispatch.inner_text()

    # The pass is remembered (progress.js): the page's navigation link gets its mark, and
    # "Your progress" clears it once the reader confirms.
    page.wait_for_selector(".wy-menu-vertical li.current > a .progress-mark", state="attached")
    page.goto(f"{site_url}/{lang}/progress.html")
    assert page.locator(f'li[data-exercise="{exercise}"][data-progress="all"]').count() == 1
    page.once("dialog", lambda dialog: dialog.accept())
    page.locator(".progress-clear").click()
    page.wait_for_selector(f'li[data-exercise="{exercise}"][data-progress="none"]')
    assert page.locator(".progress-mark").count() == 0, "Clear left a mark in the navigation"


@pytest.mark.parametrize("lang", list(CASES))
def test_without_scripts_an_exercise_says_where_its_files_are(new_page, site_url, html_root, lang):
    html, exercise, *_ = CASES[lang]
    page = new_page(320, 800, java_script_enabled=False, locale=LOCALES[lang])
    page.goto(f"{site_url}/{lang}/{html}")
    section = page.locator(f'.exercise[data-exercise="{exercise}"]')
    assert section.locator(".exercise-editor").is_hidden(), "an empty editor shows where no script can fill it"
    assert section.locator(".exercise-check").is_hidden(), "a Check button that cannot work is shown"
    said = page.locator(".exercise-nojs")  # once, in the page's first exercise
    assert said.count() == 1 and said.is_visible(), "the page does not say where its exercises are"
    assert f"exercises/{exercise.split('/')[0]}/" in said.inner_text(), said.inner_text()
    link = said.locator("a.examples-download")
    assert (html_root / lang / html).parent.joinpath(link.get_attribute("href")).is_file(), "the zip is not there"
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 320


#: What learners really send (issue 23, "Bad input"), and what the Check must say; each Check is followed
#: by the solution, which must pass: the next Check starts clean whatever the previous answer did.
BAD_ANSWERS = (
    ("a syntax error", "def on_save(sender, instance, created, **kwargs)\n    pass\n", "line 1"),
    ("a raise at import", 'raise RuntimeError("broken at import")\n', "RuntimeError: broken at import"),
    ("the database dropped", "from django.db import connection\n"
     'connection.cursor().execute("DROP TABLE connecting_article")\n', "no such table"),
    ("Django monkeypatched", "from django.db.models.signals import post_save\n"
     "post_save.send = lambda *args, **kwargs: []\npublished = []\n", "Creating an Article should add its title"),
    ("megabytes printed", 'print("x" * 5_000_000)\npublished = []\n', "Creating an Article should add its title"),
    ("a loop that never ends", "while True:\n    pass\n", "10 seconds"),
)  # fmt: skip


@pytest.mark.slow  # seven Checks, each in a fresh interpreter, one of them stopped after ten seconds
def test_bad_answers_get_a_clear_message_and_the_next_check_starts_clean(new_page, site_url, runtime):
    html, exercise, *_ = CASES["en"]
    solution = (REPO / "exercises" / exercise / "solution.py").read_text(encoding="utf-8")
    page = new_page(locale=LOCALES["en"])
    page.goto(f"{site_url}/en/{html}")
    editor = page.locator(f'.exercise[data-exercise="{exercise}"] .exercise-editor')
    checks = 0
    for label, answer, said in BAD_ANSWERS:
        editor.fill(answer)
        checks += 1
        shown = press_check(page, exercise, checks)
        assert shown["state"] == "failed" and said in shown["status"] + shown["verdict"], (label, shown)
        editor.fill(solution)
        checks += 1
        assert press_check(page, exercise, checks)["state"] == "passed", f"the Check after {label} did not start clean"
    assert page.evaluate("() => document.documentElement.scrollWidth") <= page.viewport_size["width"]


REPO = Path(__file__).resolve().parents[2]
#: What the browser proves of each exercise: the answers a reader's first and last Check send.
PROVED_IN_THE_BROWSER = ("solution", "starter")


def check_jobs(exercises: list[proof.Exercise]) -> list[tuple[str, str, set[str], dict]]:
    """``(exercise, answer, tests that must fail, the worker's Check message)`` for every answer proved here."""
    return [
        (exercise.name, answer, exercise.answers[answer], {
            "type": "check",  # RUN_JOBS (test_runnable) posts {type: "run", ...job}: this makes the job a Check
            "test": f"exercises/{exercise.name}/test_{exercise.folder.name}.py",
            "answer": (exercise.folder / f"{answer}.py").read_text(encoding="utf-8"),
        })
        for exercise in exercises
        for answer in PROVED_IN_THE_BROWSER
    ]  # fmt: skip


def outcomes(result: dict) -> dict[str, dict]:
    """``{test function: its entry}`` of one Check's result (empty when the runtime failed)."""
    return {t["nodeid"].split("::")[1].split("[")[0]: t for t in result.get("tests", []) if "::" in t["nodeid"]}


def browser_verdict(result: dict, expected: set[str], runnable: set[str]) -> str | None:
    """What is wrong with one Check's result, or None when it failed exactly ``expected``;
    ``runnable``: the tests the exercise's solution passed in the browser."""
    if "error" in result:
        return f"the runtime failed: {result['error']}"
    ran = outcomes(result)
    if not ran or any("::" not in t["nodeid"] for t in result["tests"]):  # collection or start-up failed
        return f"the tests did not run (exit {result['exit']}): {result['output'][-1200:]}"
    failed = {name for name, t in ran.items() if t["outcome"] in ("failed", "error")}
    # A declared failure must be the answer's fault, not something a browser cannot do (threads, ...).
    # runner_plugin.limit_of() reads the whole traceback, so a test taking `async_client` is labelled
    # "asgi" whatever failed: the solution passing the same test shows the browser can run it.
    limited = sorted(
        f"{name} ({ran[name]['limit']})"
        for name in failed & expected
        if ran[name].get("limit") and name not in runnable
    )
    if failed == expected and not limited:
        return None
    said = [f"should fail but passes: {', '.join(sorted(expected - failed))}"] * bool(expected - failed)
    said += [f"fails for a browser limit, not for the answer: {', '.join(limited)}"] * bool(limited)
    said += [
        f"fails but is not declared to: {name}" + (f" (a browser limit: {ran[name]['limit']})" if ran[name].get("limit") else "")
        + f"\n      {ran[name].get('summary', '')[:300]}"
        for name in sorted(failed - expected)
    ]  # fmt: skip
    return "; ".join(said)


@pytest.mark.slow  # a fresh interpreter per Check, two at a time: minutes for every exercise
def test_every_exercise_is_proved_in_the_browser_runtime(new_page, site_url, runtime):
    exercises = proof.load(REPO / "exercises")
    assert exercises and not [e.name for e in exercises if e.problems], "tests/exercises names what is wrong"
    jobs = check_jobs(exercises)
    page = new_page()
    page.set_default_timeout(RUN_TIMEOUT_MS)
    page.goto(f"{site_url}/en/index.html")
    started = time.perf_counter()
    results = run_jobs(page, [job for *_, job in jobs], 2, 180_000)
    seconds = time.perf_counter() - started
    by_solution = {
        name: {test for test, t in outcomes(result).items() if t["outcome"] == "passed"}
        for (name, answer, _, _), result in zip(jobs, results, strict=True)
        if answer == "solution"
    }
    problems = [
        f"{name} --answer={answer}: {problem}"
        for (name, answer, expected, _), result in zip(jobs, results, strict=True)
        if (problem := browser_verdict(result, expected, by_solution[name]))
    ]
    assert not problems, f"{len(problems)} of {len(jobs)} Checks in the browser ({seconds:.0f} s):\n" + "\n".join(
        problems
    )
    print(f"{len(jobs)} Checks of {len(exercises)} exercises in the browser runtime: {seconds:.0f} s")
