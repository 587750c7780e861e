"""The reader's progress through the exercises and the "predict the output" questions, kept by their
browser only: marks in the navigation and a "Your progress" page.

Nothing leaves the browser. ``static/progress.js``, on every page, is the one module that reads, writes
and clears the record (one localStorage entry, keyed by exercise or question, with its page);
``exercise-ui.js`` records an exercise there when its Check passes, ``predict.js`` a question once it is
answered. Once anything is stored it loads ``static/progress-marks.js`` and ``_static/progress-data.js``
(written here at the end of the build: the exercises each page ends with, the questions it asks, and
the labels in the build's language) and marks the navigation's links; while nothing is stored,
nothing more loads.

The ``exercise-progress`` directive writes the "Your progress" page (``docs/progress.md``):

    ```{exercise-progress}
    ```

lists every exercise of ``exercises/`` (read with ``proof.load``, as the exercise directive does), grouped
by the page it ends, in the order of the table of contents; each entry links to its exercise with the
title that page shows (so in the page's language, translated once in that page's catalog) and has a
status ``static/progress-page.js`` fills in, beside a count (a live region) and a "Clear my progress"
button that asks first. Under each page's exercises come its questions (``predict``), linked and
worded as the page asks them. The titles are taken from the pages' doctrees when the page is written; the
page is read again whenever another page is, so it follows their titles and translations.
"""

from __future__ import annotations

from pathlib import Path

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.util.docutils import SphinxDirective

from signals_docs.examples.runnable import page_facts, write_labels
from signals_docs.exercises import proof
from signals_docs.exercises.directive import VISITORS, exercise_part, part
from signals_docs.exercises.predict import key as question_key
from signals_docs.exercises.predict import predict_node
from signals_docs.i18n.labels import _

DATA_JS = "progress-data.js"


class progress_part(nodes.General, nodes.Element):
    """An HTML element of the progress page (``part(..., node=progress_part)``): not an exercise's, so
    the page loads no Check."""


def page_part(tag: str, *children: nodes.Node, **options) -> progress_part:
    return part(tag, *children, node=progress_part, **options)


class progress_list(nodes.General, nodes.Element):
    """Where the exercises go, filled in when the page is written (the other pages are read by then)."""


def ui_text() -> dict[str, str]:
    """Every label the marks and the progress page show, in the build's language."""
    return {
        "mark_all": str(_("(every exercise passed)")),
        "mark_some": str(_("(%(passed)s of %(total)s exercises passed)")),
        "passed": str(_("Passed")),
        "not_passed": str(_("Not passed yet")),
        "count": str(_("You have passed %(passed)s of %(total)s exercises.")),
        "questions_all": str(_("(every question answered)")),
        "questions_some": str(_("(%(answered)s of %(total)s questions answered)")),
        "answered": str(_("Answered")),
        "not_answered": str(_("Not answered yet")),
        "questions_count": str(_("You have answered %(answered)s of %(total)s questions.")),
        "confirm": str(
            _(
                "Forget every exercise you passed and every question you answered? Only this browser remembers "
                "them; this cannot be undone."
            )
        ),
        "cleared": str(_("Your progress is cleared.")),
        "nothing": str(_("There is nothing to clear.")),
        "unavailable": str(
            _("This browser does not let the site store anything, so it cannot remember the exercises you pass.")
        ),
        "file": str(
            _(
                "This page was opened from a file: exercises cannot be checked here, so no progress is recorded, "
                "and the progress you made on the website stays with the website. To check exercises, run "
                "%(command)s in the unzipped folder, then open %(address)s in your browser."
            )
        ),
    }


def exercises_by_page(app: Sphinx) -> dict[str, list[proof.Exercise]]:
    """``{page: [exercise, ...]}`` for every exercise on disk that is whole (a broken one fails the build
    where its page shows it), the pages in the order of the table of contents."""
    root = Path(app.config.verified_repo_root, app.config.exercises_dir)
    pages: dict[str, list[proof.Exercise]] = {}
    for exercise in proof.load(root) if root.is_dir() else []:
        if not exercise.problems:
            pages.setdefault(exercise.data["page"], []).append(exercise)
    order = toctree_order(app.env)
    shown = {name: line for places in app.env.exercises_shown.values() for name, line in places}
    for exercises in pages.values():
        exercises.sort(key=lambda exercise: shown.get(exercise.name, 0))  # as the page shows them
    return dict(sorted(pages.items(), key=lambda item: (order.get(item[0], len(order)), item[0])))


def toctree_order(env: BuildEnvironment) -> dict[str, int]:
    """Each page's place in the table of contents, read depth first from the root page."""
    order: dict[str, int] = {}

    def walk(docname: str) -> None:
        if docname not in order:
            order[docname] = len(order)
            for child in env.toctree_includes.get(docname, []):
                walk(child)

    walk(env.config.root_doc)
    return order


class ProgressDirective(SphinxDirective):
    has_content = False

    def run(self) -> list[nodes.Node]:
        root = Path(self.config.verified_repo_root, self.config.exercises_dir)
        for toml in sorted(root.glob("*/*/exercise.toml")):
            self.env.note_dependency(str(toml))
        self.env.exercise_progress_pages.add(self.env.docname)
        button = page_part("button", nodes.Text(str(_("Clear my progress"))), classes=["progress-clear"],
                      type="button", hidden="")  # fmt: skip
        return [
            page_part(
                "div",
                page_part("p", classes=["progress-count"], role="status"),
                progress_list(""),
                page_part("p", button, classes=["exercise-tools", "progress-tools"]),
                classes=["exercise-progress"],
            )
        ]


