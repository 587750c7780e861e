"""Run it here: a Run button on every verified snippet, in the reader's browser.

Why: a reader who wants to see a snippet work should not need a virtualenv.
Every snippet shown by ``verified_examples`` (a container with ``verified_by``)
gets a Run button; pressing it loads the site's own Python runtime (Pyodide,
Django and pytest, built by ``scripts/build_runtime.py`` into ``runtime/`` at the
site's root, shared by every language) in a Web Worker and runs the snippet's
mirror tests against it. The reader may edit the snippet, run the tests again
and reset it (``static/runnable-ui.js``, loaded on the first press).

Which snippets can run in a browser is not a hand-kept list: the browser test
``tests/browser/test_runnable.py`` runs every snippet's tests in the runtime and
records the outcome in ``runnable-results.json`` beside this module; a test
that needs what a browser lacks (threads, subprocess, …) is named there with
its reason. Here a snippet all of whose tests need that is labelled in place
with the reason instead of a button; a snippet with some such tests runs the
others and says which ones it leaves out.

Without the runtime (no Node/npm) the pages build without buttons and the
build says why; with CI=true that is an error.
"""

from __future__ import annotations

import json
import os
from html import escape
from pathlib import Path, PurePosixPath

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util import logging

from signals_docs import site
from signals_docs.examples.dispatch_traces import trace_text
from signals_docs.i18n.labels import _

logger = logging.getLogger(__name__)
RESULTS = Path(__file__).with_name("runnable-results.json")
#: How to record the browser run again (needs Chromium, Node and ``npm ci``).
REFRESH = (
    "record the browser run again with "
    "'RUNNABLE_UPDATE=1 .venv/bin/python -m pytest tests/browser/test_runnable.py -k \"recorded or breaks\"', then rebuild"
)
#: The browser limits runner_plugin.py recognises, as the page names them.
LIMIT_KEYS = ("threads", "subprocess", "asgi", "async_to_sync")


def limit_text(key: str) -> str:
    texts = {
        "threads": _("threads"),
        "subprocess": _("a subprocess"),
        "asgi": _("Django's ASGI handler (threads)"),
        "async_to_sync": _("async_to_sync inside a running event loop"),
    }
    return str(texts.get(key, key))


def ui_text() -> dict[str, str]:
    """Every label runnable-ui.js shows, in the build's language."""
    return {
        "edit": str(_("Edit")),
        "reset": str(_("Reset")),
        "editor": str(_("Code of %s (editable)")),
        "starting": str(_("Loading Python in your browser…")),
        "loading": str(_("Loading Python (%(loaded)s of %(total)s MB)…")),
        "installing": str(_("Loading Django and pytest…")),
        "running": str(_("Running the tests…")),
        "passed": str(_("Tests passed")),
        "failed": str(_("Tests failed")),
        "counts": str(_("%(passed)s passed, %(failed)s failed, %(skipped)s skipped in %(seconds)s s")),
        "edited": str(_("(your version)")),
        "output": str(_("Full test output")),
        "syntax": str(_("Syntax error on line %(line)s of the code: %(message)s")),
        "timeout": str(
            _("Stopped after %s seconds: the tests did not finish (a loop that never ends?). Press Run to try again.")
        ),
        "error": str(_("The runtime could not run the tests:")),
        "file": str(_("Running the examples needs the site served over HTTP. In the unzipped folder run:")),
        "file_then": str(_("then open %s in your browser.")),
        "dispatch": str(_("Dispatch: the receivers each signal reached")),
        "dispatch_none": str(_("No signal reached a receiver.")),
        "trace": trace_text(),
    }


def page_facts(config) -> dict[str, str]:
    """What runnable-ui.js takes from site.py beside its labels: the build's language (for
    numbers) and how a reader serves the site when the page is opened from ``file://``."""
    return {"language": site.build_code(config), "serve_command": site.SERVE_COMMAND, "local_url": site.LOCAL_URL}


def load_results(path: Path) -> dict[str, dict]:
    """``{example: record}`` from the recorded browser run; {} when there is none yet."""
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        snippets = data["snippets"]
    except (ValueError, KeyError) as error:
        raise ValueError(f"{path}: not a result file of tests/browser/test_runnable.py ({error})") from None
    for example, record in snippets.items():
        unknown = set(record.get("limits", {}).values()) - set(LIMIT_KEYS)
        if unknown:
            raise ValueError(f"{path}: {example}: unknown browser limit {sorted(unknown)}")
    return snippets


def runtime_dir(app: Sphinx) -> Path:
    if app.config.runnable_runtime:
        return Path(app.confdir, app.config.runnable_runtime)
    return Path(app.outdir).parent / "runtime"


