""" "Predict the output" (docs/_ext/signals_docs/exercises/predict.py) in Chromium, in both languages.

A reader who presses Check before picking is asked to pick; a wrong pick is told so in the status line
(a live region) and shown the answer the build recorded, the right choice marked; a right pick made from
the keyboard (arrow keys in the radio group, Tab to Check) is told so; the first answer is remembered
(progress.js) and the "Your progress" page and the navigation mark show it, until it is cleared. No
runtime is loaded: the answer is in the page. The Persian run is at 320 px in the dark theme (axe checks its contrast).
"""

from __future__ import annotations

import json

import pytest

from builtsite import axe_violations
from sitepaths import LOCALES, SAMPLED_LANGUAGE, sampled

pytestmark = pytest.mark.browser

KEY = "signals-docs-progress"
QUESTION = "question:connecting/imported-twice"
#: What each language says: pick first, a wrong pick, a right pick, the answer's words, answered on the progress page.
TEXT = {
    "en": ("Pick one of the choices first.", "✗ Not this one", "✓ Right", "The answer:", "Answered",
           "You have answered 1 of", "questions answered)"),
    "fa": ("نخست یکی از گزینه‌ها را انتخاب کنید.", "✗ این گزینه درست نیست", "✓ درست است", "پاسخ:", "پاسخ داده شده",
           "به ۱ پرسش از", "پرسش پاسخ داده شده)"),
}  # fmt: skip
#: The English reader on a desktop in the light theme, the Persian one on a phone in the dark theme.
VIEW = {"en": (1280, "light"), "fa": (320, "dark")}


@pytest.mark.parametrize("lang", sampled(list(TEXT), SAMPLED_LANGUAGE))
def test_a_wrong_pick_shows_the_answer_and_a_right_one_is_remembered(new_page, site_url, lang):
    pick_first, wrong, right, answer_words, answered, count, mark = TEXT[lang]
    width, scheme = VIEW[lang]
    page = new_page(width, locale=LOCALES[lang], color_scheme=scheme)
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(f"{site_url}/{lang}/connecting.html")
    box = page.locator(f'.predict[data-question="{QUESTION}"]')
    status, answer, check = (
        box.locator(".predict-status"),
        box.locator(".predict-answer"),
        box.locator(".predict-check"),
    )
    assert status.get_attribute("role") == "status"
    assert box.locator("fieldset legend").count() == 1 and box.get_by_role("radio").count() == 3
    assert answer.is_hidden(), "the answer shows before the reader picked"
    correct = int(box.get_attribute("data-answer"))

    check.click()
    assert status.text_content() == pick_first
    assert page.evaluate("document.activeElement.type") == "radio", "focus did not go to the choices"

    box.get_by_role("radio").nth(correct % 3).check()  # a wrong one
    check.click()
    assert status.text_content().startswith(wrong)
    assert answer.is_visible() and answer.get_attribute("open") is not None
    shown = answer.inner_text()
    right_text = box.locator(".predict-choice").nth(correct - 1).inner_text().strip()
    assert answer_words in shown and right_text in shown
    assert "without_uid" in shown, "the answer does not say what the run recorded"
    assert box.locator('.predict-choice[data-result="right"]').inner_text().strip() == right_text
    assert box.locator('.predict-choice[data-result="wrong"]').count() == 1
    record = json.loads(page.evaluate(f"localStorage.getItem('{KEY}')"))
    assert record[QUESTION]["right"] is False and record[QUESTION]["page"] == "connecting"
    assert page.evaluate("document.documentElement.scrollWidth <= innerWidth"), "the page scrolls sideways"
    assert not (violations := axe_violations(page)), [(v["id"], [n["target"] for n in v["nodes"]]) for v in violations]

    # From the keyboard: the arrow keys move the pick within the group, Tab reaches Check.
    picked = correct % 3
    box.get_by_role("radio").nth(picked).focus()
    for _ in range((correct - 1 - picked) % 3):
        page.keyboard.press("ArrowDown")  # the next choice, in either direction of writing
    assert box.get_by_role("radio").nth(correct - 1).is_checked(), "the arrow keys did not reach the right choice"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.classList.contains('predict-check')")
    page.keyboard.press("Enter")
    assert status.text_content().startswith(right)
    assert json.loads(page.evaluate(f"localStorage.getItem('{KEY}')"))[QUESTION]["right"] is False  # the first pick
    assert not [url for url in requests if "/runtime/" in url or "runnable-ui" in url], "a question loaded the runtime"

    page.goto(f"{site_url}/{lang}/progress.html")
    item = page.locator(f'li[data-question="{QUESTION}"]')
    item.locator(".progress-status").filter(has_text=answered).wait_for()
    assert count in page.locator(".progress-count").text_content()
    link = page.locator('.wy-menu-vertical a[href="connecting.html"]')
    assert mark in link.locator(".progress-mark-text").text_content()
    page.once("dialog", lambda dialog: dialog.accept())
    page.locator(".progress-clear").click()
    page.wait_for_function(f"!localStorage.getItem('{KEY}')")
    assert item.locator(".progress-status").text_content() != answered


def test_without_scripts_the_answer_is_a_disclosure(new_page, site_url):
    page = new_page(java_script_enabled=False)
    page.goto(f"{site_url}/en/transactions.html")
    box = page.locator(".predict").first
    assert box.locator(".predict-check").is_hidden(), "a Check button that cannot work is shown"
    answer = box.locator(".predict-answer")
    assert answer.is_visible() and answer.get_attribute("open") is None
    answer.locator("summary").click()
    right = box.locator(".predict-choice").nth(int(box.get_attribute("data-answer")) - 1).inner_text().strip()
    assert right in answer.inner_text()
