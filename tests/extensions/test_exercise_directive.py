"""exercises/directive: an exercise rendered at the end of its page, its texts in the page's catalog,
and the build refusing a broken exercise, naming it."""

import json
import re

import pytest
from sphinx.util.console import strip_escape_sequences

from signals_docs.exercises import proof


@pytest.mark.sphinx("html", testroot="exercises")
def test_the_exercise_renders_title_task_starter_hints_solution_and_messages(app, built):
    html = built("index.html")
    section = html[html.index('<section class="exercise"') :]
    assert 'data-exercise="topic/greet"' in section
    assert 'data-test="exercises/topic/greet/test_greet.py"' in section
    assert re.search(r'<h2 class="exercise-title rubric"[^>]*>Greet someone</h2>', section)
    # The editor from the start, named by the title, as tall as its starter.
    assert re.search(r'<h2 class="exercise-title rubric" id="exercise-topic-greet-title">', section)
    assert (
        '<textarea class="runnable-editor exercise-editor" dir="ltr" spellcheck="false" autocapitalize="off" '
        'rows="3" aria-labelledby="exercise-topic-greet-title"></textarea>'
    ) in section
    assert '<button type="button" class="exercise-check" hidden>Check</button>' in section
    # The task, the starter, the hints and what only a Check needs are in the page's script, loaded
    # when the reader reaches the exercise: the first load stays light.
    assert '<div class="exercise-task"></div>' in section
    # Where scripts do not run, the page's first exercise says where they are: the zip, relative to the page.
    assert re.search(
        r'<noscript><p class="exercise-nojs">The exercises need JavaScript here\. They are also in '
        r'<a class="examples-download reference internal" href="_downloads/django-signals-examples\.zip">'
        r'django-signals-examples\.zip</a>, in <code class="docutils literal notranslate"><span class="pre">'
        r"exercises/topic/</span></code>: solve them there with an editor and pytest\.</p>\s*</noscript>",
        section,
    )
    for text in ("Write <code", "Hint 1 of", "exercise-solution", "Try: greet"):
        assert text not in section, text
    script = built("_static/exercises/index.js")
    assert script.startswith("self.exerciseParts=Object.assign(self.exerciseParts||{},")
    parts = json.loads(script[script.index(",{") + 1 : script.rindex(")")])["exercise-topic-greet"]
    assert parts["starter"] == 'def greet(name):\n    return ""\n'
    assert "Write <code" in parts["task"]  # the task is parsed Markdown
    later = parts["html"]
    hints = re.findall(r'<details class="exercise-hint">\s*<summary>(Hint \d of 2)</summary>', later)
    assert hints == ["Hint 1 of 2", "Hint 2 of 2"]  # signals.css shows the second once the first is open
    assert re.search(r'<details class="exercise-solution" hidden="">\s*<summary>Solution</summary>', later)
    assert '<span class="sa">f</span>' in later  # the solution, highlighted
    assert re.search(r'<div class="exercise-message" data-test="test_greets">\s*<p><code', later)
    assert "Try: greet in Persian." in later
    assert re.search(
        r'<script data-parts="exercises/index\.js" data-runtime="\.\./runtime/" defer="defer" src="_static/exercise\.js',
        html,
    )
    assert "exercise-ui.js" not in html  # loaded on the first interaction
    assert "exercise.js" not in built("other.html")
    text = built("_static/exercise-text.js")
    assert json.loads(text[text.index("{") : text.rindex("}") + 1])["passed"] == "Well done: every check passed."
    assert (app.outdir / "_static" / "exercise-ui.js").is_file()
    assert not app.warning.getvalue()


@pytest.mark.sphinx("gettext", testroot="exercises", srcdir="exercises-gettext")
def test_every_text_of_the_exercise_enters_the_pages_catalog(app):
    app.build()
    pot = (app.outdir / "index.pot").read_text(encoding="utf-8")
    for text in ("Greet someone", "Write `greet(name)`", "Use an f-string.", "greet in Persian", "should return"):
        assert text in pot, text
    assert "Hint 1 of" not in pot and "def greet" not in pot  # labels and code are not the page's


@pytest.mark.sphinx(
    "html", testroot="exercises", srcdir="exercises-broken", confoverrides={"verified_examples_run": True}
)
def test_a_broken_exercise_fails_the_build_naming_it(app, monkeypatch):
    canned = {"solution": ["test_greets"], "starter": ["test_greets"]}  # the solution fails; wrong/ passes
    ran = {answer: ["test_greets"] for answer in ("solution", "starter", "wrong/no_comma.py")}
    monkeypatch.setattr(proof, "run", lambda repo, folder: {"failed": {"topic/greet": canned},
                                                             "ran": {"topic/greet": ran}, "returncode": 1, "output": ""})  # fmt: skip
    app.build()
    warnings = strip_escape_sequences(app.warning.getvalue())
    assert "index.md:9: ERROR: exercise topic/greet is broken: the solution fails test_greets" in warnings
    assert "exercise topic/greet is broken: wrong/no_comma.py: should fail but passes: test_greets" in warnings


@pytest.mark.sphinx("html", testroot="exercises", srcdir="exercises-elsewhere")
def test_an_exercise_shown_on_another_page_or_nowhere_fails(app):
    (app.srcdir / "index.md").write_text("# Greetings\n\n```{toctree}\nother\n```\n", encoding="utf-8")
    (app.srcdir / "other.md").write_text("# Other\n\n```{exercise} topic/greet\n```\n", encoding="utf-8")
    app.build()
    warnings = strip_escape_sequences(app.warning.getvalue())
    assert "other.md:3: ERROR: exercise topic/greet belongs to the page 'index'" in warnings
