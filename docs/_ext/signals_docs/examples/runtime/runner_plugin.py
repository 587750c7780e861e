"""The browser side of the Run buttons: run a snippet's mirror tests in Pyodide.

Loaded by worker.mjs (never by the site's own test suite, which runs natively).
It is both a pytest plugin (``run()`` passes it to ``pytest.main``)
and the entry point the worker calls:

* ``async def`` tests run through ``pyodide.ffi.run_sync`` (pytest-asyncio cannot
  start an event loop inside Pyodide's, which always counts as running);
* ``run(tests, edits)`` writes the reader's version of a snippet into the
  project, forgets the modules it changed, runs pytest once and returns the
  outcome of every test, the terminal output, and for each failure whether it is
  a limit of the browser (threads, subprocess, …) rather than the test failing.
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import inspect
import io
import json
import re
import sys
import time
import warnings
from pathlib import Path

import pytest

PROJECT = Path("/project")
#: What a browser cannot do, recognised in a failure's report; the key is what the
#: page shows (translated by docs/_ext/signals_docs/examples/runnable.py).
LIMITS = (
    ("subprocess", re.compile(r"subprocess|_posixsubprocess|fork_exec")),
    ("async_to_sync", re.compile(r"You cannot use AsyncToSync in the same thread as an async event loop")),
    ("asgi", re.compile(r"ASGIHandler|AsyncClient|async_client")),
    (
        "threads",
        re.compile(
            r"can't start new thread|can't create new thread|thread_sensitive|ThreadPoolExecutor|threading\.get_ident"
        ),
    ),
)


def limit_of(report) -> str | None:
    """The browser limit a failure shows, in its crash line or its traceback."""
    crash = getattr(getattr(report.longrepr, "reprcrash", None), "message", "") or ""
    for key, pattern in LIMITS:
        if pattern.search(crash) or pattern.search(report.longreprtext):
            return key
    return None


#: What outlives a run (the module stays imported for the whole visit); see conftest.py.
STATE: dict[str, object] = {}
_originals: dict[str, str] = {}
_dirty: set[str] = set()


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem):
    function = pyfuncitem.obj
    if not inspect.iscoroutinefunction(function):
        return None
    from pyodide.ffi import run_sync

    # A private name, read as pytest's own pytest_pyfunc_call reads it (no public one gives a test's
    # own arguments apart from autouse fixtures); pytest is pinned, and the recorded browser run of
    # every async test (tests/browser/test_runnable.py) fails if it changes.
    arguments = {name: pyfuncitem.funcargs[name] for name in pyfuncitem._fixtureinfo.argnames}
    run_sync(function(**arguments))
    return True


class Collector:
    def __init__(self):
        self.tests: dict[str, dict] = {}

    def pytest_runtest_logreport(self, report):
        entry = self.tests.setdefault(report.nodeid, {"nodeid": report.nodeid, "outcome": "passed"})
        if report.failed:
            entry["outcome"] = "failed" if report.when == "call" else "error"
            entry["limit"] = limit_of(report)
            entry["message"] = report.longreprtext[-1500:]
        elif report.skipped and entry["outcome"] == "passed":
            entry["outcome"] = "skipped"

    def pytest_collectreport(self, report):
        if report.failed:
            self.tests[report.nodeid or "collection"] = {
                "nodeid": report.nodeid or "collection", "outcome": "error", "limit": None,
                "message": report.longreprtext[-1500:],
            }  # fmt: skip


def _module_of(path: Path) -> list[str]:
    """Names under which ``path`` may sit in sys.modules."""
    found = []
    for name, module in list(sys.modules.items()):
        file = getattr(module, "__file__", None)
        if file and Path(file) == path:
            found.append(name)
    return found


def _forget_tests() -> None:
    tests = PROJECT / "tests"
    for name, module in list(sys.modules.items()):
        file = getattr(module, "__file__", None)
        if file and Path(file).is_relative_to(tests):
            del sys.modules[name]


def apply_edit(example: str, shown: str | None, edited: str | None) -> None:
    """Put the reader's version of the lines ``shown`` of ``examples/<example>`` in place.

    ``edited=None`` restores the file as published.
    """
    path = PROJECT / "examples" / example
    original = _originals.setdefault(example, path.read_text())
    if edited is None or edited == shown:
        text = original
    else:
        if shown is None or shown not in original:
            raise ValueError(f"the code shown is not in examples/{example}")
        text = original.replace(shown, edited, 1)
    if text != path.read_text():
        path.write_text(text)
        _dirty.add(example)


def run(request: str) -> str:
    """The worker's entry point: a JSON request in, a JSON result out."""
    return json.dumps(run_tests(**json.loads(request)))


def run_tests(tests: list[str], example: str | None = None, shown: str | None = None, edited: str | None = None,
              deselect: list[str] | None = None) -> dict:  # fmt: skip
    """Run ``tests`` (paths relative to the project); the reader's edit applies first."""
    started = time.perf_counter()
    if example:
        apply_edit(example, shown, edited)
    for changed in sorted(_dirty):
        for name in _module_of(PROJECT / "examples" / changed):
            del sys.modules[name]
    _dirty.clear()
    _forget_tests()
    importlib.invalidate_caches()
    collector = Collector()
    output = io.StringIO()
    arguments = [*tests, "-q", "-rA", "--no-header", "--color=no", "--capture=sys"]
    for nodeid in deselect or []:
        arguments += ["--deselect", nodeid]
    with contextlib.redirect_stdout(output), contextlib.redirect_stderr(output):
        exit_code = pytest.main(arguments, plugins=[collector, sys.modules[__name__]])
    _collect_garbage()
    counts: dict[str, int] = {}
    for entry in collector.tests.values():
        counts[entry["outcome"]] = counts.get(entry["outcome"], 0) + 1
    return {
        "exit": int(exit_code),
        "counts": counts,
        "tests": list(collector.tests.values()),
        "output": output.getvalue()[-20000:],
        "seconds": round(time.perf_counter() - started, 3),
    }


def _collect_garbage() -> None:
    """Finalise what a run left (its SQLite connections) now, not inside the next run's pytest.

    Otherwise pytest's unraisable-exception check, with warnings as errors, fails
    the next run on a ResourceWarning that belongs to this one.
    """
    with warnings.catch_warnings(), contextlib.redirect_stderr(io.StringIO()):
        warnings.simplefilter("ignore")
        gc.collect()


def warm() -> None:
    """Import what every run needs while the reader waits anyway."""
    import django  # noqa: F401
    import pytest_django  # noqa: F401
