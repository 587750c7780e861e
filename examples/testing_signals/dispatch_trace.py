"""See the dispatch: which receivers each signal reached, in what order, and what came back.

    with trace_dispatch() as trace:
        Order.objects.create(customer_email="ada@example.com")
    print(trace.format())

While a ``trace_dispatch()`` block is active, every ``send``, ``send_robust``, ``asend`` and
``asend_robust`` of any signal is recorded: the signal (its dotted name where a module defines
it), the sender, each receiver reached in order (sync or async, duration, return value or
exception, and whether ``send_robust`` caught it), the signals a receiver sends in turn
(nested under it), and the ``transaction.on_commit`` callbacks queued while it ran, with
when they ran or were discarded by a rollback. ``dispatch_trace`` is the same as a pytest
fixture.

Django has no public hook for "a receiver was called", so the block wraps internals, on
the classes, only while it is active: ``Signal.send``/``send_robust``/``asend``/
``asend_robust`` and ``Signal._live_receivers`` (the private method every send uses to list
the receivers it will call: its result is wrapped so each call is timed),
``BaseDatabaseWrapper.on_commit`` (what the public ``transaction.on_commit`` calls) and
``Atomic.__exit__`` (to notice callbacks a rollback discarded). The sends return the
receivers you connected, not the wrappers; an on-commit callback is wrapped by an object
that compares equal to it. On exit every attribute is put back: nothing stays patched
and nothing is recorded outside the block. Tested on Django 5.2, 6.0 and 6.1.
"""

import asyncio
import contextvars
import functools
import itertools
import re
import sys
import time
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import pytest
from django.db import connections, transaction
from django.db.backends.base.base import BaseDatabaseWrapper
from django.dispatch import Signal

SEND_METHODS = ("send", "send_robust", "asend", "asend_robust")
_current = contextvars.ContextVar("dispatch_trace_current", default=None)
_active = []  # the traces of the enclosing blocks; empty outside every block
_saved = {}  # (class, attribute) -> the original, while a block is active
_async_calls = {}  # asyncio task (None outside any, as in Pyodide) -> the async receiver it runs


class Event(NamedTuple):
    """One line of ``trace.events``: ``kind`` is sent, reached, raised, queued, ran or discarded."""

    kind: str
    name: str


@dataclass(eq=False)
class Reached:
    """A receiver called by one send."""

    receiver: str
    is_async: bool
    started: float
    duration: float = 0.0
    result: Any = None
    exception: BaseException | None = None
    caught: bool = False  # send_robust()/asend_robust() returned the exception instead of raising it
    sends: list = field(default_factory=list)  # Sent, the signals this receiver sent
    on_commit: list = field(default_factory=list)  # OnCommit, callbacks it queued
    children: list = field(default_factory=list, repr=False)  # both, in the order they happened
    sent: Any = field(default=None, repr=False)  # the Sent that called it


@dataclass(eq=False)
class Sent:
    """One ``send()`` (or ``send_robust``, ``asend``, ``asend_robust``) of a signal."""

    signal: Signal
    name: str
    sender: str
    method: str
    parent: Reached | None = field(repr=False)
    receivers: list = field(default_factory=list)  # Reached, in the order they were called
    wrappers: dict = field(default_factory=dict, repr=False)  # emptied when the send returns
    listed: bool = field(default=False, repr=False)


@dataclass(eq=False)
class Query:
    """A statement sent to the database, with ``trace_dispatch(queries=True)``."""

    sql: str  # its verb and table: INSERT INTO "custom_signals_order"
    using: str
    parent: Reached | None = field(repr=False)


@dataclass(eq=False)
class OnCommit:
    """A ``transaction.on_commit`` callback: queued, then ran or discarded (or still pending)."""

    callback: str
    using: str
    queued_by: Reached | None = field(repr=False)
    state: str = "pending"
    ran_at: float | None = None
    exception: BaseException | None = None
    func: Any = field(default=None, repr=False)


