"""The Check started ahead (runtime/runner_plugin.py's AnswerGate and check_ahead), natively.

In the browser a Check's interpreter runs the exercise's tests before the answer exists
and suspends where the first test asks for it (pyodide.ffi.run_sync, on WebAssembly JSPI).
Here pyodide.ffi is a stand-in whose run_sync returns at once, and the tests are a tiny
exercise run by pytester: what matters is the order (collection and session fixtures
first, then the wait, then the answer written, then the first test reads it), that the
gate waits once, and that an answer that does not parse stops the session before any test.
"""

from __future__ import annotations

import json
import sys
import types

import pytest

from signals_docs.examples.runtime import runner_plugin

pytest_plugins = ("pytester",)

EXERCISE = {
    "conftest.py": """
import pytest
from pathlib import Path


@pytest.fixture(scope="session")
def databases():
    pass


@pytest.fixture
def answer(request, databases):
    return Path(request.config.getoption("answer")).read_text()


def pytest_addoption(parser):
    parser.addoption("--answer")
""",
    "test_exercise.py": """
def test_first(answer):
    assert answer == "published = []\\n"


def test_second(answer):
    assert answer == "published = []\\n"
""",
}


@pytest.fixture
def ffi(monkeypatch):
    """A stand-in for pyodide.ffi: run_sync gives the awaited value at once (there is no JSPI here)."""
    module = types.ModuleType("pyodide.ffi")
    module.run_sync = lambda value: value
    module.can_run_sync = lambda: True
    monkeypatch.setitem(sys.modules, "pyodide", types.ModuleType("pyodide"))
    monkeypatch.setitem(sys.modules, "pyodide.ffi", module)
    return module


def gated_run(pytester, monkeypatch, answer: str):
    """Run the tiny exercise behind an AnswerGate; returns (the gate, what happened in order, the run's outcome)."""
    pytester.makepyfile(**EXERCISE)
    path = pytester.path / "answer.py"
    monkeypatch.setattr(runner_plugin, "ANSWER", path)
    events = []

    class Recorder:
        def pytest_collection_finish(self):
            events.append("collected")

        @pytest.hookimpl(wrapper=True)
        def pytest_fixture_setup(self, fixturedef):
            result = yield
            events.append(f"set up {fixturedef.argname}")
            return result

    def waiting():
        events.append("waiting")
        assert not path.exists(), "the answer was written before the gate waited"

    def arrival():
        events.append("arrived")
        return answer

    gate = runner_plugin.AnswerGate(waiting, arrival)
    options = [f"--answer={path}", "-p", "no:django", "-p", "no:asyncio", "-p", "no:cacheprovider"]
    return gate, events, pytester.inline_run(*options, plugins=[gate, Recorder()])


def test_the_tests_start_ahead_and_the_first_that_asks_waits_for_the_answer(pytester, monkeypatch, ffi):
    gate, events, outcome = gated_run(pytester, monkeypatch, "published = []\n")
    outcome.assertoutcome(passed=2)  # both tests read the answer that arrived
    assert events == ["collected", "set up databases", "waiting", "arrived", "set up answer", "set up answer"], events
    assert gate.arrived is not None and gate.syntax is None


def test_an_answer_that_does_not_parse_stops_before_any_test(pytester, monkeypatch, ffi):
    gate, events, outcome = gated_run(pytester, monkeypatch, "def on_save(sender\n")
    assert outcome.ret == pytest.ExitCode.USAGE_ERROR
    outcome.assertoutcome(passed=0, failed=0)
    assert gate.syntax["syntax"]["line"] == 1, gate.syntax
    assert "set up answer" not in events and not (pytester.path / "answer.py").exists(), events


def test_without_jspi_check_ahead_says_so_at_once(ffi, monkeypatch):
    ffi.can_run_sync = lambda: False
    monkeypatch.setattr(runner_plugin, "run_tests", lambda *a, **k: pytest.fail("the tests ran without a gate"))
    assert json.loads(runner_plugin.check_ahead('{"test": "t.py"}', lambda: None, lambda: "")) is None
