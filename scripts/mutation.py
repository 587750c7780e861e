"""The mutation gate: mutmut over examples/, killed/total per topic, every survivor reviewed.

    python scripts/mutation.py [--jobs N] [--report-only] [MUTANT_GLOB ...]   (make mutation)

Each example module (``examples/<app>/<module>.py``; not migrations, ``apps.py``,
``__init__.py`` or the project's ``signals_site``) is mutated by mutmut; new apps and
modules are picked up as they come. mutmut records in one clean run which tests reach
which function; a mutant then runs those of them that belong to its own snippet (its
mirror test ``tests/<app>/test_<module>.py``, or for a module without one, its topic's
tests), in a worker forked from a server that has imported Django, pytest and the tests
and made the test databases once. ``MUTANT_GLOB`` (``'startup.*'``) runs a part.

The gate fails when fewer than ``KILL_RATE`` of the mutants are killed, or when a mutant
survives (or times out, or has no test) without an entry in ``tests/mutation-survivors.toml``
that gives its reason; an entry that no longer matches a survivor is reported as stale.

mutmut imports the module under the name its path gives (``src/connecting/x.py`` is
``connecting.x``), so the run happens in a staging copy, ``_build/mutation``: the
examples as ``src/`` (with ``examples`` a link to it, for the tests that find files
there), the examples' tests, and a pyproject.toml with the project's pytest settings.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import shutil
import subprocess
import sys
import time
import tomllib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from _paths import ROOT
from signals_docs.examples.examples_tests import examples_tests

STAGE = ROOT / os.environ.get("BUILDDIR", "_build") / "mutation"
SURVIVORS = ROOT / "tests" / "mutation-survivors.toml"
KILL_RATE = 0.90
#: Files of examples/ that are Django's boilerplate, not snippets.
#: Not in the gate yet, each a debt the stop's note names: the dispatch tracer (issue 24) is a
#: testing tool, not a use of signals; its 19 tests pin what it records, but of its first 430
#: mutants 83 survived (its text and dict renderings, durations), none reviewed yet.
NOT_YET = ["src/testing_signals/dispatch_trace.py"]
NOT_MUTATED = [
    "src/*/migrations/*", "src/*/apps.py", "src/*__init__.py", "src/signals_site/*", "src/manage.py", *NOT_YET,
]  # fmt: skip
KILLED = {"killed", "caught by type check"}
#: Receivers left decorated (so not mutated): reloading.py shows a reload freeing the old,
#: weakly connected function, which mutmut's trampoline would keep alive.
KEEP_DECORATED = {"pitfalls/reloading.py"}
PLUGINS = ["-p", "pytest_django.plugin", "-p", "pytest_asyncio.plugin", "-p", "no:cacheprovider"]


@dataclass(frozen=True)
class Mutant:
    name: str  # mutmut's id: "connecting.dispatch_uid.x_connect_once__mutmut_3"
    path: str  # "connecting/dispatch_uid.py", relative to examples/
    status: str  # "killed", "survived", "timeout", "no tests", ...

    @property
    def topic(self) -> str:
        return self.path.split("/")[0]

    @property
    def module(self) -> str:
        return self.path.removesuffix(".py").replace("/", ".")


def copy_project(dest: Path, examples: str = "examples", **tool: dict) -> None:
    """A copy of the examples project to run its tests in: examples/ (as ``dest/<examples>``),
    the examples' tests and a pyproject.toml with the project's pytest settings (``tool``
    adds ``[tool.<name>]`` tables). scripts/breaking_edits.py makes its copies with it too."""
    ignore = shutil.ignore_patterns("__pycache__", "*.sqlite3", ".pytest_cache")
    shutil.copytree(ROOT / "examples", dest / examples, ignore=ignore)
    # The examples' tests, by the rule of the readers' zip and the browser runtime.
    for path in examples_tests(ROOT):
        target = dest / "tests" / path.relative_to(ROOT / "tests")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, target)
    pytest_ini = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["pytest"]["ini_options"]
    tool = {"pytest.ini_options": pytest_ini | {"pythonpath": [examples, "."], "testpaths": ["tests"]}} | tool
    # JSON strings, lists and booleans are valid TOML values.
    lines = []
    for name, table in tool.items():
        lines += [f"[tool.{name}]"] + [f"{key} = {json.dumps(value)}" for key, value in table.items()] + [""]
    (dest / "pyproject.toml").write_text("\n".join(lines), encoding="utf-8")


def stage(stage_dir: Path = STAGE) -> None:
    """A fresh staging copy for mutmut: examples/ as src/ (mutmut names modules by their path)."""
    if stage_dir.exists():
        shutil.rmtree(stage_dir)
    mutmut = {
        "source_paths": ["src"],
        "do_not_mutate": NOT_MUTATED,
        # Plugins named, not found through entry points (PYTEST_DISABLE_PLUGIN_AUTOLOAD): scanning
        # the installed packages took a third of a worker's time.
        "pytest_add_cli_args": PLUGINS + ["-p", "mutation_plugin"],
        "pytest_add_cli_args_test_selection": ["tests"],
        "use_git_change_detection": False,
        # Each worker forks from a server that has only collected the tests: no mutant sees
        # what an earlier run left in the process (a receiver reconnected at the end, say).
        "process_isolation": "forkserver",
    }
    copy_project(stage_dir, "src", mutmut=mutmut)
    for module in (stage_dir / "src").rglob("*.py"):
        source = module.read_text(encoding="utf-8")
        if "@receiver" in source and module.relative_to(stage_dir / "src").as_posix() not in KEEP_DECORATED:
            module.write_text(undecorate_receivers(source), encoding="utf-8")
    (stage_dir / "mutants").mkdir()
    (stage_dir / "mutants" / "examples").symlink_to("src")  # tests find examples/ beside tests/
    (stage_dir / "mutants" / "mutation_plugin.py").write_text(PLUGIN, encoding="utf-8")


def undecorate_receivers(source: str) -> str:
    """``@receiver(...)`` over a module-level function, as a call after it: the same connection.

    mutmut leaves decorated functions alone (a decorator runs at definition time), which
    would leave out most receivers of a site about signals. In the staging copy only,
    ``@receiver(sig, ...)\\ndef f(...): ...`` becomes ``def f(...): ...\\nreceiver(sig, ...)(f)``:
    the function mutmut mutates is the one connected, under the same dispatch_uid.
    """
    tree = ast.parse(source)
    lines = source.splitlines(keepends=True)
    for node in reversed(tree.body):  # from the end, so that earlier line numbers hold
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) or not node.decorator_list:
            continue
        if not all(_is_receiver(d) for d in node.decorator_list):
            continue  # another decorator with it: leave the function as it is
        calls = [ast.get_source_segment(source, d) for d in node.decorator_list]
        after = "".join(f"{call}({node.name})\n" for call in reversed(calls))
        first, last = node.decorator_list[0].lineno, node.decorator_list[-1].end_lineno
        lines[node.end_lineno : node.end_lineno] = [after]
        del lines[first - 1 : last]
    return "".join(lines)


def _is_receiver(decorator: ast.expr) -> bool:
    target = decorator.func if isinstance(decorator, ast.Call) else decorator
    return isinstance(target, ast.Name) and target.id == "receiver"


# Loaded into every pytest session of the run (-p mutation_plugin). mutmut's fork server
# runs one collect-only session (forkserver_warmup = "collect") and forks each mutant's
# worker from it: the plugin makes the test databases at the end of that session, so a
# worker finds them made (with every migration, that was most of its time) and its tests
# and conftest imported.
PLUGIN = """\
import os

