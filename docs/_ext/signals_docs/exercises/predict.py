"""The ``predict`` directive: "predict the output" before a Run button, its answer taken from the recorded run.

    ::::{predict} tests/connecting/test_decorator.py::test_saving_and_deleting_forget_the_cached_list
    :name: post-save-order

    When an article is saved, which `post_save` receiver runs first?

    :::{choice} order post_save: forget_latest_articles, log_article_saved
    `forget_latest_articles`, connected when its module is imported
    :::

    :::{choice} order post_save: log_article_saved, forget_latest_articles
    `log_article_saved`, connected in `ready()`
    :::
    ::::

The question (one paragraph) and each choice's text (one paragraph) are the page's own text, so
they enter its catalog and are translated with it; each choice's argument is a claim about the
test's recorded dispatch (``claims``: an order, a return value, a count), never translated. The
build runs the test under the dispatch tracer (``examples.dispatch_traces``, one session for every
trace and question) and checks every choice against what it recorded: exactly one must hold, or
the build stops at the question's line saying whether none or which several do. Nobody types
which choice is right.

The page gets a fieldset of radio buttons (the question its legend), a Check button shown by
``static/predict.js`` (small, deferred, on pages with a question only), a status line (a live
region) and the answer, written at build time in the page's language: the right choice, what
the run recorded, and a link to the page's trace of the same test. Without the script the
answer is a disclosure to open. An answered question is remembered by ``progress.js`` beside the
passed exercises (``question:<page>/<name>``) and listed on the "Your progress" page.
"""

from __future__ import annotations

import copy
import re

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

from signals_docs import site
from signals_docs.examples.dispatch_traces import dispatch_trace_node, sentence, trace_list, trace_text, want_trace
from signals_docs.exercises import claims
from signals_docs.exercises.directive import VISITORS, part
from signals_docs.i18n.labels import _

logger = logging.getLogger(__name__)
_NAME = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


class predict_part(nodes.General, nodes.Element):
    """An HTML element of a question (``part(..., node=predict_part)``)."""


class predict_node(nodes.General, nodes.Element):
    """A question: its paragraph and its choices, turned into the form once the run is known."""


class predict_choice(nodes.General, nodes.Element):
    """One choice: its paragraph, and its claim (``claim``)."""


def ui_text() -> dict[str, str]:
    """What predict.js says, in the build's language (written into each question's status line)."""
    return {
        "right": str(_("Right: that is what the recorded run did.")),
        "wrong": str(_("Not this one: the recorded run did otherwise. The answer is below.")),
        "none": str(_("Pick one of the choices first.")),
    }


def key(docname: str, name: str) -> str:
    """The question's entry in the reader's progress (progress.js): stable across builds and languages."""
    return f"question:{docname}/{name}"


class Choice(SphinxDirective):
    required_arguments = 1
    final_argument_whitespace = True
    has_content = True

    def run(self) -> list[nodes.Node]:
        node = predict_choice(claim=self.arguments[0], line=self.lineno)
        node += self.parse_content_to_nodes()
        return [node]


class Predict(SphinxDirective):
    required_arguments = 1
    has_content = True
    option_spec = {"name": directives.unchanged_required}

    def error(self, message: str, *args) -> list[nodes.Node]:
        logger.error("predict: " + message, *args, location=self.get_location(), type="predict", subtype="input")
        return []

    def run(self) -> list[nodes.Node]:
        test, name = self.arguments[0], self.options.get("name", "")
        if not _NAME.match(name):
            return self.error("give the question a :name: of lowercase words and hyphens (its progress key), not %r", name)  # fmt: skip
        parsed = self.parse_content_to_nodes()
        choices = [node for node in parsed if isinstance(node, predict_choice)]
        question = [node for node in parsed if not isinstance(node, predict_choice)]
        if len(question) != 1 or not isinstance(question[0], nodes.paragraph):
            return self.error("%s: the question must be one paragraph before the choices", name)
        if len(choices) < 2:
            return self.error("%s: a question needs at least two choices", name)
        for number, choice in enumerate(choices, 1):
            if len(choice.children) != 1 or not isinstance(choice[0], nodes.paragraph):
                return self.error("%s: choice %s must be one paragraph of text", name, number)
            try:
                claims.parse(choice["claim"])
            except claims.ClaimError as error:
                return self.error("%s: choice %s: %s", name, number, error)
        asked = self.env.predict_questions.setdefault(self.env.docname, [])
        if any(other["name"] == name for other in asked):
            return self.error("two questions of this page are named %s", name)
        asked.append({"name": name, "test": test, "line": self.lineno, "claims": [c["claim"] for c in choices]})
        want_trace(self.env, test, self.lineno, "predict")
        node = predict_node("", *question, *choices, test=test, name=name, line=self.lineno)
        node["ids"] = [f"predict-{name}"]
        return [node]


