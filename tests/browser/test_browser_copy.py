"""Copy buttons copy code that runs: a whole example file, or a session's input lines only.

sphinx-copybutton is configured in conf.py (copybutton_prompt_text and friends).
The oracle here is independent of its JavaScript: Python's own doctest parser
says which lines of a ``>>>`` session are input, and an included example must be
a verbatim part of its file under examples/. Clipboard reads need the
clipboard-read permission, granted on the test's browser context.
"""

import doctest
import re
import runpy

import pytest

from sitepaths import ROOT, source_pages

PROMPT = re.compile("^(" + runpy.run_path(str(ROOT / "conf.py"))["copybutton_prompt_text"] + ")", re.M)
BLOCKS = "div.highlight pre"
SENTINEL = "(clipboard not written)"


def expected_copy(shown: str) -> str:
    """What a reader should get from copying a block whose visible text is ``shown``.

    A session gives its input lines, a bare ``...`` as the blank line that ends a
    block in the REPL; a console block its commands; any other block all of it.
    """
    if re.search(r"^>>> ", shown, re.M):
        typed = [
            line[4:] if line[:4] in (">>> ", "... ") else ""
            for line in shown.splitlines()
            if line[:4] in (">>> ", "... ") or line == "..."
        ]
        # Python's doctest parser must agree on what is input.
        parsed = "".join(example.source for example in doctest.DocTestParser().get_examples(shown))
        assert [line for line in typed if line.strip()] == parsed.splitlines(), shown
        return "\n".join(typed)
    if re.search(r"^\$ ", shown, re.M):
        return "\n".join(line[2:] for line in shown.splitlines() if line.startswith("$ "))
    return shown.rstrip("\n")


def test_example_files_have_no_line_that_looks_like_a_prompt():
    """A line starting like a prompt would make the copy button copy only such lines of the file."""
    offenders = [
        f"{path.relative_to(ROOT)}:{number}: {line!r}"
        for path in sorted((ROOT / "examples").rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if PROMPT.match(line)
    ]
    assert not offenders, "lines the copy button would take for prompts:\n" + "\n".join(offenders)


def test_expected_copy_of_a_session_is_its_input():
    shown = ">>> for n in range(2):\n...     print(n)\n...\n0\n1\n>>> 'done'\n'done'\n"
    assert expected_copy(shown) == "for n in range(2):\n    print(n)\n\n'done'"
    assert expected_copy("$ make html\nBuilt.\n") == "make html"
    assert expected_copy("x = 1\n\ny = 2\n") == "x = 1\n\ny = 2"


def copy_every_block(page, url):
    """[(shown text, copied text, example path or None)] for every code block of the page at ``url``."""
    page.goto(url)
    results = []
    for index in range(page.locator(BLOCKS).count()):
        block = page.locator(BLOCKS).nth(index)
        shown = block.evaluate("pre => pre.innerText")
        path = block.evaluate(
            """pre => {
                const wrapper = pre.closest('.literal-block-wrapper');
                const caption = wrapper && wrapper.querySelector('.code-block-caption code.example-path');
                return caption ? caption.innerText.trim() : null;
            }"""
        )
        page.evaluate(f"navigator.clipboard.writeText({SENTINEL!r})")
        # A real click (copying needs a user gesture); ClipboardJS copies synchronously.
        # force: the button is transparent until hovered, and waiting for that costs time.
        block.locator("xpath=following-sibling::button[contains(@class, 'copybtn')]").click(force=True)
        results.append((shown, page.evaluate("navigator.clipboard.readText()"), path))
    return results


@pytest.mark.browser
@pytest.mark.slow
def test_every_copy_button_copies_what_runs(new_page, site_url, html_root):
    page = new_page(permissions=["clipboard-read", "clipboard-write"])
    pages = [f"en/{name}.html" for name in source_pages()] + ["fa/why-signals.html"]
    pages = [url for url in pages if '<div class="highlight">' in (html_root / url).read_text(encoding="utf-8")]
    failures, sessions, whole_files = [], 0, 0
    for url in pages:
        for shown, copied, path in copy_every_block(page, f"{site_url}/{url}"):
            where = f"{url} ({path or shown.splitlines()[0][:50]!r})"
            if copied == SENTINEL:
                failures.append(f"{where}: the copy button wrote nothing to the clipboard")
                continue
            expected = expected_copy(shown)
            sessions += shown.startswith(">>> ")
            if copied != expected:
                failures.append(f"{where}: copied {copied[:120]!r}, expected {expected[:120]!r}")
            if copied.endswith("\n"):
                failures.append(f"{where}: a trailing newline would run the last line on paste")
            if path:
                source = (ROOT / path).read_text(encoding="utf-8")
                if copied not in source:
                    failures.append(f"{where}: the copy is not a verbatim part of {path}")
                whole_files += copied == source.rstrip("\n")
    assert not failures, "\n".join(failures)
    assert sessions and whole_files, f"no >>> session ({sessions}) or whole example file ({whole_files}) was copied"


@pytest.mark.browser
def test_copy_buttons_speak_the_page_language(new_page, site_url):
    page = new_page(permissions=["clipboard-read", "clipboard-write"])
    page.goto(f"{site_url}/fa/why-signals.html")
    button = page.locator("button.copybtn").first
    button.wait_for(state="attached")
    assert (button.get_attribute("aria-label"), button.get_attribute("data-tooltip")) == ("کپی در بریده‌دان", "کپی")
    button.click()
    page.wait_for_function("document.querySelector('button.copybtn').dataset.tooltip === 'کپی شد!'", timeout=2000)
    assert "Copied" not in button.inner_html()
    page.goto(f"{site_url}/en/why-signals.html")
    button = page.locator("button.copybtn").first
    button.wait_for(state="attached")
    assert button.get_attribute("data-tooltip") == "Copy"
