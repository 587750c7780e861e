"""Progress, private (docs/_ext/signals_docs/exercises/progress.py), in Chromium, both languages.

The record is seeded in localStorage directly (a Check is test_exercises.py's job, which also sees
a real pass mark its page): nothing loads while nothing is stored; a passed exercise marks its page's
navigation link (all: a check, some: a half mark), with words in the link's accessible name and without
moving anything; the "Your progress" page shows each status and the count, and clears the record once
the reader confirms, saying so in its live region; from file://, or where the browser refuses storage,
it says what it cannot do.
"""

from __future__ import annotations

import json
import re

import pytest

from builtsite import axe_violations, transfer_sizes
from signals_docs.site import LOCAL_URL, SERVE_COMMAND
from sitepaths import LOCALES, SAMPLED_LANGUAGE, guarded_pages, sampled

pytestmark = pytest.mark.browser

KEY = "signals-docs-progress"
PASSED = {"receivers/connect_with_sender": {"page": "receivers", "passed": "2026-12-07"}}
#: What each language says: the receivers link's words once its exercise passed; a passed status; cleared.
TEXT = {
    "en": ("(every exercise passed)", "Passed", "Your progress is cleared.", "You have passed 1 of"),
    "fa": ("(همهٔ تمرین‌ها انجام شده)", "انجام شده", "پیشرفت شما پاک شد.", "۱ تمرین از"),
}
#: progress.js is all a page without a record loads of this feature (minified, uncompressed).
STORE_BUDGET = 2_500


def seed(page, record: dict) -> None:
    page.evaluate("([key, value]) => localStorage.setItem(key, value)", [KEY, json.dumps(record)])


def text_boxes(page) -> list[list[dict]]:
    """Where the words of each navigation link are drawn (a mark must move none of them)."""
    return page.eval_on_selector_all(
        ".wy-menu-vertical a",
        """links => links.map((link) => {
        const range = document.createRange();
        range.selectNodeContents(link.firstChild);
        return [...range.getClientRects()].map((box) => box.toJSON());
    })""",
    )


def test_nothing_loads_while_nothing_is_stored(new_page, site_url):
    page = new_page()
    sizes = transfer_sizes(page, f"{site_url}/en/transactions.html")
    ours = {url.rsplit("/", 1)[-1]: size for url, size in sizes.items() if "/_static/progress" in url}
    assert list(ours) == ["progress.js"], f"loaded before anything was stored: {ours}"
    assert ours["progress.js"] <= STORE_BUDGET, f"progress.js weighs {ours['progress.js']} bytes"
    assert page.locator(".progress-mark").count() == 0


def exercises_of(html_root, lang: str, page: str) -> list[str]:
    """The exercises a page ends with, as the build wrote them for the marks (progress-data.js)."""
    text = (html_root / lang / "_static" / "progress-data.js").read_text(encoding="utf-8")
    return json.loads(text[text.index("{") : text.rindex("}") + 1])["pages"][page]


@pytest.mark.parametrize("lang", sampled(list(TEXT), SAMPLED_LANGUAGE))
def test_a_passed_exercise_marks_its_page_without_moving_anything(new_page, site_url, html_root, lang):
    mark_all = TEXT[lang][0]
    names = exercises_of(html_root, lang, "receivers")
    assert len(names) >= 2, "the half mark needs a page with two exercises: receivers has one now"
    page = new_page(locale=LOCALES[lang])
    page.goto(f"{site_url}/{lang}/why-signals.html")
    before = text_boxes(page)
    seed(page, dict.fromkeys(names, {"page": "receivers"}))
    page.evaluate("self.signalsProgress.show()")
    page.wait_for_selector(".progress-mark", state="attached")
    assert text_boxes(page) == before, "a mark moved the navigation's words"
    receivers = page.locator('.wy-menu-vertical a[href="receivers.html"]')
    assert receivers.locator(".progress-mark").get_attribute("data-progress") == "all"
    assert page.get_by_role("link", name=re.compile(re.escape(mark_all))).count() == 1  # the words are in its name
    assert page.locator('.wy-menu-vertical a[href="transactions.html"] .progress-mark').count() == 0

    # Some of the page's exercises passed: a half mark saying how many.
    seed(page, dict.fromkeys(names[1:], {"page": "receivers"}))
    page.evaluate("self.signalsProgress.show()")
    page.wait_for_selector('.wy-menu-vertical a[href="receivers.html"] .progress-mark[data-progress="some"]',
                           state="attached")  # fmt: skip
    words = receivers.locator(".progress-mark-text").text_content()
    passed, total = len(names) - 1, len(names)
    expected = {
        "en": f"{passed} of {total}",
        "fa": f"{passed} تمرین از {total}".translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")),
    }
    assert expected[lang] in words, words

    # After a reload the record is still there; the current page's own link is marked too.
    page.goto(f"{site_url}/{lang}/receivers.html")
    page.wait_for_selector(".wy-menu-vertical li.current > a .progress-mark[data-progress='some']", state="attached")


