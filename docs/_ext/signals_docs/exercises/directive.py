"""The ``exercise`` directive: an exercise of ``exercises/`` at the end of its page, proved in the build.

    ```{exercise} receivers/connect_with_sender
    ```

renders the exercise's title, the editor the reader writes in and a Check button. What
the reader needs only once they reach the exercise leaves the page for a script of the
page's own (``_static/exercises/<page>.js``, loaded by ``static/exercise.js`` when an
exercise comes within a window's height of the view, or the reader points at or focuses
it: the first load of a page ending with three Persian exercises grows by at most 5 KB,
issue 23): the task, the starter code (put in the editor), the hints (disclosures, shown
one at a time), the solution (offered after a failed Check), what each failing test means
and what to try next. A classic script, not ``fetch()``: it loads from ``file://``
too, so the offline zip shows the starter and the hints (its Check says to serve the
folder). Every text comes from ``exercise.toml`` and is parsed as Markdown into the page's
doctree, so it enters the page's catalog and is translated like the rest of the page (the
parts moved out are rendered from the translated doctree); the buttons' labels come from
the extensions' catalog.

Like ``examples.verified``, the build refuses a broken exercise: once per build (cached
by the content of ``exercises/`` and ``examples/``) ``signals_docs.exercises.proof``
runs every exercise's tests once per answer, and each exercise whose metadata is wrong,
whose solution fails, or whose starter or a wrong answer does not fail exactly the
tests it declares is an error at the page and line that show it. So is an exercise
no page shows, or one shown on a page other than its ``page``.
"""

from __future__ import annotations

import json
import re
from html import escape
from pathlib import Path

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

from signals_docs.examples.download import download_reference
from signals_docs.examples.project_zip import ZIP_NAME
from signals_docs.examples.runnable import digits, write_labels
from signals_docs.exercises import proof
from signals_docs.i18n.labels import _

logger = logging.getLogger(__name__)


class exercise_part(nodes.General, nodes.Element):
    """An HTML element of the exercise: ``tag`` and ``attributes`` say which."""


def _visit_html(self, node: exercise_part) -> None:
    self.body.append(self.starttag(node, node["tag"], "", **node.get("attributes", {})))


def _depart_html(self, node: exercise_part) -> None:
    self.body.append(f"</{node['tag']}>")


def _transparent(self, node: exercise_part) -> None:
    """Other builders show the parts' content as it comes."""


#: How an HTML element node (exercise_part, or another page's node class) is written, per builder.
VISITORS = {
    "html": (_visit_html, _depart_html),
    **dict.fromkeys(("latex", "text", "man", "texinfo"), (_transparent, _transparent)),
}


def part(tag: str, *children: nodes.Node, classes: list[str] | None = None, node=exercise_part, **attributes):
    """An HTML element ``tag`` with ``children``; ``node``: another class added with VISITORS, for markup
    that is not an exercise's (a page with an exercise_part loads the Check)."""
    return node("", *children, tag=tag, classes=classes or [], attributes=attributes)


def ui_text() -> dict[str, str]:
    """Every label exercise-ui.js shows, in the build's language."""
    return {
        "passed": str(_("Well done: every check passed.")),
        "failed": str(_("Not yet: %(failed)s of %(total)s checks failed.")),
        "unexpected": str(_("A check failed:")),
        "output": str(_("Full test output")),
        "syntax": str(_("Syntax error on line %(line)s of your code: %(message)s")),
        "timeout": str(
            _("Stopped after %s seconds: your code did not finish (a loop that never ends?). Press Check to try again.")
        ),
        "error": str(_("The runtime could not check your answer:")),
    }


