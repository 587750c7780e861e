"""Show a verified test's dispatch, recorded at build time: the page's order cannot drift.

    ```{dispatch-trace} tests/custom_signals/test_shipping.py::test_a_failing_receiver_is_logged_and_the_others_still_run
    :only: custom_signals.signals.order_shipped
    ```

Every ``dispatch-trace`` of the build names a test (``<path>::<name>``, from the repository
root). Once the pages are read, those tests run in one pytest session under the tracer the
examples ship (``testing_signals.dispatch_trace``, loaded by ``trace_plugin``), and each
directive becomes an ordered, nested list: every send, each receiver it reached with what it
returned or raised, what that receiver sent in turn, and the on-commit callbacks with whether
they ran. Sends no receiver heard are left out; ``:only:`` keeps the top-level sends of the
named signals (and the callbacks queued outside any receiver); ``:queries:`` adds the
statements sent to the database (``INSERT INTO "app_model"``), where they ran. The words are translated
(``signals_docs.po``), code names stay left to right in ``<code>``, durations are left out
(two builds must be byte-identical). A test that does not exist, fails, or records nothing
left to show fails the build at the directive's page and line.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.application import Sphinx
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

from signals_docs.examples.verified import tree_digest
from signals_docs.i18n.labels import _

logger = logging.getLogger(__name__)
EXT = Path(__file__).resolve().parents[2]  # docs/_ext: where the pytest plugin is imported from


class dispatch_trace_node(nodes.General, nodes.Element):
    """Where a trace goes; filled in once every page is read and the tests have run."""


class DispatchTrace(SphinxDirective):
    required_arguments = 1
    option_spec = {"only": directives.unchanged, "queries": directives.flag}

    def run(self) -> list[nodes.Node]:
        test = self.arguments[0]
        only = (self.options.get("only") or "").split()
        node = dispatch_trace_node(test=test, only=only, queries="queries" in self.options, line=self.lineno)
        want_trace(self.env, test, self.lineno)
        return [node]


def want_trace(env, test: str, line: int, directive: str = "dispatch-trace") -> None:
    """Have ``test`` run under the tracer in this build: ``env.dispatch_trace_results`` will hold its
    trace (``exercises.predict`` checks its questions' claims against it); a missing trace is an
    error at ``line`` of the page, naming ``directive``."""
    env.dispatch_traces.setdefault(env.docname, []).append((test, line, directive))


def _init_env(app: Sphinx, env, docnames) -> None:
    if not hasattr(env, "dispatch_traces"):
        env.dispatch_traces = {}
        env.dispatch_trace_results = {}


def _purge(app: Sphinx, env, docname: str) -> None:
    env.dispatch_traces.pop(docname, None)


def _merge(app: Sphinx, env, docnames, other) -> None:
    for docname in docnames:
        if docname in other.dispatch_traces:
            env.dispatch_traces[docname] = other.dispatch_traces[docname]


def run_traced(repo: Path, tests: list[str], tracer: str, cache: Path) -> dict:
    """Run ``tests`` under the tracer; ``{"django": version, "traces": {nodeid: trace}, ...}``."""
    key = hashlib.sha256((tree_digest(repo / "examples", repo / "tests") + tracer + "\n".join(tests)).encode())
    try:
        cached = json.loads(cache.read_text())
        if cached.get("key") == key.hexdigest():
            return cached
    except (OSError, ValueError):
        pass
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp, "traces.json")
        env = {
            **os.environ,
            "PYTHONDONTWRITEBYTECODE": "1",
            "PYTHONPATH": os.pathsep.join([str(EXT), os.environ.get("PYTHONPATH", "")]),
            "DISPATCH_TRACE_MODULE": tracer,
            "DISPATCH_TRACE_OUT": str(out),
        }
        command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", __package__ + ".trace_plugin"]
        proc = subprocess.run([*command, *tests], cwd=repo, capture_output=True, text=True, env=env)
        result = json.loads(out.read_text()) if out.exists() else {"traces": {}}
    result |= {
        "key": key.hexdigest(),
        "returncode": proc.returncode,
        "output": proc.stdout[-3000:] + proc.stderr[-2000:],
    }
    if proc.returncode == 0:
        cache.parent.mkdir(parents=True, exist_ok=True)
        cache.write_text(json.dumps(result))
    return result


def _check(app: Sphinx, env) -> None:
    wanted = sorted({test for places in env.dispatch_traces.values() for test, *_where in places})
    if not wanted or not app.config.verified_examples_run:
        env.dispatch_trace_results = {}
        return
    repo = Path(app.config.verified_repo_root)
    cache = Path(app.doctreedir).parent / "dispatch-traces.json"
    result = run_traced(repo, wanted, app.config.dispatch_traces_tracer, cache)
    env.dispatch_trace_results = result
    for docname, places in sorted(env.dispatch_traces.items()):
        for test, line, directive in places:
            if test not in result["traces"]:
                why = "it failed" if result["returncode"] == 1 else "it does not exist or did not run"
                logger.error(
                    "%s: %s recorded no trace: %s (pytest exit %s)\n%s",
                    directive, test, why, result["returncode"], result["output"][-1500:],
                    location=(docname, line), type="dispatch_trace", subtype="missing",
                )  # fmt: skip
    if result["returncode"] not in (0, 5) and all(t in result["traces"] for t in wanted):
        logger.error("dispatch-trace: the traced tests failed:\n%s", result["output"][-1500:])


# Rendering -------------------------------------------------------------------------------


def trace_text() -> dict[str, str]:
    """The words of a trace, here and in the Run panel's Dispatch view (runnable-ui.js)."""
    return {
        "send": str(_("%(signal)s sent with %(method)s, sender %(sender)s")),
        "returned": str(_("reached %(receiver)s (%(kind)s), returned %(result)s")),
        "caught": str(_("reached %(receiver)s (%(kind)s), raised %(exception)s, caught by %(method)s")),
        "raised": str(_("reached %(receiver)s (%(kind)s), raised %(exception)s")),
        "sync": str(_("sync")),
        "async": str(_("async")),
        "ran": str(_("%(callback)s queued on commit, then ran")),
        "discarded": str(_("%(callback)s queued on commit, then discarded by a rollback")),
        "pending": str(_("%(callback)s queued on commit, still pending when the test ended")),
        "query": str(_("the database ran %(sql)s")),
    }


_FIELD = re.compile(r"%\((\w+)\)s")


def sentence(template: str, words: dict | None = None, **codes: str) -> nodes.paragraph:
    """A translated sentence whose ``%(name)s`` fields become ``<code>`` (left to right), or
    plain text for the fields of ``words`` (themselves translated)."""
    para = nodes.paragraph()
    pieces = _FIELD.split(str(template))
    for index, piece in enumerate(pieces):
        if index % 2 and words and piece in words:
            para += nodes.Text(str(words[piece]))
        elif index % 2:
            para += nodes.literal(codes[piece], codes[piece], classes=["dispatch-code"])
        elif piece:
            para += nodes.Text(piece)
    return para


def _shown(item: dict, queries: bool) -> bool:
    if item["type"] == "query":
        return queries
    return item["type"] == "on_commit" or bool(item["receivers"])


def _item(item: dict, queries: bool) -> nodes.list_item:
    text = trace_text()
    entry = nodes.list_item()
    if item["type"] == "query":
        entry += sentence(text["query"], sql=item["sql"])
        return entry
    if item["type"] == "on_commit":
        entry += sentence(text[item["state"]], callback=item["callback"])
        return entry
    entry += sentence(text["send"], **item)
    reached = nodes.enumerated_list(enumtype="arabic", classes=["dispatch-receivers"])
    for call in item["receivers"]:
        words = {"kind": text["async" if call["async"] else "sync"]}
        outcome = "returned" if call["exception"] is None else "caught" if call["caught"] else "raised"
        line = nodes.list_item()
        line += sentence(text[outcome], words=words, method=item["method"], **call)
        children = [child for child in call["children"] if _shown(child, queries)]
        if children:
            line += trace_list(children, queries)
        reached += line
    entry += reached
    return entry


def trace_list(items: list[dict], queries: bool = False) -> nodes.enumerated_list:
    """Items of a recorded trace as the page shows them (``exercises.predict`` shows a question's answer so)."""
    listing = nodes.enumerated_list(enumtype="arabic", classes=["dispatch-trace-list"])
    for item in items:
        listing += _item(item, queries)
    return listing


def _fill(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    result = getattr(app.env, "dispatch_trace_results", {}) or {}
    for node in list(doctree.findall(dispatch_trace_node)):
        trace = result.get("traces", {}).get(node["test"])
        if trace is None:  # reported in _check (or the tests were not run: livehtml)
            node.replace_self(nodes.paragraph("", str(_("(dispatch trace not recorded in this build)"))))
            continue
        roots = [item for item in trace["children"] if _shown(item, node["queries"])]
        if node["only"]:
            roots = [i for i in roots if i["type"] != "send" or i["signal"] in node["only"]]
        if not roots:
            logger.error(
                "dispatch-trace: %s sent nothing a receiver heard%s",
                node["test"], f" on {', '.join(node['only'])}" if node["only"] else "",
                location=(docname, node["line"]), type="dispatch_trace", subtype="empty",
            )  # fmt: skip
        figure = nodes.container(classes=["dispatch-trace"], ids=node["ids"])  # a question may link to it
        caption = sentence(_("Dispatch of %(test)s, recorded when this page was built (Django %(django)s):"), test=node["test"], django=result["django"])  # fmt: skip
        caption["classes"].append("dispatch-trace-caption")
        figure += caption
        figure += trace_list(roots, node["queries"])
        node.replace_self(figure)


def setup(app: Sphinx) -> dict:
    app.setup_extension("signals_docs.examples.verified")  # verified_repo_root, verified_examples_run
    app.setup_extension("signals_docs.i18n.labels")
    app.add_config_value("dispatch_traces_tracer", "testing_signals.dispatch_trace", "env", str)
    app.add_node(dispatch_trace_node)
    app.add_directive("dispatch-trace", DispatchTrace)
    app.connect("env-before-read-docs", _init_env)
    app.connect("env-purge-doc", _purge)
    app.connect("env-merge-info", _merge)
    app.connect("env-check-consistency", _check)
    app.connect("doctree-resolved", _fill)
    return {"version": "1", "env_version": 2, "parallel_read_safe": True, "parallel_write_safe": True}