@pytest.mark.parametrize(("lang", "width"), sampled([("en", 1280), ("fa", 320)], ("fa", 320)))
def test_the_progress_page_shows_the_record_and_clears_it_once_confirmed(new_page, site_url, lang, width):
    mark_all, passed, cleared, count = TEXT[lang]
    page = new_page(width, locale=LOCALES[lang])
    page.goto(f"{site_url}/{lang}/progress.html")
    seed(page, PASSED)
    page.reload()
    page.wait_for_selector(".progress-mark", state="attached")
    item = page.locator('li[data-exercise="receivers/connect_with_sender"]')
    assert item.locator(".progress-status").text_content() == passed
    other = page.locator('li[data-exercise]:not([data-exercise="receivers/connect_with_sender"])')
    assert other.count() >= 1 and passed not in other.first.locator(".progress-status").text_content()
    status = page.locator(".progress-count")
    assert status.get_attribute("role") == "status" and count in status.text_content()
    assert page.evaluate("document.documentElement.scrollWidth <= innerWidth"), "the page scrolls sideways"

    button = page.locator(".progress-clear")
    page.once("dialog", lambda dialog: dialog.dismiss())
    button.click()
    assert page.evaluate(f"localStorage.getItem('{KEY}')"), "a dismissed confirmation cleared the record"

    page.once("dialog", lambda dialog: dialog.accept())
    button.focus()
    page.keyboard.press("Enter")  # the keyboard reaches it
    page.wait_for_function(f"!localStorage.getItem('{KEY}')")
    assert cleared in status.text_content()
    assert item.locator(".progress-status").text_content() != passed
    assert page.locator(".progress-mark").count() == 0, "the navigation keeps a mark after clearing"
    assert page.evaluate("document.activeElement.classList.contains('progress-clear')"), "focus was lost"


@pytest.mark.parametrize("lang", sampled(list(TEXT), SAMPLED_LANGUAGE))
def test_the_progress_page_passes_axe_with_marks(new_page, site_url, lang):
    page = new_page(locale=LOCALES[lang])
    page.goto(f"{site_url}/{lang}/progress.html")
    seed(page, PASSED)
    page.reload()
    page.wait_for_selector(".progress-mark", state="attached")
    assert not axe_violations(page)


FILE_NOTE = {"en": "opened from a file", "fa": "از یک فایل باز شده"}
UNAVAILABLE = {"en": "does not let the site store anything", "fa": "اجازه نمی‌دهد سایت چیزی ذخیره کند"}


@pytest.mark.parametrize("lang", sampled(list(TEXT), SAMPLED_LANGUAGE))
def test_from_a_file_the_progress_page_says_what_it_cannot_do(browser, html_root, lang):
    # Chromium keeps localStorage for file:// (one store for every local file): the page still reads and
    # clears it, but no Check runs from a file, so it says nothing is recorded there.
    pages = guarded_pages(browser, lambda url: url.startswith("file://"), "a file:// page asked for more")
    page = next(pages)(locale=LOCALES[lang])
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto((html_root / lang / "progress.html").as_uri())
    note = page.locator(".progress-note")
    note.first.wait_for()
    assert FILE_NOTE[lang] in note.first.text_content()
    assert note.first.locator("code").all_text_contents() == [SERVE_COMMAND, LOCAL_URL]
    assert page.locator(".progress-clear").is_visible()
    assert not errors
    next(pages, None)


@pytest.mark.parametrize("lang", sampled(list(TEXT), SAMPLED_LANGUAGE))
def test_where_storage_is_refused_the_progress_page_says_so(new_page, site_url, lang):
    page = new_page(locale=LOCALES[lang])
    page.add_init_script(
        "Object.defineProperty(window, 'localStorage', {get() { throw new DOMException('denied', 'SecurityError'); }})"
    )
    errors = []  # Sphinx's sphinx_highlight.js reads localStorage unguarded: only ours count here
    page.on("pageerror", lambda error: errors.append(error.stack) if "/progress" in (error.stack or "") else None)
    page.goto(f"{site_url}/{lang}/progress.html")
    page.locator(".progress-note").wait_for()
    assert UNAVAILABLE[lang] in page.locator(".progress-note").text_content()
    assert page.locator(".progress-clear").is_hidden()
    assert not errors