class DispatchTrace:
    """What one ``trace_dispatch()`` block recorded."""

    def __init__(self):
        self.sends = []  # Sent with no parent inside this trace, in order
        self.roots = []  # those sends and the callbacks queued outside any receiver, in order
        self.on_commit = []  # every OnCommit, in the order queued
        self.events = []  # Event, in the order they happened
        self._origin = time.perf_counter()
        self.queries = False
        self.names = {}  # id(signal) -> its dotted name, looked up once per trace
        self.homes = {}  # signal_homes() as last looked up
        self._mine = set()

    def now(self):
        return time.perf_counter() - self._origin

    def format(self, *, durations=False):
        """The trace as indented text, one line per send, receiver and on-commit callback."""
        lines = []
        for item in self.roots:
            _format_item(item, 0, lines, durations)
        return "\n".join(lines)

    def as_dict(self):
        """The trace as JSON-ready data (the Run panel's Dispatch view reads it)."""
        return {"children": [_item_dict(item) for item in self.roots]}


@contextmanager
def trace_dispatch(*, queries=False):
    """Record every signal sent, and every on-commit callback queued, inside the block.

    With ``queries=True``, the statements sent to the databases too (through the public
    ``connection.execute_wrapper()``), so a trace shows ``pre_save``, the write, ``post_save``.
    """
    trace = DispatchTrace()
    trace.queries = queries
    if not _active:
        _patch()
    _active.append(trace)
    try:
        with ExitStack() as wrappers:
            for connection in connections.all() if queries else ():
                wrappers.enter_context(connection.execute_wrapper(_record_query))
            yield trace
    finally:
        _sweep_discarded()
        _active.remove(trace)
        if not _active:
            _unpatch()


@pytest.fixture
def dispatch_trace():
    """The ``trace_dispatch()`` of one test: ``dispatch_trace.events``, ``.format()``..."""
    with trace_dispatch() as trace:
        yield trace


# Labels ----------------------------------------------------------------------------------

_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")


def label(value):
    """A class or function by its dotted name, anything else by its repr without addresses."""
    if isinstance(value, functools.partial):
        return f"functools.partial({label(value.func)})"
    target = getattr(value, "__func__", value)
    if isinstance(target, type) or callable(target) and hasattr(target, "__qualname__"):
        return f"{target.__module__}.{target.__qualname__}"
    if callable(target):
        return label(type(target))
    text = _ADDRESS.sub("", repr(value))
    return text if len(text) <= 80 else text[:79] + "…"


def signal_name(signal, homes=None):
    """The dotted name of a module attribute holding ``signal``: Django's, then not a test's, a ``signals`` one first."""
    names = (signal_homes() if homes is None else homes).get(id(signal))
    if not names:
        return f"Signal() {label(type(signal))}" if type(signal) is not Signal else "an unnamed Signal()"
    *_, module_name, attr = min(names)
    return f"{module_name}.{attr}"


def signal_homes():
    """Every module attribute holding a signal, in one pass over ``sys.modules``: id(signal) -> its
    ranked names. (``type()``, not ``isinstance()``: a lazy object at a module's top, Django's settings
    say, would be set up by the question.)"""
    homes = {}
    for module_name, module in list(sys.modules.items()):
        namespace = dict(getattr(module, "__dict__", {}))
        # Most modules hold no signal: asked in C, and only the others are looked through here.
        if not any(map(issubclass, map(type, namespace.values()), itertools.repeat(Signal))):
            continue
        test_module = any(part.startswith(("test_", "tests")) for part in module_name.split("."))
        rank = (not module_name.startswith("django."), test_module, not module_name.endswith("signals"))
        for attr, value in namespace.items():
            if issubclass(type(value), Signal):
                homes.setdefault(id(value), []).append((*rank, module_name.count("."), module_name, attr))
    return homes


# Patching --------------------------------------------------------------------------------


def _patch():
    for name in SEND_METHODS:
        replacement = _traced_async_send if name.startswith("a") else _traced_send
        _replace(Signal, name, replacement(getattr(Signal, name), name))
    _replace(Signal, "_live_receivers", _traced_live_receivers(Signal._live_receivers))
    _replace(BaseDatabaseWrapper, "on_commit", _traced_on_commit(BaseDatabaseWrapper.on_commit))
    _replace(transaction.Atomic, "__exit__", _traced_atomic_exit(transaction.Atomic.__exit__))


def _replace(cls, name, replacement):
    _saved[cls, name] = cls.__dict__[name]
    setattr(cls, name, replacement)


def _unpatch():
    for (cls, name), original in _saved.items():
        setattr(cls, name, original)
    _saved.clear()
    _async_calls.clear()


