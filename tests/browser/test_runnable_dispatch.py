"""The Run panel's Dispatch view: which receivers each signal reached, in the reader's language.

After a Run, a folded "Dispatch" view beside the test output lists, per test, each signal
sent, the receivers it reached in order and what they returned or raised, nested where a
receiver sent another signal, with code names left to right (runnable-ui.js, from the
tracer the examples ship, which runtime/runner_plugin.py activates for each test). It is
reached from the keyboard, named for screen readers in the page's language, fits a 320 px
phone, and an edited snippet shows the edited dispatch. Both tests are slow gates (a cold runtime
each); a plain make test reads an edited Run's Dispatch view from the keyboard at 320 px in
test_runnable.py's edit test, which boots its runtime anyway.
"""

from __future__ import annotations

import pytest

from builtsite import on_site, runtime_manifest
from sitepaths import LANGUAGES, LOCALES, guarded_pages  # (html_root: tests/browser/conftest.py)

pytestmark = pytest.mark.browser
RUN_TIMEOUT_MS = 300_000
PAGE, EXAMPLE = "custom-signals.html", "custom_signals/receivers.py"
NAME = {"en": "Dispatch: the receivers each signal reached", "fa": "توزیع: گیرنده‌هایی که هر سیگنال به آن‌ها رسید"}
REACHED = {"en": "reached", "fa": "رسید"}


@pytest.fixture
def phone(browser, site_url, html_root):
    runtime_manifest(html_root)  # skips (or fails with CI=true) without the runtime
    pages = guarded_pages(browser, lambda url: on_site(url), "requests left the site")
    open_ = next(pages)
    yield lambda lang: open_(viewport={"width": 320, "height": 640}, locale=LOCALES[lang])
    next(pages, None)


def disclosure_names(page) -> list[str]:
    """The accessible names of the page's disclosure buttons (<summary>), from Chromium's tree."""
    tree = page.context.new_cdp_session(page).send("Accessibility.getFullAXTree")
    return [n.get("name", {}).get("value") for n in tree["nodes"] if n["role"]["value"] == "DisclosureTriangle"]


def run(page, runs: int):
    box = page.locator(f'.runnable[data-example="{EXAMPLE}"]')
    box.locator(".runnable-run").click()
    page.wait_for_selector(f'.runnable[data-example="{EXAMPLE}"][data-runs="{runs}"]', timeout=RUN_TIMEOUT_MS)
    return box


def open_from_keyboard(page, box):
    """Tab from the Run button to the Dispatch view's summary, and open it with Enter."""
    box.locator(".runnable-run").focus()
    for _ in range(15):  # Edit, Reset, each failure's scrollable lines, the output's summary, then this one
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('.runnable-dispatch > summary')"):
            break
    else:
        pytest.fail("Tab never reached the Dispatch view")
    page.keyboard.press("Enter")
    return box.locator(".runnable-dispatch")


@pytest.mark.slow  # a cold runtime per language; the edited run below stays in every make test
@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_dispatch_view_lists_the_receivers_in_order_from_the_keyboard(phone, site_url, lang):
    page = phone(lang)
    page.goto(f"{site_url}/{lang}/{PAGE}")
    box = run(page, 1)
    assert box.get_attribute("data-state") == "passed"
    view = open_from_keyboard(page, box)
    assert view.get_attribute("open") is not None
    assert NAME[lang] in disclosure_names(page)  # what a screen reader announces on the summary
    text = view.inner_text()
    email, notify = text.index("custom_signals.receivers.email_customer"), text.index("notify_in_app")
    assert email < notify and REACHED[lang] in text
    nested = view.locator("ol ol li code", has_text='INSERT INTO "custom_signals_notification"')
    assert nested.count() == 0  # statements stay out of the Run panel: signals only
    assert view.locator("ol > li > p > code").first.get_attribute("dir") == "ltr"
    direction = "rtl" if lang == "fa" else "ltr"
    assert view.evaluate("view => getComputedStyle(view).direction") == direction
    assert page.evaluate("document.scrollingElement.scrollWidth") <= 320, "the Dispatch view widens a 320 px page"


@pytest.mark.slow  # a cold runtime; make test reads the edited dispatch in test_runnable.py's edit test, at 320 px
def test_an_edited_snippet_shows_its_edited_dispatch(phone, site_url):
    page = phone("en")
    page.goto(f"{site_url}/en/{PAGE}")
    box = run(page, 1)
    box.locator(".runnable-edit").click()
    editor = page.locator(f'.literal-block-wrapper:has(> .runnable[data-example="{EXAMPLE}"]) .runnable-editor')
    line = "    send_mail("
    editor.fill(editor.input_value().replace(line, '    raise RuntimeError("mail server down")\n' + line, 1))
    run(page, 2)
    view = open_from_keyboard(page, box)
    assert "custom_signals.receivers.email_customer (sync), raised RuntimeError: mail server down" in view.inner_text()
    assert page.evaluate("document.scrollingElement.scrollWidth") <= 320
