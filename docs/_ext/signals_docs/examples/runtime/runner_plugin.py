"""The browser side of the Run buttons: run a snippet's mirror tests in Pyodide.

Loaded by worker.mjs (never by the site's own test suite, which runs natively).
It is both a pytest plugin (``run()`` passes it to ``pytest.main``)
and the entry point the worker calls:

* ``async def`` tests run through ``pyodide.ffi.run_sync`` (pytest-asyncio cannot
  start an event loop inside Pyodide's, which always counts as running);
* ``run(request)`` writes the reader's version of a snippet into the project,
  runs pytest once and returns the outcome of every test, the first lines of each
  failure, the terminal output, and for each failure whether it is a limit of the
  browser (threads, subprocess, …) rather than the test failing.

One interpreter runs one Run (the worker is thrown away after it): Django has not
been set up when ``run()`` starts, so the reader's file is the one its apps import,
and no module, receiver, ``dispatch_uid``, cache, row or setting of an earlier Run
exists. ``warm()`` imports, before the reader presses Run, only what no example
can change: Django's and pytest's own modules, never the project's.
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
import traceback
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
    coroutine = function(**arguments)
    try:
        run_sync(coroutine)
    finally:
        # A test stopped by a browser limit leaves its coroutine suspended; closed here, it is not
        # reported again as "never finalized" at the test's teardown, hiding the limit.
        coroutine.close()
    return True


class Collector:
    def __init__(self):
        self.tests: dict[str, dict] = {}

    def pytest_runtest_logreport(self, report):
        entry = self.tests.setdefault(report.nodeid, {"nodeid": report.nodeid, "outcome": "passed"})
        if report.failed:
            entry["outcome"] = "failed" if report.when == "call" else "error"
            entry["limit"] = limit_of(report)
            entry["summary"] = summary_of(report)
            entry["message"] = report.longreprtext[-1500:]
        elif report.skipped and entry["outcome"] == "passed":
            entry["outcome"] = "skipped"

    def pytest_collectreport(self, report):
        if report.failed:
            self.tests[report.nodeid or "collection"] = {
                "nodeid": report.nodeid or "collection", "outcome": "error", "limit": None,
                "summary": summary_of(report), "message": report.longreprtext[-1500:],
            }  # fmt: skip


class DispatchTraces:
    """The Run panel's Dispatch view: each test's signals, recorded by the tracer the examples ship
    (``testing_signals/dispatch_trace.py``, the reader's edit of it included); none if it breaks."""

    def __init__(self, collector: Collector):
        self.collector = collector

    #: The tracer's own tests check what it patches and restores: traced from outside, they would
    #: see the runner's tracer, not theirs.
    UNTRACED = "testing_signals/test_dispatch_trace.py::"

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_call(self, item):
        if self.UNTRACED in item.nodeid:
            return (yield)
        try:
            tracer = importlib.import_module("testing_signals.dispatch_trace").trace_dispatch()
            trace = tracer.__enter__()
        except Exception:  # the reader broke the tracer itself: run the test untraced
            return (yield)
        try:
            return (yield)
        finally:
            tracer.__exit__(None, None, None)
            entry = self.collector.tests.setdefault(item.nodeid, {"nodeid": item.nodeid, "outcome": "passed"})
            entry["dispatch"] = trace.as_dict()


def summary_of(report) -> str:
    """A failure in a few lines: the assertion or exception, as pytest's crash line gives it."""
    crash = getattr(getattr(report.longrepr, "reprcrash", None), "message", None)
    text = crash or (report.longreprtext.strip().splitlines() or [""])[-1]
    lines = str(text).splitlines()
    return "\n".join(lines[:6])[:600]


def edited_text(example: str, shown: str | None, edited: str | None) -> str | None:
    """The whole file with the reader's version of the lines ``shown``; None for the published file."""
    if edited is None or edited == shown:
        return None
    original = (PROJECT / "examples" / example).read_text()
    if shown is None or shown not in original:
        raise ValueError(f"the code shown is not in examples/{example}")
    return original.replace(shown, edited, 1)


def syntax_error(example: str, shown: str, text: str) -> dict | None:
    """Where the reader's edit does not parse, counted in lines of the box (1 is its first line)."""
    try:
        compile(text, f"examples/{example}", "exec", dont_inherit=True)
    except SyntaxError as error:
        original = (PROJECT / "examples" / example).read_text()
        first = original[: original.index(shown)].count("\n")
        return {"line": max(1, (error.lineno or 1) - first), "message": error.msg}
    return None


def run(request: str) -> str:
    """The worker's entry point: a JSON request in, a JSON result out."""
    if "django.apps" in sys.modules and sys.modules["django.apps"].apps.ready:
        raise RuntimeError("Django was set up before the reader's code: a Run needs a fresh interpreter")
    return json.dumps(run_tests(**json.loads(request)))


def run_tests(tests: list[str], example: str | None = None, shown: str | None = None, edited: str | None = None,
              deselect: list[str] | None = None, options: list[str] | None = None,
              gate: AnswerGate | None = None) -> dict:  # fmt: skip
    """Run ``tests`` (paths relative to the project), the reader's edit of ``example`` in place
    (or, with ``gate``, a Check's answer written when its first test asks for it)."""
    started = time.perf_counter()
    if pytest_ran:
        raise RuntimeError("this interpreter has run tests already: a Run needs a fresh one")
    pytest_ran.append(tests)
    text = edited_text(example, shown, edited) if example else None
    if text is not None:
        error = syntax_error(example, shown, text)
        if error:
            return {"exit": 2, "counts": {}, "tests": [], "syntax": error, "output": "", "seconds": 0}
        (PROJECT / "examples" / example).write_text(text)
    collector = Collector()
    output = io.StringIO()
    # -rfEs: the summary names failures, errors and skips; a passing test's captured log
    # (an ERROR record it expects, say) is not printed as if something had failed.
    # --reuse-db: the test databases were migrated at build time (conftest.py says how).
    arguments = [*tests, "-q", "-rfEs", "--no-header", "--color=no", "--capture=sys", "--reuse-db"]
    for nodeid in deselect or []:
        arguments += ["--deselect", nodeid]
    arguments += options or []
    with contextlib.redirect_stdout(output), contextlib.redirect_stderr(output):
        try:
            plugins = [collector, DispatchTraces(collector), sys.modules[__name__], *([gate] if gate else [])]
            exit_code = pytest.main(arguments, plugins=plugins)
        except Exception:  # Django could not start with the reader's code (an app's ready() failed, say)
            exit_code = pytest.ExitCode.INTERNAL_ERROR
            trace = traceback.format_exc()
            print(trace)
            lines = trace.strip().splitlines()
            collector.tests["start-up"] = {
                "nodeid": "start-up", "outcome": "error", "limit": None, "summary": lines[-1], "message": trace[-1500:],
            }  # fmt: skip
    counts: dict[str, int] = {}
    for entry in collector.tests.values():
        counts[entry["outcome"]] = counts.get(entry["outcome"], 0) + 1
    return {
        "exit": int(exit_code),
        "counts": counts,
        "tests": list(collector.tests.values()),
        "output": output.getvalue()[-20000:],
        "seconds": round(time.perf_counter() - (gate.arrived if gate and gate.arrived else started), 3),
    }


#: The tests this interpreter ran (at most once: every Run and Check gets a fresh one).
pytest_ran: list[list[str]] = []


def set_up_django() -> None:
    """Set Django up ahead, for a Check only (worker.mjs?for=check): an exercise's answer is imported by its
    tests (exercises/conftest.py's ``answer`` fixture), never at start-up, so this is the state pytest-django's
    own ``django.setup()`` reaches; a Run's edit may be a module start-up imports, so a Run never comes here."""
    import django
    from django.db.migrations.loader import MigrationLoader

    django.setup()
    # The migrations' modules, which the test databases' migrate imports: none is the reader's.
    MigrationLoader(None, ignore_no_migrations=True)
    gc.freeze()  # as warm() does: the apps and models are there before the answer is


ANSWER = PROJECT / "answer.py"


def answer_syntax(text: str) -> dict | None:
    """A Check's result when the answer does not parse (the line counted in the editor); None if it does."""
    try:
        compile(text, "answer.py", "exec", dont_inherit=True)
    except SyntaxError as error:
        syntax = {"line": max(1, error.lineno or 1), "message": error.msg}
        return {"exit": 2, "counts": {}, "tests": [], "syntax": syntax, "output": "", "seconds": 0}
    return None


def check(request: str) -> str:
    """The worker's entry point for an exercise's Check (signals_docs.exercises): the reader's
    answer, written to a file, against the exercise's tests (``--answer``, exercises/conftest.py)."""
    data = json.loads(request)
    syntax = answer_syntax(data["answer"])
    if syntax:
        return json.dumps(syntax)
    ANSWER.write_text(data["answer"])
    return json.dumps(run_tests([data["test"]], options=[f"--answer={ANSWER}"]))


class AnswerGate:
    """Where a Check started ahead (``check_ahead``) waits for the reader's answer: at the setup of the
    first ``answer`` fixture (exercises/conftest.py), the point where a Check started after the answer
    first imports it. pytest's start, the collection of the exercise's tests and the test databases
    happen before, and none of them reads the answer."""

    def __init__(self, waiting, arrival):
        self.waiting, self.arrival = waiting, arrival
        self.arrived: float | None = None
        self.syntax: dict | None = None

    @pytest.hookimpl(tryfirst=True)
    def pytest_fixture_setup(self, fixturedef):
        if fixturedef.argname == "answer" and self.arrived is None:
            self.receive()
            if self.syntax:
                pytest.exit("the answer does not parse", returncode=pytest.ExitCode.USAGE_ERROR)

    def receive(self) -> None:
        """Say the interpreter waits (the page's "ready"), then wait for the answer and write it."""
        from pyodide.ffi import run_sync

        self.waiting()
        text = run_sync(self.arrival())
        self.arrived = time.perf_counter()
        self.syntax = answer_syntax(text)
        if not self.syntax:
            ANSWER.write_text(text)


def check_ahead(request: str, waiting, arrival) -> str:
    """A Check's entry point before its answer exists (worker.mjs?for=check&test=…): run the exercise's
    tests at once; the first that asks for the answer waits at the AnswerGate until ``arrival()`` (a
    promise of the answer's text) resolves, then everything goes on as in ``check()``, in the same
    order. Returns "null" at once where the browser cannot suspend Python inside a call (no JSPI):
    the worker then calls ``check()`` when the answer comes."""
    from pyodide.ffi import can_run_sync

    if not can_run_sync():
        return json.dumps(None)
    gate = AnswerGate(waiting, arrival)
    result = run_tests([json.loads(request)["test"]], options=[f"--answer={ANSWER}"], gate=gate)
    if gate.arrived is None:  # no test asked for the answer (it did not collect, say): the result waits for it
        gate.receive()
    return json.dumps(gate.syntax or result)


#: Imported before the reader presses Run (see the module's docstring): Django's and pytest's
#: own modules that every Run imports and none needs Django's apps or settings to import.
WARM = (
    "django", "django.db.models", "django.db.models.sql.compiler", "django.test", "django.test.client",
    "django.core.management", "django.core.management.commands.migrate", "django.db.migrations.executor",
    "django.db.backends.sqlite3.base", "django.db.backends.sqlite3.schema", "django.contrib.auth.hashers",
    "django.template.defaulttags", "django.core.serializers.json", "django.core.cache.backends.locmem",
    "pytest", "pytest_django", "pytest_django.plugin", "pytest_django.fixtures", "_pytest.assertion.rewrite",
)  # fmt: skip


def warm() -> None:
    """Import what every Run needs while the reader reads (never a module of the project): WARM,
    and every plugin pytest loads by default with what each imports when pytest configures it
    (``pdb``, which the debugging plugin imports then, is a quarter of a second in the browser).
    Then freeze what is there (``gc.freeze``): the cycle collector, which a Run's migrate and
    tests set off a score of times, stops walking Django's and pytest's own objects (a tenth of
    a Run and of a Check, measured under Node). Nothing the reader's code makes is frozen."""
    from _pytest.config import default_plugins

    for name in (*WARM, *(f"_pytest.{plugin}" for plugin in default_plugins), "pdb"):
        importlib.import_module(name)
    gc.freeze()