def _caller():
    """The receiver running here: a sync one (in the context) or an async one (by its task)."""
    sync_call = _current.get()
    sync_call = sync_call if isinstance(sync_call, Reached) else None
    try:
        async_call = _async_calls.get(asyncio.current_task())
    except RuntimeError:  # no event loop running in this thread
        async_call = None
    candidates = [call for call in (sync_call, async_call) if call is not None]
    return max(candidates, key=lambda call: call.started, default=None)  # the innermost


def _add(item, parent, event, traces):
    """Put ``item`` under the receiver running now, or at the top of each trace that did not see it."""
    for trace in traces:
        trace.events.append(event)
        if parent is None or id(parent.sent) not in trace._mine:
            trace.roots.append(item)
    if parent is not None:
        parent.children.append(item)


def _start_send(signal, sender, method):
    sent = Sent(signal, _name_of(signal), label(sender), method, _caller())
    for trace in _active:
        if sent.parent is None or id(sent.parent.sent) not in trace._mine:
            trace.sends.append(sent)
        trace._mine.add(id(sent))
    _add(sent, sent.parent, Event("sent", sent.name), _active)
    if sent.parent is not None:
        sent.parent.sends.append(sent)
    return sent


def _name_of(signal):
    trace = _active[0]
    if id(signal) not in trace.names:
        if id(signal) not in trace.homes:  # a module imported or a signal made since the last look
            trace.homes = signal_homes()
        trace.names[id(signal)] = signal_name(signal, trace.homes)
    return trace.names[id(signal)]


def _unwrapped(sent, responses):
    robust = sent.method.endswith("robust")
    for call in sent.receivers:
        call.caught = robust and call.exception is not None
    return [(sent.wrappers.get(id(receiver), receiver), response) for receiver, response in responses]


def _forget_receivers(sent):
    # The trace keeps labels, not receivers: a weakly connected receiver can still die.
    sent.wrappers.clear()


def _traced_send(original, method):
    @functools.wraps(original)
    def send(self, sender, **named):
        sent = _start_send(self, sender, method)
        token = _current.set(sent)
        try:
            return _unwrapped(sent, original(self, sender, **named))
        finally:
            _current.reset(token)
            _forget_receivers(sent)

    return send


def _traced_async_send(original, method):
    @functools.wraps(original)
    async def asend(self, sender, **named):
        sent = _start_send(self, sender, method)
        token = _current.set(sent)
        try:
            return _unwrapped(sent, await original(self, sender, **named))
        finally:
            _current.reset(token)
            _forget_receivers(sent)

    return asend


def _traced_live_receivers(original):
    @functools.wraps(original)
    def _live_receivers(self, sender):
        sync_receivers, async_receivers = original(self, sender)
        sent = _current.get()
        if not isinstance(sent, Sent) or sent.signal is not self or sent.listed:
            return sync_receivers, async_receivers  # has_listeners(), or a send not traced
        sent.listed = True
        sync_wrapped = [_wrap_sync(sent, r) for r in sync_receivers]
        async_wrapped = [_wrap_async(sent, r) for r in async_receivers]
        return sync_wrapped, async_wrapped

    return _live_receivers


def _begin(sent, receiver, is_async):
    call = Reached(label(receiver), is_async, _active[0].now() if _active else 0.0, sent=sent)
    sent.receivers.append(call)
    for trace in _active:
        trace.events.append(Event("reached", call.receiver))
    return call


def _end(call, started, result=None, exception=None):
    call.duration = time.perf_counter() - started
    call.result, call.exception = result, exception
    if exception is not None:
        for trace in _active:
            trace.events.append(Event("raised", call.receiver))


def _wrap_sync(sent, receiver):
    @functools.wraps(receiver)
    def traced(*args, **kwargs):
        call = _begin(sent, receiver, False)
        token = _current.set(call)
        started = time.perf_counter()
        try:
            result = receiver(*args, **kwargs)
        except BaseException as error:
            _end(call, started, exception=error)
            raise
        finally:
            _current.reset(token)
        _end(call, started, result)
        return result

    sent.wrappers[id(traced)] = receiver
    return traced


def _wrap_async(sent, receiver):
    @functools.wraps(receiver)
    async def traced(*args, **kwargs):
        call = _begin(sent, receiver, True)
        task = asyncio.current_task()  # each async receiver runs in a task of its own
        _async_calls[task] = call
        started = time.perf_counter()
        try:
            result = await receiver(*args, **kwargs)
        except BaseException as error:
            _end(call, started, exception=error)
            raise
        finally:
            _async_calls.pop(task, None)
        _end(call, started, result)
        return result

    sent.wrappers[id(traced)] = receiver
    return traced


