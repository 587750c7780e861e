"""The ``exercise`` directive: an exercise of ``exercises/`` at the end of its page, proved in the build.

    ```{exercise} receivers/connect_with_sender
    ```

renders the exercise's title, task, starter code (the editor the reader writes in),
a Check button, its hints (disclosures, shown one at a time), and, in a file of its own
that ``static/exercise-ui.js`` fetches on the first Check (``_static/exercises/<slug>.html``:
the first load stays light), the solution (offered after a failed Check) and what each
failing test means and what to try next. Every text comes from ``exercise.toml`` and is
parsed as Markdown into the page's doctree, so it enters the page's catalog and is
translated like the rest of the page; the buttons' labels come from the extensions'
catalog.

Like ``examples.verified``, the build refuses a broken exercise: once per build (cached
by the content of ``exercises/`` and ``examples/``) ``signals_docs.exercises.proof``
runs every exercise's tests once per answer, and each exercise whose metadata is wrong,
whose solution fails, or whose starter or a wrong answer does not fail exactly the
tests it declares is an error at the page and line that show it. So is an exercise
no page shows, or one shown on a page other than its ``page``.
"""

from __future__ import annotations

import hashlib
import json
from html import escape
from pathlib import Path

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

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

        title = nodes.rubric(data["title"], data["title"], classes=["exercise-title"])
        title["heading-level"] = 2
        self.set_source_info(title)
        section += part("p", nodes.Text(str(_("Exercise"))), classes=["exercise-kicker"])
        section += title
        section += part("div", *self.parse_text_to_nodes(data["task"]), classes=["exercise-task"])

        # The starter in an editor from the start (no script needed to type in it), named by the title.
        starter = (folder / "starter.py").read_text(encoding="utf-8")
        title["ids"] = [f"{slug}-title"]
        rows = min(30, starter.count("\n") + 1)  # its lines and one to write on
        section += nodes.raw(
            "",
            f'<textarea class="runnable-editor exercise-editor" dir="ltr" spellcheck="false" autocapitalize="off" '
            f'rows="{rows}" aria-labelledby="{slug}-title">{escape(starter)}</textarea>'
            '<p class="exercise-tools"><button type="button" class="exercise-check" hidden>'
            f"{escape(str(_('Check')))}</button></p>"
            '<p class="exercise-status" role="status"></p>',
            format="html",
        )
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
        section += hints

        # What only a Check needs (the solution, the messages, what next) leaves the page for a file
        # of its own when the page is written (_write_later): the first load stays light.
        later = part("div", classes=["exercise-later"], **{"data-name": slug})
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
    """``proof.run()`` once per content of exercises/ and examples/ (the second language reuses it)."""
    roots = (repo / app.config.exercises_dir, repo / app.config.verified_examples_dir)
    key = hashlib.sha256(proof.digest(*roots).encode()).hexdigest()
    cache = Path(app.doctreedir).parent / "verified-exercises.json"
    try:
        cached = json.loads(cache.read_text())
        if cached.get("key") == key:
            return cached
    except (OSError, ValueError):
        pass
    result = {"key": key, **proof.run(repo, app.config.exercises_dir)}
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_text(json.dumps(result))
    return result


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


#: Where the parts a Check needs are written, under a language's output (``<slug>.html``).
LATER_DIR = "_static/exercises"


def _write_later(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Move each exercise's solution and messages out of the page into ``LATER_DIR/<slug>.html``
    (exercise-ui.js fetches it on the first Check), rendered and translated as the page is."""
    for later in list(doctree.findall(lambda n: isinstance(n, exercise_part) and "exercise-later" in n["classes"])):
        if app.builder.format == "html":
            later.parent.remove(later)
            fragment = app.builder.render_partial(later)["fragment"]
            target = Path(app.outdir, LATER_DIR, later["attributes"]["data-name"] + ".html")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(fragment, encoding="utf-8")


def _page_context(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    # Without the runtime the exercise is still there to read and solve locally, with no Check.
    ready = getattr(app.env, "runnable_ready", False)
    if ready and doctree is not None and any(True for _node in doctree.findall(exercise_part)):
        app.add_js_file("exercise.js", loading_method="defer", **{"data-runtime": app.config.runnable_runtime_url})


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
    return {"version": "1", "env_version": 1, "parallel_read_safe": True, "parallel_write_safe": True}