def _init_env(app: Sphinx, env: BuildEnvironment, docnames) -> None:
    if not hasattr(env, "predict_questions"):
        env.predict_questions = {}


def _purge(app: Sphinx, env: BuildEnvironment, docname: str) -> None:
    env.predict_questions.pop(docname, None)


def _merge(app: Sphinx, env: BuildEnvironment, docnames, other: BuildEnvironment) -> None:
    for docname in docnames:
        if docname in other.predict_questions:
            env.predict_questions[docname] = other.predict_questions[docname]


def _trace(env: BuildEnvironment, test: str) -> dict | None:
    return (getattr(env, "dispatch_trace_results", None) or {}).get("traces", {}).get(test)


def _check(app: Sphinx, env: BuildEnvironment) -> None:
    """Every question's choices against its test's recording (run by dispatch_traces just before)."""
    for docname, questions in sorted(env.predict_questions.items()):
        for question in questions:
            record = _trace(env, question["test"])
            if record is None:
                continue  # dispatch_traces said why (or the tests were not run: livehtml)
            try:
                claims.correct(question["claims"], record)
            except claims.ClaimError as error:
                logger.error("predict: question %s (%s): %s", question["name"], question["test"], error,
                             location=(docname, question["line"]), type="predict", subtype="answer")  # fmt: skip


# Rendering -------------------------------------------------------------------------------


def el(tag: str, *children: nodes.Node, **options) -> predict_part:
    """An HTML element of a question (not an exercise's: the page loads no Check for it)."""
    return part(tag, *children, node=predict_part, **options)


def _inline(paragraph: nodes.paragraph, **attributes) -> nodes.inline:
    """A paragraph's text as phrasing content (a legend or a label may not hold a <p>)."""
    return nodes.inline("", "", *copy.deepcopy(paragraph.children), **attributes)


def _shallow(send: dict) -> dict:
    return {**send, "receivers": [{**call, "children": []} for call in send["receivers"]]}


def _facts(node: predict_node, record: dict, language: str) -> list[nodes.Node]:
    """What the run recorded about each thing the choices claim, in the page's language."""
    text, shown, facts = trace_text(), set(), []
    for choice in node.findall(predict_choice):
        for claim in claims.parse(choice["claim"]):
            if (claim.kind, claim.subject) in shown:
                continue
            shown.add((claim.kind, claim.subject))
            if claim.kind in ("order", "returns"):
                send = _shallow(claims.first_send(record, claim.subject))
                facts.append(trace_list([send]))
            elif claim.kind == "count":
                count = site.language(language).number(claims.recorded(claim, record))
                template = _("Times %(receiver)s ran: %(count)s")
                facts.append(sentence(template, words={"count": count}, receiver=claim.subject))
            else:
                callbacks = [
                    item
                    for item in claims.walk(record["children"])
                    if item["type"] == "on_commit" and claims.matches(claim.subject, item["callback"])
                ]
                listing = nodes.enumerated_list(enumtype="arabic", classes=["dispatch-trace-list"])
                for item in callbacks:
                    listing += nodes.list_item("", sentence(text[item["state"]], callback=item["callback"]))
                facts.append(listing)
    return facts