class _TracedCallback:
    """An on-commit callback that records when it runs; equal to the function it wraps."""

    def __init__(self, func, record):
        self.func, self.record = func, record
        if hasattr(func, "__qualname__"):  # Django logs a failing robust callback by it
            self.__qualname__ = func.__qualname__
        self.__wrapped__ = func

    def __call__(self):
        record = self.record
        record.state, record.ran_at = "ran", _active[0].now() if _active else None
        for trace in _active:
            trace.events.append(Event("ran", record.callback))
        try:
            return self.func()
        except Exception as error:
            record.exception = error
            raise

    def __eq__(self, other):
        return self.func == (other.func if isinstance(other, _TracedCallback) else other)

    def __hash__(self):
        return hash(self.func)


def _traced_on_commit(original):
    @functools.wraps(original)
    def on_commit(self, func, robust=False):
        if not callable(func):
            return original(self, func, robust)
        record = OnCommit(label(func), self.alias, _caller())
        wrapped = _TracedCallback(func, record)
        record.func = wrapped
        for trace in _active:
            trace.on_commit.append(record)
        _add(record, record.queued_by, Event("queued", record.callback), _active)
        if record.queued_by is not None:
            record.queued_by.on_commit.append(record)
        return original(self, wrapped, robust)

    return on_commit


_STATEMENT = re.compile(r"\s*(INSERT INTO|UPDATE|DELETE FROM)\s+(\S+)|\s*(\w+)", re.IGNORECASE)


def _record_query(execute, sql, params, many, context):
    verb, table, other = _STATEMENT.match(sql).groups()
    query = Query(f"{verb} {table}" if verb else other, context["connection"].alias, _caller())
    _add(query, query.parent, Event("query", query.sql), [trace for trace in _active if trace.queries])
    return execute(sql, params, many, context)


def _traced_atomic_exit(original):
    @functools.wraps(original)
    def __exit__(self, exc_type, exc_value, traceback):
        try:
            return original(self, exc_type, exc_value, traceback)
        finally:
            _sweep_discarded()

    return __exit__


def _sweep_discarded():
    """Mark the pending callbacks no connection holds any more: a rollback discarded them."""
    held = {id(func) for conn in connections.all(initialized_only=True) for _, func, _ in conn.run_on_commit}
    for record in itertools.chain.from_iterable(t.on_commit for t in _active):
        if record.state == "pending" and id(record.func) not in held:
            record.state = "discarded"
            for trace in _active:
                trace.events.append(Event("discarded", record.callback))


# Rendering -------------------------------------------------------------------------------


def _format_item(item, depth, lines, durations):
    pad = "    " * depth
    if isinstance(item, OnCommit):
        lines.append(f"{pad}on_commit {item.callback}: {item.state}")
        return
    if isinstance(item, Query):
        lines.append(f"{pad}query {item.sql}")
        return
    lines.append(f"{pad}{item.method} {item.name} sender={item.sender}" + ("" if item.receivers else " (no receivers)"))
    for number, call in enumerate(item.receivers, 1):
        outcome = f"raised {type(call.exception).__name__}" if call.exception else f"returned {label(call.result)}"
        if call.caught:
            outcome += f", caught by {item.method}"
        timing = f" ({call.duration * 1000:.1f} ms)" if durations else ""
        kind = "async" if call.is_async else "sync"
        lines.append(f"{pad}  {number}. {call.receiver} [{kind}] {outcome}{timing}")
        for child in call.children:
            _format_item(child, depth + 1, lines, durations)


def _item_dict(item):
    if isinstance(item, OnCommit):
        return {"type": "on_commit", "callback": item.callback, "using": item.using, "state": item.state}
    if isinstance(item, Query):
        return {"type": "query", "sql": item.sql, "using": item.using}
    return {
        "type": "send",
        "signal": item.name,
        "sender": item.sender,
        "method": item.method,
        "receivers": [_call_dict(call) for call in item.receivers],
    }


def _call_dict(call):
    return {
        "receiver": call.receiver,
        "async": call.is_async,
        "ms": round(call.duration * 1000, 3),
        "result": None if call.exception else label(call.result),
        "exception": None if call.exception is None else f"{type(call.exception).__name__}: {call.exception}",
        "caught": call.caught,
        "children": [_item_dict(child) for child in call.children],
    }
