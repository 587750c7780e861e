"""exercises/predict: a "predict the output" question whose right choice the build takes from the recorded run.

The claims are checked on a recorded trace (``claims``, no Sphinx); the directive on the tiny project of
the dispatch traces (tests/roots/test-dispatch_traces), whose test really runs under the dispatch tracer,
with the page below: the right choice is marked in the
page, the answer says what was recorded and links to the page's trace of the same test; a question with
no true choice, or two, stops the build at its line saying which.
"""

import json
import re
from pathlib import Path

import pytest
from sphinx.util.console import strip_escape_sequences

from signals_docs.exercises import claims

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

#: A trace as testing_signals.dispatch_trace records it (DispatchTrace.as_dict()), trimmed.
RECORD = {
    "children": [
        {"type": "send", "signal": "django.db.models.signals.pre_save", "sender": "A", "method": "send", "receivers": []},
        {
            "type": "send", "signal": "django.db.models.signals.post_save", "sender": "A", "method": "send",
            "receivers": [
                {"receiver": "shop.welcome.welcome", "async": False, "result": "None", "exception": None,
                 "caught": False,
                 "children": [{"type": "on_commit", "callback": "shop.welcome.welcome.<locals>.<lambda>",
                               "using": "default", "state": "discarded"}]},
                {"receiver": "shop.audit.audit", "async": False, "result": "'logged'",
                 "exception": "ValueError: no", "caught": True, "children": []},
            ],
        },
    ]
}  # fmt: skip


@pytest.mark.parametrize(
    ("name", "label", "expected"),
    [
        ("post_save", "django.db.models.signals.post_save", True),
        ("signals.post_save", "django.db.models.signals.post_save", True),
        ("save", "django.db.models.signals.post_save", False),  # whole parts only
        ("welcome", "shop.welcome.welcome.<locals>.<lambda>", True),  # what it defines
        ("shop.welcome", "shop.welcome.welcome", False),
    ],
)
def test_a_short_name_matches_the_last_parts_of_a_label(name, label, expected):
    assert claims.matches(name, label) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("order post_save: welcome, audit", True),
        ("order post_save: audit, welcome", False),
        ("order post_save: welcome", False),  # every receiver, not a prefix
        ("returns post_save: [None, ValueError]", True),
        ("returns post_save: [None, 'logged']", False),  # the exception replaced the reply
        ("count welcome: 1", True),
        ("discarded welcome: 1; ran welcome: 0", True),
        ("discarded welcome: 1; count audit: 2", False),
    ],
)
def test_a_claim_holds_when_the_record_says_so(text, expected):
    assert all(claims.holds(claim, RECORD) for claim in claims.parse(text)) is expected


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("post_save runs first", "is not a claim"),
        ("order post_save:", "is not a claim"),
        ("order pre_delete: welcome", "no send of pre_delete"),
        ("order pre_save: welcome", "no send of pre_save reached a receiver"),
        ("order post_save: welcome, audti", "no receiver named audti"),
        ("count welcom: 1", "no receiver named welcom"),
        ("ran welcome_email: 1", "no on_commit callback named welcome_email"),
        ("count welcome: once", "must be a number"),
        ("returns post_save: None, ValueError", "must be a list"),
        ("returns post_save: [None, 1 + 1]", "neither a literal nor an exception"),
    ],
)
def test_a_claim_that_cannot_be_checked_says_why(text, error):
    with pytest.raises(claims.ClaimError, match=re.escape(error)):
        for claim in claims.parse(text):
            claims.holds(claim, RECORD)


def test_exactly_one_choice_must_hold():
    assert claims.correct(["count welcome: 2", "count welcome: 1"], RECORD) == 1
    with pytest.raises(claims.ClaimError, match=r"none of its 2 choices .* says: count welcome: 1$"):
        claims.correct(["count welcome: 2", "count welcome: 3"], RECORD)
    with pytest.raises(claims.ClaimError, match=r"choices 1, 3 all match the recording \(count welcome: 1; "):
        claims.correct(["count welcome: 1", "count welcome: 2", "count welcome: 1; count audit: 1"], RECORD)


@pytest.fixture(autouse=True)
def tracer_on_path(monkeypatch):
    monkeypatch.setenv("PYTHONPATH", str(EXAMPLES))  # the tracer the examples ship


def text_of(html: str) -> str:
    """The words as a screen reader reads them: blocks apart, inline code in its sentence."""
    return " ".join(re.sub(r"<[^>]+>", "", re.sub(r"</?(p|summary|li|ol)\b[^>]*>", " ", html)).split())


