"""Shared fixtures: signal hygiene for every test, and `connect` for receivers that live one test.

Each test must leave every signal with the receivers it found, in the order it
found them (Django's own tests/signals/tests.py guards against the same leak, born
of ticket #9989; receivers run in the order they were connected, which pages teach,
so a receiver disconnected and connected again at the end is a change too).
Every signal is watched: the built-in ones the reference lists
(``examples/reference/catalogue.py``) that this Django defines, and each
``Signal`` the examples define themselves.

The guard's fixture has a name no example uses: a test module that imports the
teaching fixture ``testing_signals.fixtures.no_receiver_leaks`` (which watches
four model signals only) must not replace it.
"""

import ast
import functools
import gc
import importlib
import weakref
from pathlib import Path

import django
import pytest
from django.dispatch import Signal

TESTS = Path(__file__).resolve().parent
EXAMPLES = TESTS.parent / "examples"


def django_signals() -> dict[str, Signal]:
    """Every signal the reference lists, as ``{"module.name": signal}``, for this Django."""
    from reference.catalogue import BUILT_IN_SIGNALS, UNDOCUMENTED

    listed = [(s.module, s.name) for s in BUILT_IN_SIGNALS if django.VERSION[:2] >= s.since]
    listed += [(module, name) for name, module in UNDOCUMENTED.items()]
    return {f"{module}.{name}": getattr(importlib.import_module(module), name) for module, name in listed}


def example_signals() -> dict[str, Signal]:
    """Every ``name = Signal(...)`` at the top of a module of examples/.

    The modules are read, and only those that define a signal are imported:
    importing the others could connect their receivers (some examples show
    exactly that) before a test means to.
    """
    found = {}
    for path in sorted(EXAMPLES.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if "Signal" not in text:  # no `Signal(...)`: nothing to parse (parsing all is a tenth of a Run in a browser)
            continue
        tree = ast.parse(text, str(path))
        names = [
            target.id
            for node in tree.body
            if isinstance(node, ast.Assign) and _calls_signal(node.value)
            for target in node.targets
            if isinstance(target, ast.Name)
        ]
        if names:
            module = ".".join(path.relative_to(EXAMPLES).with_suffix("").parts)
            imported = importlib.import_module(module)
            found.update({f"{module}.{name}": getattr(imported, name) for name in names})
    return found


def _calls_signal(value) -> bool:
    func = value.func if isinstance(value, ast.Call) else None
    return (isinstance(func, ast.Name) and func.id == "Signal") or (
        isinstance(func, ast.Attribute) and func.attr == "Signal"
    )


@functools.cache
def watched() -> dict[str, Signal]:
    """Django's signals and the examples' own, gathered once (after Django is set up)."""
    return django_signals() | example_signals()


def connected(signal):
    """Lookup key -> stored references (receiver, and on Django 6 sender) of each receiver."""
    return {key: refs for key, *refs, _is_async in list(signal.receivers)}


def collected(refs):
    # A weak receiver (or, on Django 6, its sender) that the garbage collector freed
    # during the test is not a leak: it is dropped at the next send or connect.
    return any(isinstance(ref, weakref.ReferenceType) and ref() is None for ref in refs)


@pytest.fixture(autouse=True)
def every_signal_left_as_found():
    """Fail a test that leaves a receiver connected to any watched signal, removes one, or reorders them."""
    before = {name: connected(signal) for name, signal in watched().items()}
    yield
    problems = changes(before)
    if problems:
        # Objects in reference cycles (e.g. model states rendered by migrate) connect
        # weakly and die only when the cycle collector runs: collect once, look again.
        gc.collect()
        problems = changes(before)
    assert not problems, f"receivers left connected or removed: {problems}"


def changes(before):
    problems = {}
    for name, signal in watched().items():
        after = connected(signal)
        added = [key for key in after.keys() - before[name].keys() if not collected(after[key])]
        removed = [key for key in before[name].keys() - after.keys() if not collected(before[name][key])]
        kept = [key for key in before[name] if key in after and not moved_by_django(before[name][key])]
        moved = kept != [key for key in after if key in before[name] and not moved_by_django(after[key])]
        if added or removed or moved:
            problems[name] = {"left connected": len(added), "disconnected, not restored": len(removed)}
            problems[name] |= {"reordered": True} if moved else {}
    return problems


def moved_by_django(refs) -> bool:
    """Django's test tools disconnect these two and connect them again, last: the test
    Client ``close_old_connections`` around each request, ``CaptureQueriesContext``
    (``django_assert_num_queries``) ``reset_queries``. Their place is not the test's doing."""
    from django.db import close_old_connections, reset_queries

    receiver = refs[0]() if isinstance(refs[0], weakref.ReferenceType) else refs[0]
    return receiver in (close_old_connections, reset_queries)


@pytest.fixture
def keep_receiver_order():
    """``keep_receiver_order(signal, ...)``: after the test, the signals' receivers run in
    the order they had when it was called.

    A receiver disconnected and connected again lands last ("Last in line" in
    connecting.md). A test that does that to a receiver connected at start-up calls this
    first, or every later test of the session would see another order."""
    kept = []

    def keep(*signals):
        kept.extend((signal, receiver_keys(signal)) for signal in signals)

    yield keep
    for signal, keys in reversed(kept):
        put_back_in_order(signal, keys)


def receiver_keys(signal) -> list:
    """The lookup keys of the signal's receivers, in the order they run."""
    return [entry[0] for entry in signal.receivers]


def put_back_in_order(signal, keys: list) -> None:
    """Sort the signal's receivers into the order of ``keys``; any other comes last.
    Django has no API to connect at a place in the list: this sorts the signal's own."""
    with signal.lock:
        place = {key: i for i, key in enumerate(keys)}
        signal.receivers.sort(key=lambda entry: place.get(entry[0], len(place)))
        signal.sender_receivers_cache.clear()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item, nextitem):
    """Pause coverage (``--cov``) through the set-up, run and tear-down of the tests of the
    site: they run no example, and tracing their Sphinx builds and browsers would double
    their time. (pytest-cov's ``no_cover`` pauses the run alone, not the set-up.)"""
    paused = None
    if TESTS in item.path.parents and item.path.relative_to(TESTS).parts[0] in site_tests():
        import coverage

        paused = coverage.Coverage.current()
    if paused:
        paused.stop()
    try:
        return (yield)
    finally:
        if paused:
            paused.start()


@functools.cache
def site_tests() -> frozenset[str]:
    """Folders of tests/ that check the site; none where the site's modules are not (the
    readers' zip and the browser runtime run the examples' tests alone)."""
    try:
        from signals_docs.site import SITE_TESTS
    except ImportError:
        return frozenset()
    return SITE_TESTS


def pytest_report_header(config):
    import django

    return f"Django {django.get_version()}"


@pytest.fixture
def connect():
    """Connect receivers for one test; every one is disconnected afterwards."""
    connected = []

    def _connect(signal, receiver, sender=None, **options):
        signal.connect(receiver, sender=sender, **options)
        connected.append((signal, receiver, sender, options.get("dispatch_uid")))

    yield _connect
    for signal, receiver, sender, dispatch_uid in connected:
        disconnected = signal.disconnect(receiver, sender=sender, dispatch_uid=dispatch_uid)
        # With a lazy sender ("app_label.Model") ModelSignal.disconnect() returns None
        # even when it disconnected; the leak check still proves the receiver is gone.
        assert disconnected or isinstance(sender, str)
    connected.clear()  # pytest keeps fixture values until the end: release what they saw
