"""Prove every exercise: its metadata is whole, its solution passes, its starter and wrong answers fail as declared.

An exercise is a folder ``exercises/<topic>/<name>/`` (exercises/README.md); this module
needs only the standard library and pytest, so the build (``signals_docs.exercises.directive``),
``tests/exercises/test_exercises.py`` and ``make test-matrix`` (every supported Django) all
prove the same thing the same way:

* ``load(root)`` reads every ``exercise.toml`` and lists what is wrong with each
  (missing keys, 2–3 hints, a message for every test and no other, the page exists,
  every declared file exists and every ``wrong/*.py`` is declared);
* ``run(repo)`` runs the tests of every exercise in one pytest process, once per answer
  (``--answer=all``, exercises/conftest.py), and returns the failing tests of each;
* ``verdict(exercise, outcomes)`` names every way the run differs from the declaration.
"""

from __future__ import annotations

import ast
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

try:
    import tomllib
except ImportError:  # Python 3.10 (Django 5.2's oldest): pytest brings tomli there
    import tomli as tomllib

#: The keys every exercise.toml has; ``[[wrong]]`` entries need file, fails and why.
REQUIRED = {"page": str, "title": str, "task": str, "hints": list, "starter_fails": list, "next": str, "messages": dict}
#: The texts a page shows, in the order the directive renders them (all enter the page's catalog).
TEXTS = ("title", "task", "hints", "next", "messages")


@dataclass
class Exercise:
    name: str  # "<topic>/<name>", the directive's argument
    folder: Path
    data: dict = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    tests: list[str] = field(default_factory=list)  # test function names, in file order

    @property
    def answers(self) -> dict[str, set[str]]:
        """``{answer: tests that must fail}``: solution, starter and each declared wrong answer."""
        expected = {"solution": set(), "starter": set(self.data.get("starter_fails", []))}
        for wrong in self.data.get("wrong", []):
            expected[wrong.get("file", "?")] = set(wrong.get("fails", []))
        return expected