import pytest

DATABASES = None


def pytest_collection_modifyitems(config, items):
    # mutmut passes the selected tests as a set, in no stable order; some tests see the
    # order in which earlier ones imported and connected the examples: keep pytest's own.
    items.sort(key=lambda item: (str(item.path), item.location[1] or 0))
    # A mutant counts as killed by the tests of its own snippet: of the tests that reach the
    # mutated function, those of the mirror test (tests/<app>/test_<module>.py), or, for a
    # module without one (models.py), those of its topic. Not another topic's tests that
    # happen to pass through (a receiver connected at start-up runs in hundreds of them).
    mutant = os.environ.get("MUTANT_UNDER_TEST", "")
    if "__mutmut_" not in mutant:
        return
    *package, module = mutant.partition("__mutmut_")[0].rsplit(".", 1)[0].split(".")
    tests = config.rootpath / "tests"
    mirror = tests.joinpath(*package, f"test_{module}.py")
    own = mirror if mirror.exists() else tests / package[0]
    keep = [item for item in items if item.path == own or own in item.path.parents]
    config.hook.pytest_deselected(items=[item for item in items if item not in keep])
    items[:] = keep


def pytest_collection_finish(session):
    global DATABASES
    if session.config.option.collectonly and DATABASES is None:
        from django.test.utils import setup_databases
        from pytest_django.plugin import blocking_manager_key

        with session.config.stash[blocking_manager_key].unblock():
            DATABASES = setup_databases(verbosity=0, interactive=False)


@pytest.fixture(scope="session")
def django_db_setup(django_test_environment, django_db_blocker):
    if DATABASES is not None:  # made in the fork server, before this worker was forked
        yield
        return
    from django.test.utils import setup_databases, teardown_databases

    with django_db_blocker.unblock():
        made = setup_databases(verbosity=0, interactive=False)
    yield
    with django_db_blocker.unblock():
        teardown_databases(made, verbosity=0)