class ExerciseDirective(SphinxDirective):
    required_arguments = 1
    has_content = False

    def run(self) -> list[nodes.Node]:
        name = self.arguments[0].strip()
        root = Path(self.config.verified_repo_root, self.config.exercises_dir)
        folder = root / name
        if not (folder / "exercise.toml").is_file():
            logger.error("no exercise %s: %s/%s/exercise.toml is missing", name, self.config.exercises_dir, name,
                         location=self.get_location(), type="exercises", subtype="missing")  # fmt: skip
            return []
        exercise = next(e for e in proof.load(root) if e.name == name)
        for path in ("exercise.toml", "starter.py", "solution.py"):
            self.env.note_dependency(str(folder / path))
        self.env.exercises_shown.setdefault(self.env.docname, []).append((name, self.lineno))
        if exercise.problems:
            for problem in exercise.problems:
                logger.error("exercise %s: %s", name, problem, location=self.get_location(),
                             type="exercises", subtype="metadata")  # fmt: skip
            return []
        data = exercise.data
        test = f"{self.config.exercises_dir}/{name}/test_{folder.name}.py"
        slug = "exercise-" + name.replace("/", "-").replace("_", "-")
        section = part("section", classes=["exercise"], **{"data-exercise": name, "data-test": test})
        section["ids"] = [slug]

        # Inline Markdown in the title (`code`) renders as on the rest of the page; the catalog's msgid stays
        # the title as written, as the Persian translation, parsed the same way, already rendered it.
        inline, messages = self.parse_inline(data["title"])
        title = nodes.rubric(data["title"], "", *inline, classes=["exercise-title"])
        title["heading-level"] = 2
        self.set_source_info(title)
        section += part("p", nodes.Text(str(_("Exercise"))), classes=["exercise-kicker"])
        section += [title, *messages]
        # The task, like the starter and the hints, leaves the page for the page's script (_write_later).
        section += part("div", *self.parse_text_to_nodes(data["task"]), classes=["exercise-task"])

        # The editor, named by the title, as tall as the starter that exercise.js puts in it (nothing moves).
        starter = (folder / "starter.py").read_text(encoding="utf-8")
        title["ids"] = [f"{slug}-title"]
        rows = min(30, starter.count("\n") + 1)  # its lines and one to write on
        section += nodes.raw(
            "",
            f'<textarea class="runnable-editor exercise-editor" dir="ltr" spellcheck="false" autocapitalize="off" '
            f'rows="{rows}" aria-labelledby="{slug}-title"></textarea>'
            '<p class="exercise-tools"><button type="button" class="exercise-check" hidden>'
            f"{escape(str(_('Check')))}</button></p>"
            '<p class="exercise-status" role="status"></p>',
            format="html",
        )
        # Without JavaScript the tasks, the starters and Check cannot come: the page's first exercise says
        # where the same exercises are (once a page, as the first load allows 5 KB for all of them).
        if len(self.env.exercises_shown[self.env.docname]) == 1:
            section += self._without_javascript(name.split("/")[0])
        # What the reader needs once at the exercise (hints, starter) or after a Check (the solution, the
        # messages, what next) leaves the page for the page's script when it is written (_write_later).
        later = part("div", classes=["exercise-later"], **{"data-name": slug, "data-starter": starter})
        hints = part("div", classes=["exercise-hints"])
        for number, hint in enumerate(data["hints"], 1):
            count = {
                "number": digits(number, self.config.language),
                "total": digits(len(data["hints"]), self.config.language),
            }
            label = str(_("Hint %(number)s of %(total)s")) % count
            # One at a time: signals.css shows a hint once the one before it is open.
            hints += part("details", part("summary", nodes.Text(label)), *self.parse_text_to_nodes(hint),
                          classes=["exercise-hint"])  # fmt: skip
        later += hints
        solution_text = (folder / "solution.py").read_text(encoding="utf-8")
        solution = nodes.literal_block(solution_text, solution_text, language="python")
        self.set_source_info(solution)
        later += part("details", part("summary", nodes.Text(str(_("Solution")))), solution,
                      classes=["exercise-solution"], hidden="")  # fmt: skip

        messages = part("div", classes=["exercise-messages"], hidden="")
        for test_name in exercise.tests:
            messages += part("div", *self.parse_text_to_nodes(data["messages"][test_name]),
                             classes=["exercise-message"], **{"data-test": test_name})  # fmt: skip
        messages += part("div", *self.parse_text_to_nodes(data["next"]), classes=["exercise-next"])
        later += messages
        section += later
        return [section]

    def _without_javascript(self, topic: str) -> nodes.Node:
        """What a page's exercises say where scripts do not run: where their files are, to solve with pytest."""
        text = str(_("The exercises need JavaScript here. They are also in %(zip)s, in %(folder)s: solve them "
                     "there with an editor and pytest."))  # fmt: skip
        paragraph = nodes.paragraph("", "", classes=["exercise-nojs"], translatable=False)
        for piece in re.split(r"(%\(zip\)s|%\(folder\)s)", text):
            if piece == "%(zip)s":  # the site's examples.download makes it relative to the page when written
                paragraph += download_reference(ZIP_NAME)
            elif piece == "%(folder)s":
                paragraph += nodes.literal("", f"{self.config.exercises_dir}/{topic}/")
            elif piece:
                paragraph += nodes.Text(piece)
        return part("noscript", paragraph)


def _init_env(app: Sphinx, env: BuildEnvironment, docnames) -> None:
    if not hasattr(env, "exercises_shown"):
        env.exercises_shown = {}


def _purge(app: Sphinx, env: BuildEnvironment, docname: str) -> None:
    env.exercises_shown.pop(docname, None)


def _merge(app: Sphinx, env: BuildEnvironment, docnames, other: BuildEnvironment) -> None:
    for docname in docnames:
        if docname in other.exercises_shown:
            env.exercises_shown[docname] = other.exercises_shown[docname]


def _proof_run(app: Sphinx, repo: Path) -> dict:
    """``proof.run()`` once per content of exercises/ and examples/ (the second language reuses it,
    and so does tests/exercises: ``proof.cached_run``)."""
    cache = Path(app.doctreedir).parent / proof.RUN_CACHE
    return proof.cached_run(repo, app.config.exercises_dir, app.config.verified_examples_dir, cache)