PAGE = """Paying
======

.. predict:: tests/demo/test_shop.py::test_paying
   :name: paid-order

   Which receivers of ``order_paid`` run, and in what order?

   .. choice:: order order_paid: email_receipt, count_sale

      ``email_receipt``, then ``count_sale``.

   .. choice:: order order_paid: count_sale, email_receipt

      ``count_sale``, then ``email_receipt``.

.. predict:: tests/demo/test_shop.py::test_paying
   :name: paid-replies

   What does ``send_robust()`` return?

   .. choice:: returns order_paid: ['emailed', None]

      ``'emailed'``, then ``None``.

   .. choice:: returns order_paid: ['emailed', ValueError]; count log_receipt: 2

      ``'emailed'``, then the ``ValueError``, and ``log_receipt`` ran twice.

   .. choice:: returns order_paid: ['emailed', ValueError]; count log_receipt: 1

      ``'emailed'``, then the ``ValueError``, and ``log_receipt`` ran once.

.. dispatch-trace:: tests/demo/test_shop.py::test_paying
   :only: demo.shop.order_paid
"""
EXTENSIONS = {"extensions": ["signals_docs.examples.dispatch_traces", "signals_docs.exercises.predict"]}


def build(app, page: str = PAGE) -> str:
    """Build the tiny project with ``page`` as its index; its warnings, without colours."""
    (app.srcdir / "index.rst").write_text(page, encoding="utf-8")
    app.build()
    return strip_escape_sequences(app.warning.getvalue())


@pytest.mark.sphinx("html", testroot="dispatch_traces", srcdir="predict-passing", confoverrides=EXTENSIONS)
def test_the_right_choice_comes_from_the_run(app):
    assert not build(app)
    html = (app.outdir / "index.html").read_text(encoding="utf-8")
    first = html[html.index('<div class="predict"') : html.index('data-question="question:index/paid-replies"')]
    assert (
        '<div class="predict" data-answer="1" data-question="question:index/paid-order" id="predict-paid-order">'
        in first
    )
    assert re.search(r"<fieldset><legend><span class=\"predict-kicker\">Predict the output</span> "
                     r"<span class=\"predict-question\">Which receivers of <code", first)  # fmt: skip
    radios = re.findall(r'<label class="predict-choice"><input type="radio" name="predict-paid-order" value="(\d)">', first)  # fmt: skip
    assert radios == ["1", "2"]
    assert re.search(
        r'<p class="predict-status" data-none="Pick one of the choices first\." [^>]* role="status"></p>', first
    )
    assert '<button class="predict-check" hidden="" type="button">Check my prediction</button>' in first
    answer = text_of(first[first.index('<details class="predict-answer">') :])
    assert answer.startswith("Show the answer The answer: email_receipt, then count_sale.")
    assert "Recorded when this page was built (Django " in answer
    assert "demo.shop.order_paid sent with send_robust, sender 'shop'" in answer
    assert answer.index("reached demo.shop.email_receipt (sync)") < answer.index("reached demo.shop.count_sale (sync)")
    assert "receipt_sent" not in answer  # the send the question asks about, without what its receivers sent
    # The page's own trace of the test is linked from the answer.
    trace_id = re.search(r'<div class="dispatch-trace docutils container" id="([\w-]+)">', html)[1]
    assert f'href="#{trace_id}"' in first
    second = html[html.index('data-question="question:index/paid-replies"') - 20 :]
    assert 'data-answer="2"' in second  # log_receipt ran twice (once in email_receipt's send): choice 3 is false
    assert "Times log_receipt ran: 2" in text_of(second)
    assert re.search(r'<script defer="defer" src="_static/predict.js(\?v=\w+)?"></script>', html)
    assert (app.outdir / "_static" / "predict.css").is_file()


QUESTION = """Broken
======

.. predict:: tests/demo/test_shop.py::test_paying
   :name: {name}

   How many times does ``log_receipt`` run?

   .. choice:: count log_receipt: {first}

      {first} time(s).

   .. choice:: count log_receipt: {second}

      {second} time(s).
"""


@pytest.mark.sphinx("html", testroot="dispatch_traces", srcdir="predict-none", confoverrides=EXTENSIONS)
def test_a_question_no_choice_of_which_holds_stops_the_build(app):
    warnings = build(app, QUESTION.format(name="thrice", first=1, second=3))
    assert (
        "index.rst:4: ERROR: predict: question thrice (tests/demo/test_shop.py::test_paying): none of its 2 choices "
        "matches the recording, which says: count log_receipt: 2" in warnings
    )


