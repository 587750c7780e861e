"""exercises/progress: the "Your progress" page lists every exercise by page, with the title its page
shows (translated there, not again), and the marks' data; progress.js is on every page, the rest only
where it is needed."""

import json
import re

import pytest

from signals_docs.i18n import labels

PROGRESS_PAGE = "# Your progress\n\n```{exercise-progress}\n```\n"
EXTENSIONS = ["myst_parser", "signals_docs.exercises.directive", "signals_docs.exercises.progress"]


def data(built) -> dict:
    text = built("_static/progress-data.js")
    assert text.startswith("self.progressData = ")
    return json.loads(text[text.index("{") : text.rindex("}") + 1])


def scripts(html: str) -> list[str]:
    """The page's scripts of the exercises, in order."""
    names = re.findall(r'<script[^>]*\ssrc="_static/([\w.-]+?)(?:\?v=\w+)?"', html)
    return [name for name in names if name.startswith(("progress", "exercise"))]


@pytest.fixture
def progress_root(app):
    (app.srcdir / "other.md").write_text(PROGRESS_PAGE, encoding="utf-8")
    return app


@pytest.mark.sphinx("html", testroot="exercises", srcdir="exercises-progress",
                    confoverrides={"extensions": EXTENSIONS})  # fmt: skip
def test_the_progress_page_lists_each_exercise_under_its_page(progress_root, built):
    html = built("other.html")
    listing = html[html.index('<div class="exercise-progress"') :]
    assert '<p class="progress-count" role="status"></p>' in listing  # the count is announced
    assert (
        '<h2 class="progress-page rubric"><a class="reference internal" href="index.html">Greetings</a></h2>' in listing
    )
    assert re.search(
        r'<ul class="progress-list"><li data-exercise="topic/greet"><span><a class="reference internal" '
        r'href="index.html#exercise-topic-greet">Greet someone</a> <span class="progress-status"></span>',
        listing,
    )
    assert '<button class="progress-clear" hidden="" type="button">Clear my progress</button>' in listing
    # The page loads its own script and the data, not the Check (no exercise on it).
    assert scripts(html) == ["progress-data.js", "progress.js", "progress-page.js"]
    # Every other page: the record (progress.js) only; the marks load once something is stored.
    assert scripts(built("index.html")) == ["progress.js", "exercise.js"]
    assert data(built)["pages"] == {"index": ["topic/greet"]}  # what the marks need: each page's exercises
    assert data(built)["text"]["count"] == "You have passed %(passed)s of %(total)s exercises."
    for name in ("progress.js", "progress-marks.js", "progress-page.js", "progress.css"):
        assert (progress_root.outdir / "_static" / name).is_file(), name
    assert not progress_root.warning.getvalue()


@pytest.mark.sphinx("html", testroot="exercises", srcdir="exercises-progress-again",
                    confoverrides={"extensions": EXTENSIONS})  # fmt: skip
def test_the_progress_page_follows_a_changed_page(progress_root, built):
    assert ">Greetings</a></h2>" in built("other.html")
    index = progress_root.srcdir / "index.md"
    index.write_text(index.read_text(encoding="utf-8").replace("# Greetings", "# Salutations"), encoding="utf-8")
    progress_root.build()  # only index.md changed: the progress page is read again all the same
    assert ">Salutations</a></h2>" in built("other.html")


PERSIAN_INDEX_PO = """msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"

msgid "Greetings"
msgstr "سلام‌ها"

msgid "Greet someone"
msgstr "به کسی سلام کنید"
"""


@pytest.mark.sphinx("html", testroot="exercises", srcdir="exercises-progress-fa",
                    confoverrides={"extensions": EXTENSIONS, "language": "fa", "locale_dirs": ["locale"],
                                   "gettext_compact": False})  # fmt: skip
def test_a_persian_progress_page_shows_the_titles_as_their_pages_translate_them(progress_root):
    po = progress_root.srcdir / "locale" / "fa" / "LC_MESSAGES" / "index.po"
    po.parent.mkdir(parents=True)
    po.write_text(PERSIAN_INDEX_PO, encoding="utf-8")
    labels.compile_catalogs(progress_root.srcdir / "locale")
    progress_root.build()
    built = lambda path: (progress_root.outdir / path).read_text(encoding="utf-8")  # noqa: E731
    html = built("other.html")
    assert '<a class="reference internal" href="index.html">سلام‌ها</a></h2>' in html
    assert '<a class="reference internal" href="index.html#exercise-topic-greet">به کسی سلام کنید</a>' in html
    assert "پاک کردن پیشرفت من" in html
    assert data(built)["text"]["passed"] == "انجام شده"


@pytest.mark.sphinx("gettext", testroot="exercises", srcdir="exercises-progress-gettext",
                    confoverrides={"extensions": EXTENSIONS})  # fmt: skip
def test_the_progress_pages_catalog_does_not_repeat_the_exercises_titles(progress_root):
    progress_root.build()
    pot = (progress_root.outdir / "other.pot").read_text(encoding="utf-8")
    assert "Your progress" in pot
    assert "Greet someone" not in pot and "Greetings" not in pot  # translated once, in index's catalog


PERSIAN_CODE_TITLE_PO = """msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"

msgid "Greet with `greet()`"
msgstr "با `greet()` سلام کنید"
"""


@pytest.mark.parametrize("language", ["en", "fa"])
def test_inline_code_in_a_title_shows_as_code_on_its_page_and_the_progress_page(make_app, rootdir, tmp_path, language):
    # A title may name code, as the task does (`send_robust()`): code on the page's heading and in the
    # progress list, in both languages, never the backticks.
    import shutil

    srcdir = tmp_path / f"exercises-code-title-{language}"
    shutil.copytree(rootdir / "test-exercises", srcdir)
    (srcdir / "other.md").write_text(PROGRESS_PAGE, encoding="utf-8")
    toml = srcdir / "exercises" / "topic" / "greet" / "exercise.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace("Greet someone", "Greet with `greet()`"), "utf-8")
    po = srcdir / "locale" / "fa" / "LC_MESSAGES" / "index.po"
    po.parent.mkdir(parents=True)
    po.write_text(PERSIAN_CODE_TITLE_PO, encoding="utf-8")
    labels.compile_catalogs(srcdir / "locale")
    app = make_app("html", srcdir=srcdir, confoverrides={"extensions": EXTENSIONS, "language": language,
                   "locale_dirs": ["locale"], "gettext_compact": False})  # fmt: skip
    app.build()
    built = lambda path: (app.outdir / path).read_text(encoding="utf-8")  # noqa: E731
    code = '<code class="docutils literal notranslate"><span class="pre">greet()</span></code>'
    title = {"en": f"Greet with {code}", "fa": f"با {code} سلام کنید"}[language]
    heading = re.search(r'<h2 class="exercise-title[^"]*"[^>]*>(.*?)</h2>', built("index.html")).group(1)
    assert heading == title
    assert f'href="index.html#exercise-topic-greet">{title}</a>' in built("other.html")
    assert "`" not in heading and "`greet" not in built("other.html")
    assert not app.warning.getvalue()
