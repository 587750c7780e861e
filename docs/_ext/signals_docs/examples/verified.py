"""Refuse to publish a snippet that its tests did not just verify.

Why: every block of code a reader can copy is a file under ``examples/``, shown
with ``literalinclude``. This extension makes that promise checkable:

* each such include gets a caption with the file's path and a "verified" mark
  (the caption is not sent to translators: a path is the same in every language);
  ``examples/download.py`` appends a link to the examples zip to every caption
  whose container carries ``verified_by``;
* the file must have a mirror test, ``examples/<app>/<mod>.py`` ->
  ``tests/<app>/test_<mod>.py``; a page that shows an untested file fails;
* a snippet starts and ends with code: an include whose options leave blank lines
  at either end (``:start-after:`` an import, say) fails at its page and line;
* once per build those tests run (the result is cached by the content of
  ``examples/`` and ``tests/``, so the second language reuses it), and each
  failure is reported at the page and line that shows the file.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path, PurePosixPath

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.directives.code import LiteralInclude
from sphinx.environment import BuildEnvironment
from sphinx.util import logging

from signals_docs.chrome.code_breaks import PATH
from signals_docs.i18n.labels import _

logger = logging.getLogger(__name__)


def mirror_test(example: PurePosixPath) -> PurePosixPath:
    """``<app>/<sub>/<mod>.py`` (relative to examples/) -> ``<app>/<sub>/test_<mod>.py``."""
    return example.with_name(f"test_{example.name}")


def tree_digest(*roots: Path) -> str:
    """A digest of every Python file below ``roots``: the cache key of a test run."""
    digest = hashlib.sha256()
    for root in roots:
        for path in sorted(root.rglob("*.py")):
            if "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(root.parent)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()


def blank_edges(text: str) -> list[str]:
    """Which ends of a shown snippet are blank lines: ``["start"]``, ``["end"]``, both or none."""
    lines = text.removesuffix("\n").split("\n")
    return [edge for edge, line in (("start", lines[0]), ("end", lines[-1])) if not line.strip()]


def failures_from_junit(xml_text: str, root: Path) -> dict[str, list[str]]:
    """Map each failing test file (relative to ``root``) to its failure messages."""
    failures: dict[str, list[str]] = defaultdict(list)
    for case in ET.fromstring(xml_text).iter("testcase"):
        for problem in list(case.findall("failure")) + list(case.findall("error")):
            file = case.get("file") or case.get("classname", "").replace(".", "/") + ".py"
            name = case.get("name") or "collection"
            first_line = (problem.get("message") or problem.text or "").strip().splitlines()
            failures[Path(file).as_posix()].append(f"{name}: {first_line[0] if first_line else 'failed'}")
    return dict(failures)


class VerifiedLiteralInclude(LiteralInclude):
    """``literalinclude`` that captions and records files under examples/."""

    def run(self) -> list[nodes.Node]:
        result = super().run()
        rel, filename = self.env.relfn2path(self.arguments[0])
        examples = Path(self.config.verified_repo_root, self.config.verified_examples_dir).resolve()
        path = Path(filename).resolve()
        if examples not in path.parents or not result or not isinstance(result[0], nodes.literal_block):
            return result
        example = PurePosixPath(path.relative_to(examples).as_posix())
        shown = f"{self.config.verified_examples_dir}/{example}"
        self.env.verified_examples.setdefault(self.env.docname, []).append((str(example), self.lineno))

        literal = result[0]
        for edge in blank_edges(literal.astext()):
            logger.error(
                "the snippet of examples/%s %ss with a blank line: choose include options that %s at code",
                example, edge, edge, location=(self.env.docname, self.lineno), type="verified", subtype="blank",
            )  # fmt: skip
        literal["classes"].append("verified-example")
        caption = nodes.caption("", "", translatable=False)
        caption += nodes.literal(shown, shown, classes=["example-path", PATH])
        caption += nodes.Text(" ")
        badge = _("verified")
        test = f"{self.config.verified_tests_dir}/{mirror_test(example)}"
        caption += nodes.inline(badge, "✓ " + badge, classes=["verified-badge"], title=test)
        caption.source, caption.line = literal.source, literal.line
        container = nodes.container("", caption, literal, literal_block=True, classes=["literal-block-wrapper"])
        container["verified_by"] = test
        self.set_source_info(container)
        return [container, *result[1:]]


def _init_env(app: Sphinx, env: BuildEnvironment, docnames) -> None:
    if not hasattr(env, "verified_examples"):
        env.verified_examples = {}


def _purge(app: Sphinx, env: BuildEnvironment, docname: str) -> None:
    env.verified_examples.pop(docname, None)


def _merge(app: Sphinx, env: BuildEnvironment, docnames, other: BuildEnvironment) -> None:
    for docname in docnames:
        if docname in other.verified_examples:
            env.verified_examples[docname] = other.verified_examples[docname]


def _run_tests(app: Sphinx, repo: Path, tests: list[str]) -> dict:
    """Run ``tests`` once per content of examples/ and tests/; return the result."""
    examples = repo / app.config.verified_examples_dir
    key = tree_digest(examples, repo / app.config.verified_tests_dir) + "\n".join(tests)
    cache = Path(app.doctreedir).parent / "verified-examples.json"
    try:
        cached = json.loads(cache.read_text())
        if cached.get("key") == hashlib.sha256(key.encode()).hexdigest():
            return cached
    except (OSError, ValueError):
        pass
    with tempfile.TemporaryDirectory() as tmp:
        junit = Path(tmp, "junit.xml")
        command = [
            sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-o", "junit_family=xunit1",
            f"--junitxml={junit}", *tests,
        ]  # fmt: skip
        env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
        proc = subprocess.run(command, cwd=repo, capture_output=True, text=True, env=env)
        xml_text = junit.read_text() if junit.exists() else "<testsuites/>"
    result = {
        "key": hashlib.sha256(key.encode()).hexdigest(),
        "returncode": proc.returncode,
        "failures": failures_from_junit(xml_text, repo),
        "output": proc.stdout[-3000:] + proc.stderr[-2000:],
    }
    if result["returncode"] == 0:
        cache.parent.mkdir(parents=True, exist_ok=True)
        cache.write_text(json.dumps(result))
    return result


def _check(app: Sphinx, env: BuildEnvironment) -> None:
    repo = Path(app.config.verified_repo_root)
    shown_on: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for docname, includes in sorted(env.verified_examples.items()):
        for example, line in includes:
            shown_on[example].append((docname, line))

    tests: dict[str, str] = {}
    for example, places in sorted(shown_on.items()):
        test = (PurePosixPath(app.config.verified_tests_dir) / mirror_test(PurePosixPath(example))).as_posix()
        if (repo / test).is_file():
            tests[test] = example
            continue
        for docname, line in places:
            logger.error(
                "examples/%s is shown here but no test exercises it: write %s",
                example, test, location=(docname, line), type="verified", subtype="untested",
            )  # fmt: skip
    if not tests or not app.config.verified_examples_run:
        return

    result = _run_tests(app, repo, sorted(tests))
    if result["returncode"] in (0, 5):
        return
    reported = False
    for test_file, messages in sorted(result["failures"].items()):
        example = tests.get(test_file)
        for docname, line in shown_on.get(example, [("index", 0)]):
            logger.error(
                "snippet examples/%s is broken: %s failed: %s",
                example or "?", test_file, "; ".join(messages)[:1500],
                location=(docname, line), type="verified", subtype="failed",
            )  # fmt: skip
            reported = True
    if not reported:
        logger.error("the example tests could not run (pytest exit %s):\n%s", result["returncode"], result["output"])


def setup(app: Sphinx) -> dict:
    # Paths relative to the repository root (where conf.py lives).
    app.add_config_value("verified_repo_root", str(Path(app.confdir)), "env", str)
    app.add_config_value("verified_examples_dir", "examples", "env", str)
    app.add_config_value("verified_tests_dir", "tests", "env", str)
    # livehtml turns this off for speed (VERIFY_EXAMPLES=0); every other build runs the tests.
    app.add_config_value("verified_examples_run", os.environ.get("VERIFY_EXAMPLES", "1") != "0", "", bool)
    app.add_directive("literalinclude", VerifiedLiteralInclude, override=True)
    app.setup_extension("signals_docs.i18n.labels")
    app.connect("env-before-read-docs", _init_env)
    app.connect("env-purge-doc", _purge)
    app.connect("env-merge-info", _merge)
    app.connect("env-check-consistency", _check)
    return {"version": "1", "env_version": 1, "parallel_read_safe": True, "parallel_write_safe": True}