@pytest.mark.sphinx("html", testroot="dispatch_traces", srcdir="predict-two", confoverrides=EXTENSIONS)
def test_a_question_two_choices_of_which_hold_stops_the_build(app):
    warnings = build(app, QUESTION.format(name="twice", first=2, second=2))
    assert "index.rst:4: ERROR: predict: question twice (tests/demo/test_shop.py::test_paying): choices 1, 2 all match" in warnings  # fmt: skip


@pytest.mark.sphinx("html", testroot="dispatch_traces", srcdir="predict-input", confoverrides=EXTENSIONS)
def test_a_malformed_question_stops_the_build_where_it_is(app):
    warnings = build(
        app,
        QUESTION.format(name="Bad Name", first=1, second=2)
        + "\n.. predict:: tests/demo/test_shop.py::test_paying\n   :name: lonely\n\n   Alone?\n\n"
        "   .. choice:: count log_receipt: 1\n\n      Once.\n"
        "\n.. predict:: tests/demo/test_shop.py::test_paying\n   :name: typo\n\n   Typo?\n\n"
        "   .. choice:: count log_receipt: 1\n\n      Once.\n\n   .. choice:: cuont log_receipt: 2\n\n      Twice.\n"
        "\n.. predict:: tests/demo/test_shop.py::test_missing\n   :name: missing\n\n   Missing?\n\n"
        "   .. choice:: count log_receipt: 1\n\n      Once.\n\n   .. choice:: count log_receipt: 2\n\n      Twice.\n",
    )
    assert "index.rst:4: ERROR: predict: give the question a :name: of lowercase words and hyphens" in warnings
    assert "index.rst:17: ERROR: predict: lonely: a question needs at least two choices" in warnings
    assert "index.rst:26: ERROR: predict: typo: choice 2: 'cuont log_receipt: 2' is not a claim" in warnings
    assert "index.rst:39: ERROR: predict: tests/demo/test_shop.py::test_missing recorded no trace" in warnings


@pytest.mark.sphinx("gettext", testroot="dispatch_traces", srcdir="predict-gettext", confoverrides=EXTENSIONS)
def test_the_question_and_its_choices_are_translatable_and_the_claims_are_not(app):
    build(app)
    pot = (app.outdir / "index.pot").read_text(encoding="utf-8")
    assert 'msgid "Which receivers of ``order_paid`` run, and in what order?"' in pot
    assert 'msgid "``email_receipt``, then ``count_sale``."' in pot
    assert "order order_paid" not in pot and "log_receipt: 2" not in pot


PROGRESS = {
    "extensions": [*EXTENSIONS["extensions"], "signals_docs.exercises.progress"],
    # The progress page brings the exercises' Check, which needs a runtime (mandatory with CI=true):
    # the exercises' tiny project's stand-in.
    "runnable_runtime": str(Path(__file__).parents[1] / "roots" / "test-exercises" / "runtime"),
}


@pytest.mark.sphinx("html", testroot="dispatch_traces", srcdir="predict-progress", confoverrides=PROGRESS)
def test_the_progress_page_lists_each_question_under_its_page_and_the_marks_know_them(app):
    (app.srcdir / "progress.rst").write_text("Your progress\n=============\n\n.. exercise-progress::\n")
    assert not build(app, PAGE + "\n.. toctree::\n\n   progress\n")
    html = (app.outdir / "progress.html").read_text(encoding="utf-8")
    listing = html[html.index('<div class="exercise-progress"') :]
    assert re.search(
        r'<ul class="progress-list progress-questions"><li data-question="question:index/paid-order"><span>'
        r'<a class="reference internal" href="index.html#predict-paid-order">Which receivers of '
        r'<code class="docutils literal notranslate"><span class="pre">order_paid</span></code> run, '
        r'and in what order\?</a> <span class="progress-status"></span>',
        listing,
    )
    assert 'data-question="question:index/paid-replies"' in listing
    text = (app.outdir / "_static" / "progress-data.js").read_text(encoding="utf-8")
    data = json.loads(text[text.index("{") : text.rindex("}") + 1])
    assert data["questions"] == {"index": ["question:index/paid-order", "question:index/paid-replies"]}
    assert data["text"]["questions_some"] == "(%(answered)s of %(total)s questions answered)"