def _check(app: Sphinx, env: BuildEnvironment) -> None:
    repo = Path(app.config.verified_repo_root)
    root = repo / app.config.exercises_dir
    shown_on: dict[str, list[tuple[str, int]]] = {}
    for docname, shown in sorted(env.exercises_shown.items()):
        for name, line in shown:
            shown_on.setdefault(name, []).append((docname, line))
    exercises = proof.load(root) if root.is_dir() else []
    for exercise in exercises:
        places = shown_on.get(exercise.name)
        page = exercise.data.get("page")
        if not places:
            logger.error("exercise %s is on disk but no page shows it: end the page '%s' with ```{exercise} %s```",
                         exercise.name, page, exercise.name, type="exercises", subtype="unshown")  # fmt: skip
        for docname, line in places or []:
            if docname != page:
                logger.error("exercise %s belongs to the page '%s' (its exercise.toml says so), not here",
                             exercise.name, page, location=(docname, line), type="exercises", subtype="page")  # fmt: skip
    if not exercises or not app.config.verified_examples_run:
        return
    result = _proof_run(app, repo)
    for exercise in exercises:
        if exercise.problems:
            continue  # reported where the directive is, or above
        problems = proof.verdict(exercise, result)
        for docname, line in shown_on.get(exercise.name) or [(exercise.data.get("page", "index"), 0)]:
            for problem in problems:
                logger.error("exercise %s is broken: %s", exercise.name, problem, location=(docname, line),
                             type="exercises", subtype="failed")  # fmt: skip


#: Where each page's moved-out parts are written, under a language's output (``<page>.js``).
LATER_DIR = "_static/exercises"


def later_script(docname: str) -> str:
    """The path of ``docname``'s parts under the output folder."""
    return f"{LATER_DIR}/{docname.replace('/', '-')}.js"


def _write_later(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Move each exercise's task, starter, hints, solution and messages out of the page into the page's
    script (``later_script``: ``self.exerciseParts[<slug>] = {task, starter, html}``), rendered and
    translated as the page is; exercise.js loads it when the reader reaches an exercise."""
    parts = {}
    for later in list(doctree.findall(lambda n: isinstance(n, exercise_part) and "exercise-later" in n["classes"])):
        if app.builder.format == "html":
            section = later.parent
            section.remove(later)
            task = next(n for n in section.children if isinstance(n, exercise_part) and "exercise-task" in n["classes"])
            section.replace(task, part("div", classes=["exercise-task"]))  # filled in where it was
            attributes = later["attributes"]
            parts[attributes["data-name"]] = {
                "task": app.builder.render_partial(task)["fragment"],
                "starter": attributes.pop("data-starter"),
                "html": app.builder.render_partial(later)["fragment"],
            }
    if parts:
        target = Path(app.outdir, later_script(docname))
        target.parent.mkdir(parents=True, exist_ok=True)
        data = json.dumps(parts, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        target.write_text(f"self.exerciseParts=Object.assign(self.exerciseParts||{{}},{data});\n", encoding="utf-8")


def _page_context(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    if doctree is None or not any(True for _node in doctree.findall(exercise_part)):
        return
    # Without the runtime the exercise is still there to read (starter and hints) and solve locally, with no Check.
    check = {"data-runtime": app.config.runnable_runtime_url} if getattr(app.env, "runnable_ready", False) else {}
    parts = later_script(pagename).removeprefix("_static/")
    app.add_js_file("exercise.js", loading_method="defer", **{"data-parts": parts, **check})


def _write_text(app: Sphinx, exception: Exception | None) -> None:
    if exception is None and app.builder.format == "html":
        write_labels(app, "exercise-text.js", "exerciseText", ui_text())


def setup(app: Sphinx) -> dict:
    app.setup_extension("signals_docs.examples.verified")  # verified_repo_root, verified_examples_run
    app.setup_extension("signals_docs.examples.runnable")  # the Run panel's worker and texts
    app.setup_extension("signals_docs.i18n.labels")
    app.setup_extension("signals_docs.exercises")  # static/: exercise.js, exercise-ui.js
    # The exercises folder, relative to verified_repo_root.
    app.add_config_value("exercises_dir", "exercises", "env", str)
    app.add_node(exercise_part, **VISITORS)
    app.add_directive("exercise", ExerciseDirective)
    app.connect("env-before-read-docs", _init_env)
    app.connect("env-purge-doc", _purge)
    app.connect("env-merge-info", _merge)
    app.connect("env-check-consistency", _check)
    app.connect("doctree-resolved", _write_later)
    app.connect("html-page-context", _page_context, priority=400)
    app.connect("build-finished", _write_text)
    return {"version": "2", "env_version": 2, "parallel_read_safe": True, "parallel_write_safe": True}