def questions_by_page(app: Sphinx) -> dict[str, list[str]]:
    """``{page: [question name, ...]}`` for every "predict the output" question, in the order its page asks them."""
    asked = getattr(app.env, "predict_questions", {})
    return {page: [question["name"] for question in asked[page]] for page in sorted(asked) if asked[page]}


def _question_in(doctree: nodes.document, name: str) -> list[nodes.Node]:
    """The question as its page asks it (translated, its inline code as code)."""
    for node in doctree.findall(predict_node):
        if node["name"] == name:
            return [child.deepcopy() for child in next(node.findall(nodes.paragraph)).children]
    return [nodes.Text(name)]


def _title_in(doctree: nodes.document, name: str) -> tuple[str, list[nodes.Node]] | None:
    """The exercise's anchor and title as its page shows them (translated, its inline code as code), or None."""
    for section in doctree.findall(exercise_part):
        if section.get("attributes", {}).get("data-exercise") == name:
            title = next(section.findall(nodes.rubric), None)
            return section["ids"][0], [child.deepcopy() for child in title.children] if title else []
    return None


def _fill(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    # The nodes made here carry no source line, so the gettext builder does not collect the titles
    # again (test_exercise_progress.py).
    for placeholder in list(doctree.findall(progress_list)):
        groups = []
        questions, pages, order = questions_by_page(app), exercises_by_page(app), toctree_order(app.env)
        pages |= {page: [] for page in questions if page not in pages}  # a page that only asks questions
        for page, exercises in sorted(pages.items(), key=lambda item: (order.get(item[0], len(order)), item[0])):
            page_tree = app.env.get_doctree(page)
            uri = app.builder.get_relative_uri(docname, page)
            title = app.env.titles[page].astext() if page in app.env.titles else page
            heading = nodes.rubric(
                "", "", nodes.reference("", title, refuri=uri, internal=True), classes=["progress-page"]
            )
            heading["heading-level"] = 2
            items = []
            for exercise in exercises:
                anchor, name = _title_in(page_tree, exercise.name) or ("", [nodes.Text(exercise.data["title"])])
                link = nodes.reference("", "", *name, refuri=f"{uri}#{anchor}" if anchor else uri, internal=True)
                status = page_part("span", classes=["progress-status"])
                line = nodes.inline("", "", link, nodes.Text(" "), status)  # a link needs a text element around it
                items.append(page_part("li", line, **{"data-exercise": exercise.name}))
            groups += [heading]
            if items:
                groups.append(page_part("ul", *items, classes=["progress-list"]))
            asked = []
            for name in questions.get(page, []):
                link = nodes.reference(
                    "", "", *_question_in(page_tree, name), refuri=f"{uri}#predict-{name}", internal=True
                )
                status = page_part("span", classes=["progress-status"])
                line = nodes.inline("", "", link, nodes.Text(" "), status)
                asked.append(page_part("li", line, **{"data-question": question_key(page, name)}))
            if asked:
                groups.append(page_part("ul", *asked, classes=["progress-list", "progress-questions"]))
        placeholder.replace_self(groups)


def _page_context(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    if pagename in getattr(app.env, "exercise_progress_pages", ()):
        app.add_js_file(DATA_JS, priority=400, loading_method="defer")  # before progress.js: it reads the data
        app.add_js_file("progress-page.js", priority=600, loading_method="defer")


def _write_data(app: Sphinx, exception: Exception | None) -> None:
    if exception is None and app.builder.format == "html":
        pages = {page: [e.name for e in exercises] for page, exercises in exercises_by_page(app).items()}
        questions = {
            page: [question_key(page, name) for name in names] for page, names in questions_by_page(app).items()
        }
        write_labels(
            app,
            DATA_JS,
            "progressData",
            {"pages": pages, "questions": questions, "text": {**ui_text(), **page_facts(app.config)}},
        )


def _init_env(app: Sphinx, env: BuildEnvironment, docnames) -> None:
    if not hasattr(env, "exercise_progress_pages"):
        env.exercise_progress_pages = set()


def _purge(app: Sphinx, env: BuildEnvironment, docname: str) -> None:
    env.exercise_progress_pages.discard(docname)


def _merge(app: Sphinx, env: BuildEnvironment, docnames, other: BuildEnvironment) -> None:
    env.exercise_progress_pages |= set(docnames) & other.exercise_progress_pages


def _outdated(app: Sphinx, env: BuildEnvironment, added, changed, removed) -> list[str]:
    # The titles come from the other pages: whenever one is read again, so is the progress page.
    return sorted(getattr(env, "exercise_progress_pages", set())) if added or changed or removed else []


def setup(app: Sphinx) -> dict:
    app.setup_extension("signals_docs.exercises.directive")  # exercises_dir, exercise_part, the Check
    app.setup_extension("signals_docs.exercises.predict")  # the questions, answered beside the exercises
    app.add_js_file("progress.js", loading_method="defer")  # every page: the marks, and the record a Check writes
    app.add_css_file("progress.css")
    app.add_node(progress_part, **VISITORS)
    app.add_node(progress_list)
    app.add_directive("exercise-progress", ProgressDirective)
    app.connect("env-before-read-docs", _init_env)
    app.connect("env-purge-doc", _purge)
    app.connect("env-merge-info", _merge)
    app.connect("env-get-outdated", _outdated)
    app.connect("doctree-resolved", _fill)
    app.connect("html-page-context", _page_context, priority=400)  # before assets.scripts copies the page's list
    app.connect("build-finished", _write_data)
    return {"version": "1", "env_version": 1, "parallel_read_safe": True, "parallel_write_safe": True}