def _builder_inited(app: Sphinx) -> None:
    app.env.runnable_ready = False  # type: ignore[attr-defined]
    if app.builder.format != "html":
        return
    manifest = runtime_dir(app) / "manifest.json"
    if not manifest.is_file():
        message = (
            f"the in-browser runtime is missing ({manifest}): pages are built without Run buttons; "
            "run 'make runtime' (needs Node and 'npm ci')"
        )
        if os.environ.get("CI") == "true":
            logger.error(message + " — mandatory when CI=true", type="runnable", subtype="runtime")
        else:
            logger.info(message)
        return
    app.env.runnable_ready = True  # type: ignore[attr-defined]
    results = Path(app.confdir, app.config.runnable_results) if app.config.runnable_results else RESULTS
    try:
        app.env.runnable_results = load_results(results)  # type: ignore[attr-defined]
    except ValueError as error:
        logger.error("%s", error, type="runnable", subtype="results")
        app.env.runnable_results = {}  # type: ignore[attr-defined]
    # The panels' styles are in chrome/static/signals.css: one render-blocking request fewer.


def _outdated(app: Sphinx, env, added, changed, removed) -> list[str]:
    """Rewrite every page with a snippet when the recorded results or the runtime's presence change."""
    state = json.dumps([getattr(env, "runnable_ready", False), getattr(env, "runnable_results", {})], sort_keys=True)
    if getattr(env, "runnable_state", None) == state:
        return []
    env.runnable_state = state
    return sorted(getattr(env, "verified_examples", {}))


def digits(number: int, language: str) -> str:
    """``number`` in the digits of the page's prose (Persian digits on Persian pages)."""
    return site.language(language).number(number)


def controls_html(example: str, test: str, record: dict | None, language: str = "en") -> str:
    """The markup after a snippet: a Run button, or the reason it cannot run here."""
    limits: dict[str, str] = (record or {}).get("limits", {})
    attributes = f'class="runnable" data-example="{escape(example)}" data-test="{escape(test)}"'
    reasons = ", ".join(limit_text(key) for key in sorted(set(limits.values())))
    if limits and not (record or {}).get("passed"):
        note = escape(
            str(_("Runs only in the full test suite: its tests need %s, which a browser does not have.")) % reasons
        )
        return f'<div {attributes} data-state="limited"><p class="runnable-note">{note}</p></div>'
    html = f"<div {attributes}"
    if limits:
        html += f' data-deselect="{escape(" ".join(sorted(limits)))}"'
    html += f'><button type="button" class="runnable-run" hidden>{escape(str(_("Run")))}</button>'
    if limits:
        note = _("%(count)s of its tests need %(reasons)s and run only in the full test suite.")
        html += f'<p class="runnable-note">{escape(str(note) % {"count": digits(len(limits), language), "reasons": reasons})}</p>'
    return html + "</div>"


def _add_controls(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    if app.builder.format != "html" or not getattr(app.env, "runnable_ready", False):
        return
    results = app.env.runnable_results  # type: ignore[attr-defined]
    prefix = app.config.verified_examples_dir.rstrip("/") + "/"
    for container in doctree.findall(nodes.container):
        test = container.get("verified_by")
        path = next(iter(container.findall(lambda n: "example-path" in n.get("classes", []))), None) if test else None
        if path is None:
            continue
        example = PurePosixPath(path.astext().removeprefix(prefix)).as_posix()
        container += nodes.raw(
            "",
            controls_html(example, test, results.get(example), site.build_code(app.config)),
            format="html",
            runnable=True,
        )


def _page_context(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    # Every page loads the small script (1 KB, cached once for the whole visit, so a page
    # with Run buttons costs the reader nothing more); the rest loads on the first press.
    if doctree is not None and getattr(app.env, "runnable_ready", False):
        app.add_js_file("runnable.js", loading_method="defer", **{"data-runtime": app.config.runnable_runtime_url})


def write_labels(app: Sphinx, name: str, variable: str, labels: dict[str, str]) -> None:
    """``_static/<name>``: a script that sets ``self.<variable>`` to a UI's labels in the build's language."""
    target = Path(app.outdir, "_static", name)
    target.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(labels, ensure_ascii=False, indent=1, sort_keys=True)
    target.write_text(f"self.{variable} = {text};\n", encoding="utf-8")


def _write_text(app: Sphinx, exception: Exception | None) -> None:
    if exception or app.builder.format != "html" or not getattr(app.env, "runnable_ready", False):
        return
    write_labels(app, "runnable-text.js", "runnableText", {**ui_text(), **page_facts(app.config)})


def setup(app: Sphinx) -> dict:
    app.setup_extension("signals_docs.examples.verified")
    app.setup_extension("signals_docs.i18n.labels")
    app.setup_extension("signals_docs.examples")  # static/: runnable.js, runnable-ui.js
    # Where the runtime is, relative to conf.py; empty: runtime/ beside the language folders.
    app.add_config_value("runnable_runtime", "", "html", str)
    # The runtime's URL relative to the root of a language's output (where _static/ is).
    app.add_config_value("runnable_runtime_url", "../runtime/", "html", str)
    # The recorded browser run, relative to conf.py; empty: runnable-results.json beside this module.
    app.add_config_value("runnable_results", "", "env", str)
    app.connect("builder-inited", _builder_inited)
    app.connect("env-get-outdated", _outdated)
    app.connect("doctree-resolved", _add_controls)
    app.connect("html-page-context", _page_context, priority=400)  # before assets.scripts filters the script list
    app.connect("build-finished", _write_text)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