def _form(app: Sphinx, node: predict_node, docname: str, record: dict | None, trace_id: str | None) -> nodes.Node:
    name = node["name"]
    paragraphs = [n for n in node.children if isinstance(n, nodes.paragraph)]
    choices = list(node.findall(predict_choice))
    try:
        answer = claims.correct([choice["claim"] for choice in choices], record) if record else None
    except claims.ClaimError:
        answer = None  # reported in _check
    language = site.build_code(app.config)
    texts = ui_text()
    legend = el(
        "legend",
        el("span", nodes.Text(str(_("Predict the output"))), classes=["predict-kicker"]),
        nodes.Text(" "),
        _inline(paragraphs[0], classes=["predict-question"]),
    )
    options = el("div", classes=["predict-choices"])
    for number, choice in enumerate(choices, 1):
        radio = nodes.raw("", f'<input type="radio" name="predict-{name}" value="{number}">', format="html")
        options += el("label", radio, nodes.Text(" "), _inline(choice[0]), classes=["predict-choice"])
    attributes = {"data-question": key(docname, name)}
    if answer is not None:
        attributes["data-answer"] = str(answer + 1)
    form = el("div", el("fieldset", legend, options), classes=["predict"], **attributes)
    form["ids"] = node["ids"]
    check = el("button", nodes.Text(str(_("Check my prediction"))), classes=["predict-check"], type="button", hidden="")
    form += el("p", check, classes=["exercise-tools", "predict-tools"])
    form += el("p", classes=["predict-status"], role="status", **{f"data-{word}": said for word, said in texts.items()})
    if answer is None:
        form += nodes.paragraph("", str(_("(the answer was not recorded in this build)")), classes=["predict-missing"])
        return form
    reveal = el("details", el("summary", nodes.Text(str(_("Show the answer")))), classes=["predict-answer"])
    said = nodes.paragraph("", "", nodes.Text(str(_("The answer:")) + " "), _inline(choices[answer][0]))
    reveal += said
    test = node["test"]
    django = (app.env.dispatch_trace_results or {}).get("django", "")
    caption = _("Recorded when this page was built (Django %(django)s), in %(test)s:")
    reveal += sentence(caption, test=test, django=django)
    reveal += _facts(node, record, language)
    if trace_id:
        link = nodes.reference("", str(_("The whole dispatch of this test")), refuri=f"#{trace_id}", internal=True)
        reveal += nodes.paragraph("", "", link)
    form += reveal
    return form


def _fill(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    traces = {node["test"]: node for node in doctree.findall(dispatch_trace_node)}
    for choice in list(doctree.findall(predict_choice)):
        if not isinstance(choice.parent, predict_node):
            logger.error("predict: a choice outside a predict directive", location=(docname, choice["line"]),
                         type="predict", subtype="input")  # fmt: skip
            choice.parent.remove(choice)
    for node in list(doctree.findall(predict_node)):
        if app.builder.format != "html":
            node.replace_self(node.children[:1] + [c[0] for c in node.findall(predict_choice)])
            continue
        trace = traces.get(node["test"])
        trace_id = None
        if trace is not None:
            trace["ids"] = trace["ids"] or [f"trace-{node['name']}"]
            trace_id = trace["ids"][0]
        node.replace_self(_form(app, node, docname, _trace(app.env, node["test"]), trace_id))


def _page_context(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    if doctree is not None and any(True for _node in doctree.findall(predict_part)):
        app.add_js_file("predict.js", loading_method="defer")


def setup(app: Sphinx) -> dict:
    app.setup_extension("signals_docs.examples.dispatch_traces")  # runs the tests, records their dispatch
    app.setup_extension("signals_docs.i18n.labels")
    app.setup_extension("signals_docs.exercises")  # static/: predict.js, predict.css
    app.add_css_file("predict.css")
    app.add_node(predict_part, **VISITORS)
    app.add_node(predict_node)
    app.add_node(predict_choice)
    app.add_directive("predict", Predict)
    app.add_directive("choice", Choice)
    app.connect("env-before-read-docs", _init_env)
    app.connect("env-purge-doc", _purge)
    app.connect("env-merge-info", _merge)
    app.connect("env-check-consistency", _check, priority=600)  # after dispatch_traces ran the tests
    app.connect("doctree-resolved", _fill, priority=400)  # before dispatch_traces fills its traces in
    app.connect("html-page-context", _page_context, priority=400)
    return {"version": "1", "env_version": 1, "parallel_read_safe": True, "parallel_write_safe": True}