"""


def run_mutmut(stage_dir: Path, jobs: int, globs: list[str]) -> int:
    mutmut = Path(sys.executable).parent / "mutmut"
    if not mutmut.exists():
        sys.exit(f"mutmut is not installed beside {sys.executable}: pip install -r requirements.txt")
    # Bytecode caches go to the staging copy: each worker's session then loads its tests compiled.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env |= {"PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"}
    log = stage_dir / "mutmut.log"
    with log.open("w", encoding="utf-8") as out:
        proc = subprocess.run(
            [str(mutmut), "run", "--max-children", str(jobs), *globs], cwd=stage_dir, env=env, stdout=out, stderr=out
        )
    if proc.returncode:
        print(log.read_text("utf-8")[-4000:])
    return proc.returncode


def results(stage_dir: Path = STAGE) -> list[Mutant]:
    """Every mutant mutmut made, with its status, from the ``.meta`` files of a run."""
    from mutmut.stats import status_by_exit_code

    found = []
    src = stage_dir / "mutants" / "src"
    for meta in sorted(src.rglob("*.py.meta")):
        path = meta.relative_to(src).as_posix().removesuffix(".meta")
        for name, code in json.loads(meta.read_text("utf-8"))["exit_code_by_key"].items():
            found.append(Mutant(name, path, status_by_exit_code[code]))
    return found


def diff(stage_dir: Path, mutant: Mutant) -> str:
    """The lines mutmut's mutant changes in the example, as ``-old`` / ``+new`` lines."""
    from mutmut.mutation.diff_apply import get_diff_for_mutant

    cwd = Path.cwd()
    os.chdir(stage_dir)  # mutmut reads its configuration and mutants from there
    try:
        text = get_diff_for_mutant(mutant.name, path=Path("src") / mutant.path)
    finally:
        os.chdir(cwd)
    return "\n".join(line for line in text.splitlines() if line[:1] in "+-" and line[:3] not in ("+++", "---"))


def reviewed() -> dict[str, dict]:
    """The reviewed survivors, by mutant id: ``[[survivor]]`` tables with module, mutant, change, reason."""
    if not SURVIVORS.exists():
        return {}
    entries = tomllib.loads(SURVIVORS.read_text("utf-8")).get("survivor", [])
    return {entry["mutant"]: entry for entry in entries}


def report(mutants: list[Mutant], stage_dir: Path = STAGE, whole: bool = True) -> list[str]:
    """Print killed/total per topic and overall; return the gate's failures (``whole``: every mutant ran)."""
    total, killed = Counter(), Counter()
    for m in mutants:
        total[m.topic] += 1
        killed[m.topic] += m.status in KILLED
    width = max(map(len, total), default=5)
    print(f"{'topic':<{width}}  killed / total")
    for topic in sorted(total):
        print(f"{topic:<{width}}  {killed[topic]:>6} / {total[topic]:<5} {killed[topic] / total[topic]:6.1%}")
    n, k = sum(total.values()), sum(killed.values())
    rate = k / n if n else 0.0
    print(f"{'all':<{width}}  {k:>6} / {n:<5} {rate:6.1%}   (gate: {KILL_RATE:.0%})")

    failures = []
    if rate < KILL_RATE:
        failures.append(f"{rate:.1%} of the mutants killed, under the gate's {KILL_RATE:.0%}")
    listed = reviewed()
    survivors = [m for m in mutants if m.status not in KILLED]
    unlisted = []
    for m in survivors:
        change = diff(stage_dir, m)
        entry = listed.get(m.name)
        if entry is None:
            failures.append(f"{m.status}, not in {SURVIVORS.name}: {m.name} (examples/{m.path})\n{change}")
            unlisted.append(
                f"[[survivor]]\nmodule = \"{m.module}\"\nmutant = \"{m.name}\"\nchange = '''\n{change}\n'''\nreason = \"\"\n"
            )
        elif entry.get("change", "").strip() != change.strip():
            failures.append(
                f"{m.name} is listed in {SURVIVORS.name} for another change; it now makes:\n{change}\n"
                f"(listed: {entry.get('change', '').strip()})"
            )
    if unlisted:
        stub = stage_dir / "unlisted.toml"
        stub.write_text("\n".join(unlisted), encoding="utf-8")
        print(f"{len(unlisted)} survivors not reviewed: kill them with a test, or give each entry of {stub} a reason")
    names = {m.name for m in survivors}
    for name in sorted(set(listed) - names):
        still = any(m.name == name for m in mutants)
        if still or whole:
            why = "is now killed" if still else "no longer exists"
            print(f"note: {name} is listed in {SURVIVORS.name} but {why}: remove its entry")
    return failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("globs", nargs="*", help="only these mutants (mutmut names, globs: 'connecting.*')")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--report-only", action="store_true", help="report on the last run, do not run again")
    args = parser.parse_args(argv)

    started = time.monotonic()
    if not args.report_only:
        stage()
        code = run_mutmut(STAGE, args.jobs, args.globs)
        if code:
            print(f"mutmut failed (exit {code}); its log: {STAGE / 'mutmut.log'}")
            return code
    mutants = results()
    if args.globs:
        import fnmatch

        mutants = [m for m in mutants if any(fnmatch.fnmatch(m.name, g) for g in args.globs)]
    failures = report(mutants, whole=not args.globs)
    print(f"mutation gate: {time.monotonic() - started:.0f} s")
    for failure in failures:
        print(f"FAIL: {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