def test_functions(path: Path) -> list[str]:
    """The ``test_*`` functions a test module defines at its top level."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    return [
        node.name
        for node in tree.body
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name.startswith("test_")
    ]


def _check(exercise: Exercise, pages: Path | None) -> None:
    data, folder, problems = exercise.data, exercise.folder, exercise.problems
    for key, kind in REQUIRED.items():
        if not isinstance(data.get(key), kind) or not data.get(key):
            problems.append(f"exercise.toml: '{key}' is missing or not a {kind.__name__}")
    hints = data.get("hints")
    if isinstance(hints, list) and not 2 <= len(hints) <= 3:
        problems.append(f"exercise.toml: {len(hints)} hints; an exercise has 2 or 3")
    if pages is not None and isinstance(data.get("page"), str) and not (pages / f"{data['page']}.md").is_file():
        problems.append(f"exercise.toml: page '{data['page']}' is not a page of {pages.name}/")
    test_file = folder / f"test_{folder.name}.py"
    for required in (folder / "starter.py", folder / "solution.py", test_file):
        if not required.is_file():
            problems.append(f"{required.name} is missing")
    exercise.tests = test_functions(test_file) if test_file.is_file() else []
    messages = data.get("messages") if isinstance(data.get("messages"), dict) else {}
    if missing := [t for t in exercise.tests if t not in messages]:
        problems.append(f"[messages] has no text for {', '.join(missing)}")
    if unknown := sorted(set(messages) - set(exercise.tests)):
        problems.append(f"[messages] names tests {test_file.name} does not define: {', '.join(unknown)}")
    wrong = data.get("wrong", [])
    if not wrong:
        problems.append("no [[wrong]] answer: declare at least one wrong answer learners give")
    declared = set()
    for entry in wrong:
        missing_keys = [key for key in ("file", "fails", "why") if key not in entry]
        if missing_keys:
            problems.append(f"[[wrong]] {entry.get('file', '?')}: missing {', '.join(missing_keys)}")
        declared.add(entry.get("file"))
        if not (folder / str(entry.get("file"))).is_file():
            problems.append(f"[[wrong]] file {entry.get('file')} does not exist")
    on_disk = {f"wrong/{p.name}" for p in (folder / "wrong").glob("*.py")}
    if undeclared := sorted(on_disk - declared):
        problems.append(f"wrong answers with no [[wrong]] entry: {', '.join(undeclared)}")
    for answer, fails in exercise.answers.items():
        if unknown := sorted(fails - set(exercise.tests)):
            problems.append(f"{answer}: declared to fail tests that do not exist: {', '.join(unknown)}")


def load(root: Path, pages: Path | None = None) -> list[Exercise]:
    """Every exercise below ``root`` (``exercises/``), each with the problems of its files;
    ``pages``: the folder of the pages (``docs/``) the ``page`` keys must name."""
    exercises = []
    for toml in sorted(root.glob("*/*/exercise.toml")):
        folder = toml.parent
        exercise = Exercise(f"{folder.parent.name}/{folder.name}", folder)
        try:
            exercise.data = tomllib.loads(toml.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
            exercise.problems.append(f"exercise.toml is not valid TOML: {error}")
        else:
            _check(exercise, pages)
        exercises.append(exercise)
    for folder in sorted(p.parent for p in root.glob("*/*/starter.py")):
        if not (folder / "exercise.toml").is_file():
            exercise = Exercise(f"{folder.parent.name}/{folder.name}", folder)
            exercise.problems.append("exercise.toml is missing")
            exercises.append(exercise)
    return exercises


def digest(*roots: Path) -> str:
    """A digest of every file below ``roots`` but bytecode: the cache key of a proof run."""
    hashed = hashlib.sha256()
    for root in roots:
        for path in sorted(root.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
                hashed.update(str(path.relative_to(root.parent)).encode() + b"\0" + path.read_bytes())
    return hashed.hexdigest()


#: Files outside the exercises and examples that decide how their tests run (``cached_run``'s key).
CONFIGURATION = ("pyproject.toml", "tests/conftest.py")

#: Where the build keeps its proof run, beside its doctrees (``cached_run``).
RUN_CACHE = "verified-exercises.json"


def cached_run(repo: Path, exercises_dir: str, examples_dir: str, cache: Path) -> dict:
    """``run()``, or the result ``cache`` keeps of a run of the same files by the same Python.

    The key covers every file of ``exercises_dir`` and ``examples_dir``, the pytest
    configuration (pyproject.toml), the suite's conftest (its leak guard watches every
    exercise: ``exercises/conftest.py`` imports it), this module, the virtualenv (resolved: a work tree's
    ``.venv`` link is its target) and every package installed in it: a virtualenv of
    ``make test-matrix`` never reads another's run. The build and tests/exercises share the
    file: the second language reuses the first's run, and ``make test`` proves the exercises
    once, in its build or its tests, whichever comes first after a change."""
    installed = sorted(f"{d.metadata['Name']}=={d.version}" for d in metadata.distributions())
    parts = (
        digest(repo / exercises_dir, repo / examples_dir),
        *(hashlib.sha256(p.read_bytes()).hexdigest() for p in (Path(__file__), *(repo / name for name in CONFIGURATION)) if p.is_file()),
        os.path.realpath(sys.prefix), *installed,
    )  # fmt: skip
    key = hashlib.sha256("\0".join(parts).encode()).hexdigest()
    try:
        cached = json.loads(cache.read_text(encoding="utf-8"))
        if cached.get("key") == key:
            return cached
    except (OSError, ValueError):
        pass
    result = {"key": key, **run(repo, exercises_dir)}
    cache.parent.mkdir(parents=True, exist_ok=True)
    written = cache.with_name(f"{cache.name}.{os.getpid()}")
    written.write_text(json.dumps(result), encoding="utf-8")
    written.replace(cache)  # whole or not at all, for a reader beside
    return result


#: ``test_name[answer]`` in a JUnit test case's name.
_CASE = re.compile(r"^(?P<test>\w+)\[(?P<answer>[^\]]+)\]$")


def run(repo: Path, exercises_dir: str = "exercises", python: str = sys.executable) -> dict:
    """Run every exercise's tests once per answer, in one pytest process.

    Returns ``{"failed": {"<topic>/<name>": {answer: [tests]}}, "ran": {...same, every test},
    "returncode": int, "output": str}``.
    """
    with tempfile.TemporaryDirectory() as tmp:
        junit = Path(tmp, "junit.xml")
        command = [
            python, "-m", "pytest", exercises_dir, "--answer=all", "-q", "-p", "no:cacheprovider",
            "-o", "junit_family=xunit1", f"--junitxml={junit}",
        ]  # fmt: skip
        env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
        env.pop("COV_CORE_SOURCE", None)  # pytest-cov's subprocess hook: examples/ coverage is the main suite's
        proc = subprocess.run(command, cwd=repo, capture_output=True, text=True, env=env)
        xml_text = junit.read_text(encoding="utf-8") if junit.exists() else "<testsuites/>"
    failed: dict[str, dict[str, list[str]]] = {}
    ran: dict[str, dict[str, list[str]]] = {}
    for case in ET.fromstring(xml_text).iter("testcase"):
        file = Path(case.get("file") or "")
        match = _CASE.match(case.get("name") or "")
        if len(file.parts) < 3 or not match:
            continue
        name = f"{file.parts[-3]}/{file.parts[-2]}"
        test, answer = match["test"], match["answer"]
        ran.setdefault(name, {}).setdefault(answer, []).append(test)
        if case.find("failure") is not None or case.find("error") is not None:
            failed.setdefault(name, {}).setdefault(answer, []).append(test)
    output = proc.stdout[-4000:] + proc.stderr[-2000:]
    return {"failed": failed, "ran": ran, "returncode": proc.returncode, "output": output}


def verdict(exercise: Exercise, result: dict) -> list[str]:
    """Every way ``result`` (``run()``'s) differs from what ``exercise`` declares."""
    problems = []
    ran = result["ran"].get(exercise.name, {})
    failed = result["failed"].get(exercise.name, {})
    for answer, expected in exercise.answers.items():
        if answer not in ran:
            problems.append(f"{answer}: its tests did not run")
            continue
        got = set(failed.get(answer, []))
        if answer == "solution" and got:
            problems.append(f"the solution fails {', '.join(sorted(got))}")
        elif got != expected:
            should, should_not = sorted(expected - got), sorted(got - expected)
            said = [f"should fail but passes: {', '.join(should)}"] * bool(should)
            said += [f"fails but is not declared to: {', '.join(should_not)}"] * bool(should_not)
            problems.append(f"{answer}: {'; '.join(said)}")
    return problems
