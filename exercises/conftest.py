"""A STAND-IN for the exercises' conftest (the real one is written in wt-ex): keep wt-ex's when merging.

``--answer`` chooses the learner's module: ``solution`` (the default), ``starter``, or a
path (relative to the exercise's folder, e.g. ``wrong/no_sender.py``, or absolute).
The ``answer`` fixture imports that file as a fresh module for each test; afterwards
every watched signal gets back exactly the receivers it had before the import.
"""

import ast
import functools
import importlib
import importlib.util
import itertools
from pathlib import Path

import django
import pytest
from django.dispatch import Signal

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
_fresh = itertools.count()


def pytest_addoption(parser):
    parser.addoption("--answer", default="solution", help="solution (default), starter, or a path to a module")


@functools.cache
def watched() -> tuple[Signal, ...]:
    """Django's signals (as the reference lists them) and every module-level Signal of examples/."""
    from reference.catalogue import BUILT_IN_SIGNALS, UNDOCUMENTED

    listed = [(s.module, s.name) for s in BUILT_IN_SIGNALS if django.VERSION[:2] >= s.since]
    listed += [(module, name) for name, module in UNDOCUMENTED.items()]
    signals = [getattr(importlib.import_module(module), name) for module, name in listed]
    for path in sorted(EXAMPLES.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            call = node.value if isinstance(node, ast.Assign) else None
            func = call.func if isinstance(call, ast.Call) else None
            if getattr(func, "id", getattr(func, "attr", None)) == "Signal":
                module = importlib.import_module(".".join(path.relative_to(EXAMPLES).with_suffix("").parts))
                signals += [getattr(module, target.id) for target in node.targets]
    return tuple(signals)


def answer_path(request) -> Path:
    choice = request.config.getoption("--answer")
    folder = request.path.parent
    if choice in ("solution", "starter"):
        return folder / f"{choice}.py"
    path = Path(choice)
    return path if path.is_absolute() else folder / path


def import_fresh(path: Path, name: str | None = None):
    """Import ``path`` as a new module object (never from sys.modules)."""
    name = name or f"exercise_answer_{next(_fresh)}"
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def answer(request):
    """The learner's module, freshly imported; its receivers go when the test ends."""
    saved = [(signal, list(signal.receivers)) for signal in watched()]
    try:
        yield import_fresh(answer_path(request))
    finally:
        for signal, receivers in saved:
            with signal.lock:
                signal.receivers[:] = receivers
                signal.sender_receivers_cache.clear()
