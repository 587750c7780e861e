"""The exercises' fixtures: ``answer``, the learner's module, and receiver isolation.

Every exercise's tests take the learner's code through the ``answer`` fixture, a
module imported afresh for each test from the file ``--answer`` names:

    pytest exercises/receivers/connect_with_sender                      # solution.py
    pytest exercises/receivers/connect_with_sender --answer=starter     # starter.py
    pytest exercises/receivers/connect_with_sender --answer=wrong/no_sender.py
    pytest exercises/receivers/connect_with_sender --answer=~/my_try.py # any file

A name without a folder is a file of the exercise's own folder (``.py`` may be
left out). ``--answer=all`` (the build's proof, ``signals_docs.exercises.proof``)
runs every test once per answer the exercise folder holds: the solution, the
starter and each ``wrong/*.py``, the answer in the test's id (``[starter]``).

Every signal the examples' leak guard watches (tests/conftest.py: Django's and the
examples' own) gets back, when the test ends, the receivers it had before the answer
was imported: whatever the answer connected (at import or later, with ``connect()`` or
``@receiver``) is gone, and whatever it disconnected is back. The fixture keeps no
reference to a receiver, so a weakly connected one dies when nothing else holds it,
as it would in the learner's project, and Django's own reconnections during a test
(the test client's ``close_old_connections``) are left alone. The answer is imported
from its file, so ``answer.__file__`` names it (a test may import it a second time).
"""

from __future__ import annotations

import importlib.util
import itertools
import sys
from pathlib import Path

import pytest

from tests.conftest import every_signal_left_as_found, put_back_in_order, receiver_keys, watched  # noqa: F401  (the leak guard, autouse)

EXERCISES = Path(__file__).resolve().parent
ALL = "all"
_modules = itertools.count()


def pytest_addoption(parser):
    parser.addoption(
        "--answer",
        default="solution",
        help="the learner's module the exercise tests import: solution (default), starter, wrong/<label>.py, "
        "any path to a .py file, or 'all' (every answer in the exercise's folder, one run each)",
    )


def answers_of(folder: Path) -> list[str]:
    """Every answer an exercise folder holds: solution, starter, then wrong/*.py by name."""
    return ["solution", "starter"] + [f"wrong/{path.name}" for path in sorted((folder / "wrong").glob("*.py"))]


def answer_path(folder: Path, answer: str) -> Path:
    """The file ``--answer`` names: in the exercise's ``folder`` first, else from here (``.py`` may be left out)."""
    for path in (folder / answer, Path(answer).expanduser()):
        path = path if path.suffix == ".py" else path.with_name(path.name + ".py")
        if path.is_file():
            return path.resolve()
    raise pytest.UsageError(f"--answer={answer}: no such file in {folder} or here")


def pytest_generate_tests(metafunc):
    if "answer" in metafunc.fixturenames and metafunc.config.getoption("answer") == ALL:
        labels = answers_of(Path(metafunc.definition.path).parent)
        metafunc.parametrize("answer", labels, indirect=True, ids=labels)


@pytest.fixture(autouse=True)
def receivers_in_their_order(every_signal_left_as_found):  # noqa: F811  (asked for, to be set up after it)
    """Every watched signal's receivers, after the test, in the order they had before it.

    An exercise's fixture may mute the page's own receiver (``testing_signals.muting``),
    which connects it again last; the learner's test should not pay for it in the next
    one. Set up after the leak guard (it asks for it), so the guard checks what this
    put back."""
    orders = [(signal, receiver_keys(signal)) for signal in watched().values()]
    yield
    for signal, keys in orders:
        put_back_in_order(signal, keys)


@pytest.fixture
def answer(request):
    """The learner's module, freshly imported; every watched signal's receivers are restored after the test."""
    folder = Path(request.node.path).parent
    chosen = getattr(request, "param", None) or request.config.getoption("answer")
    path = answer_path(folder, chosen)
    # Copies of the lists of (key, reference, ...) tuples: nothing here keeps a receiver alive.
    saved = [(signal, list(signal.receivers)) for signal in watched().values()]
    name = f"answer_{next(_modules)}_{path.stem}"
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses and pickling look modules up by name
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        sys.modules.pop(name, None)
        for signal, receivers in saved:
            with signal.lock:
                signal.receivers = receivers
                signal.sender_receivers_cache.clear()
