"""The dispatch tracer: order, nesting, send_robust, async receivers, on-commit, and a clean exit."""

import asyncio
import functools
import gc

import pytest
from django.core.signals import request_started
from django.db import transaction
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.models.signals import post_save, pre_save
from django.dispatch import Signal

from custom_signals.models import Order
from custom_signals.shipping import ship
from custom_signals.signals import order_shipped
from testing_signals.dispatch_trace import (
    DispatchTrace,
    Event,
    dispatch_trace,  # noqa: F401
    label,
    signal_name,
    trace_dispatch,
)
from tests.async_signals.test_mixed import waiting_pair
from tests.utils import django_before, django_from

order_paid = Signal()  # module-level, so the tracer finds its dotted name


@pytest.mark.django_db
def test_shipping_announces_after_commit(dispatch_trace, django_capture_on_commit_callbacks):  # noqa: F811
    order = Order.objects.create(customer_email="ada@example.com")
    with django_capture_on_commit_callbacks(execute=True):
        ship(order, "TRACK-1")
    print(dispatch_trace.format())  # pytest shows it when the test fails
    (announce,) = dispatch_trace.on_commit
    (shipped,) = [sent for sent in dispatch_trace.sends if sent.signal is order_shipped]
    assert announce.state == "ran" and shipped.method == "send_robust"
    assert [call.receiver for call in shipped.receivers] == [
        "custom_signals.receivers.email_customer",
        "custom_signals.receivers.notify_in_app",
    ]
    assert dispatch_trace.events.index(("ran", announce.callback)) < dispatch_trace.events.index(
        ("sent", "custom_signals.signals.order_shipped")
    )


def test_receivers_in_connection_order_with_their_results(dispatch_trace):  # noqa: F811
    def first(sender, **kwargs):
        return 1

    def second(sender, **kwargs):
        return 2

    order_paid.connect(first)
    order_paid.connect(second)
    try:
        replies = order_paid.send(sender="shop")
    finally:
        order_paid.disconnect(first)
        order_paid.disconnect(second)
    assert replies == [(first, 1), (second, 2)]  # the receivers you connected, not wrappers
    (sent,) = dispatch_trace.sends
    assert (sent.name, sent.sender, sent.method) == (f"{__name__}.order_paid", "'shop'", "send")
    assert [(c.receiver.rsplit(".", 1)[-1], c.is_async, c.result) for c in sent.receivers] == [
        ("first", False, 1),
        ("second", False, 2),
    ]
    assert dispatch_trace.events == [
        Event("sent", f"{__name__}.order_paid"),
        Event("reached", f"{__name__}.test_receivers_in_connection_order_with_their_results.<locals>.first"),
        Event("reached", f"{__name__}.test_receivers_in_connection_order_with_their_results.<locals>.second"),
    ]


@pytest.mark.django_db
def test_model_signals_by_their_django_names_and_a_send_nobody_hears():
    with trace_dispatch() as trace:
        Order.objects.create(customer_email="ada@example.com")
    names = [event.name for event in trace.events if event.kind == "sent"]
    assert names[names.index("django.db.models.signals.pre_save") :][:2] == [
        "django.db.models.signals.pre_save",
        "django.db.models.signals.post_save",
    ]
    post = next(s for s in trace.sends if s.signal is post_save)
    assert post.sender == "custom_signals.models.Order"
    assert "send django.db.models.signals.pre_save sender=custom_signals.models.Order" in trace.format()


def test_a_receiver_that_sends_another_signal_is_nested_under_it():
    inner = Signal()

    def outer_receiver(sender, **kwargs):
        inner.send(sender="outer")
        return "outer done"

    def inner_receiver(sender, **kwargs):
        return "inner done"

    order_paid.connect(outer_receiver)
    inner.connect(inner_receiver)
    try:
        with trace_dispatch() as trace:
            order_paid.send(sender=None)
            inner.send(sender="top")
    finally:
        order_paid.disconnect(outer_receiver)
        inner.disconnect(inner_receiver)
    first, second = trace.sends  # the nested send is not a top-level one
    (outer_call,) = first.receivers
    (nested,) = outer_call.sends
    assert nested.signal is inner and nested.parent is outer_call and nested.sender == "'outer'"
    assert nested.receivers[0].result == "inner done"
    assert second.signal is inner and second.parent is None
    lines = trace.format().splitlines()
    assert lines[0] == f"send {__name__}.order_paid sender=None"
    assert lines[2] == "    send an unnamed Signal() sender='outer'"
    assert lines[3].endswith("inner_receiver [sync] returned 'inner done'")


def test_send_robust_catches_what_send_lets_through(caplog):
    def broken(sender, **kwargs):
        raise ValueError("no stock")

    def after(sender, **kwargs):
        return "still reached"

    order_paid.connect(broken)
    order_paid.connect(after)
    try:
        with trace_dispatch() as trace:
            replies = order_paid.send_robust(sender=None)
            with pytest.raises(ValueError, match="no stock"):
                order_paid.send(sender=None)
    finally:
        order_paid.disconnect(broken)
        order_paid.disconnect(after)
    assert replies[0][0] is broken and isinstance(replies[0][1], ValueError)
    robust, plain = trace.sends
    assert [(c.exception is not None, c.caught) for c in robust.receivers] == [(True, True), (False, False)]
    assert [(c.exception is not None, c.caught) for c in plain.receivers] == [(True, False)]  # after never ran
    assert [e.kind for e in trace.events] == ["sent", "reached", "raised", "reached", "sent", "reached", "raised"]
    assert "raised ValueError, caught by send_robust" in trace.format()
    assert "Error calling" in caplog.text  # send_robust logs it by the receiver's own name
    assert "broken" in caplog.text


async def test_async_receivers_after_sync_ones_and_nested_sends_under_them():
    inner = Signal()

    async def notify(sender, **kwargs):
        await inner.asend(sender="notify")
        return "notified"

    def audit(sender, **kwargs):
        return "audited"

    async def inner_receiver(sender, **kwargs):
        return "inner"

    signal = Signal()
    signal.connect(notify)
    signal.connect(audit)
    inner.connect(inner_receiver)
    with trace_dispatch() as trace:
        replies = await signal.asend(sender=None)
        robust = await signal.asend_robust(sender=None)
    assert replies == robust == [(audit, "audited"), (notify, "notified")]
    for sent in trace.sends:  # in the order they started: on 5.2 and 6.0 either may start first
        reached = {c.receiver.rsplit(".", 1)[-1]: c for c in sent.receivers}
        assert sorted((name, c.is_async) for name, c in reached.items()) == [("audit", False), ("notify", True)]
        assert reached["notify"].sends[0].receivers[0].result == "inner"
        assert reached["notify"].sends[0].parent is reached["notify"]
    assert [s.method for s in trace.sends] == ["asend", "asend_robust"]
    as_dict = trace.as_dict()["children"][0]["receivers"]
    assert [child["method"] for r in as_dict for child in r["children"]] == ["asend"]


async def test_asend_robust_catches_an_async_receivers_exception():
    async def broken(sender, **kwargs):
        raise RuntimeError("gateway down")

    signal = Signal()
    signal.connect(broken)
    with trace_dispatch() as trace:
        ((_, error),) = await signal.asend_robust(sender=None)
    assert isinstance(error, RuntimeError)
    (call,) = trace.sends[0].receivers
    assert call.is_async and call.caught and call.exception is error
    assert trace.as_dict()["children"][0]["receivers"][0]["exception"] == "RuntimeError: gateway down"


async def traced_sync_and_async(timeout):
    """asend() to a sync receiver that waits up to ``timeout`` s for an async one: their calls."""
    signal = Signal()
    first_async, sync_waits = waiting_pair(timeout)
    signal.connect(first_async)
    signal.connect(sync_waits)
    with trace_dispatch() as trace:
        await signal.asend(sender=None)
    reached = {call.is_async: call for call in trace.sends[0].receivers}
    return reached[False], reached[True]


@django_from("6.1", reason="asend() awaits the sync receivers before it starts the async ones")
async def test_the_trace_shows_asend_starting_async_receivers_after_the_sync_ones_end():
    sync_call, async_call = await traced_sync_and_async(timeout=0.2)
    assert async_call.started >= sync_call.started + sync_call.duration


@django_before("6.1", reason="asend() gathers the sync receivers and the async ones together")
async def test_the_trace_shows_asend_starting_async_receivers_while_sync_ones_run():
    sync_call, async_call = await traced_sync_and_async(timeout=10)
    assert async_call.started < sync_call.started + sync_call.duration


@pytest.mark.django_db(transaction=True)
def test_on_commit_callbacks_run_after_the_outermost_block_or_are_discarded():
    def welcome():
        pass

    def never():
        pass

    def queue_welcome(sender, **kwargs):
        transaction.on_commit(welcome)

    order_paid.connect(queue_welcome)
    try:
        with trace_dispatch() as trace:
            with transaction.atomic():
                with transaction.atomic():
                    order_paid.send(sender=None)
                assert trace.on_commit[0].state == "pending"  # the inner block is a savepoint
            with transaction.atomic():
                transaction.on_commit(never)
                transaction.set_rollback(True)
    finally:
        order_paid.disconnect(queue_welcome)
    welcome_record, never_record = trace.on_commit
    assert (welcome_record.state, never_record.state) == ("ran", "discarded")
    assert welcome_record.queued_by is trace.sends[0].receivers[0]
    assert never_record.queued_by is None
    send, never_dict = trace.as_dict()["children"]  # the callback queued outside any receiver is a root
    assert (send["receivers"][0]["children"][0]["state"], never_dict["state"]) == ("ran", "discarded")
    assert [e.kind for e in trace.events] == ["sent", "reached", "queued", "ran", "queued", "discarded"]
    assert trace.format().splitlines()[-2:] == [
        f"    on_commit {__name__}.test_on_commit_callbacks_run_after_the_outermost_block_or_are_discarded"
        ".<locals>.welcome: ran",
        f"on_commit {__name__}.test_on_commit_callbacks_run_after_the_outermost_block_or_are_discarded"
        ".<locals>.never: discarded",
    ]


@pytest.mark.django_db(transaction=True)
def test_a_savepoint_rollback_discards_only_its_own_callbacks():
    def kept():
        pass

    def dropped():
        pass

    with trace_dispatch() as trace, transaction.atomic():
        transaction.on_commit(kept)
        try:
            with transaction.atomic():
                transaction.on_commit(dropped)
                raise ValueError
        except ValueError:
            pass
        assert [r.state for r in trace.on_commit] == ["pending", "discarded"]
    assert [r.state for r in trace.on_commit] == ["ran", "discarded"]


@pytest.mark.django_db
def test_captured_callbacks_still_equal_the_functions_queued(django_capture_on_commit_callbacks):
    def welcome():
        return "sent"

    welcome_ada = functools.partial(welcome)
    with trace_dispatch() as trace, django_capture_on_commit_callbacks(execute=True) as callbacks:
        transaction.on_commit(welcome)
        transaction.on_commit(welcome, robust=True)
        transaction.on_commit(welcome_ada)
    assert callbacks == [welcome, welcome, welcome_ada] and len({*callbacks}) == 2
    assert [r.state for r in trace.on_commit] == ["ran", "ran", "ran"]
    assert trace.on_commit[2].callback == f"functools.partial({label(welcome)})"
    assert not hasattr(callbacks[2], "__qualname__")  # as the partial: Django 5.2 logs a failure by it
    assert callbacks[0].__qualname__ == welcome.__qualname__


@pytest.mark.django_db
def test_a_failing_callback_is_recorded_and_still_raises(django_capture_on_commit_callbacks):
    def broken():
        raise ValueError("mail server down")

    with trace_dispatch() as trace:
        with pytest.raises(ValueError), django_capture_on_commit_callbacks(execute=True):
            transaction.on_commit(broken)
    assert isinstance(trace.on_commit[0].exception, ValueError)
    with pytest.raises(TypeError), trace_dispatch():
        transaction.on_commit("not callable")


def test_nothing_stays_patched_and_nothing_is_recorded_after_the_block():
    before = {cls: dict(vars(cls)) for cls in (Signal, BaseDatabaseWrapper, transaction.Atomic)}
    with trace_dispatch() as outer:
        with trace_dispatch() as inner:
            order_paid.send(sender=None)
        assert Signal.send is not before[Signal]["send"]  # the outer block is still active
        order_paid.send(sender="outer only")
    order_paid.send(sender="after")
    assert {cls: dict(vars(cls)) for cls in before} == before
    assert [s.sender for s in inner.sends] == ["None"]
    assert [s.sender for s in outer.sends] == ["None", "'outer only'"]


def test_has_listeners_and_sends_outside_a_receiver_are_left_alone():
    def listener(sender, **kwargs):
        assert order_paid.has_listeners()  # _live_receivers called inside a receiver

    order_paid.connect(listener)
    try:
        with trace_dispatch() as trace:
            assert order_paid.has_listeners()
            order_paid.send(sender=None)
    finally:
        order_paid.disconnect(listener)
    assert len(trace.sends) == 1 and len(trace.sends[0].receivers) == 1


def test_labels_name_classes_functions_and_values_without_addresses():
    class Callable:
        def __call__(self):
            pass

    assert label(Order) == "custom_signals.models.Order"
    assert label(Order.save) == label(Order().save) == "django.db.models.base.Model.save"  # where it is defined
    assert label(Callable()).endswith("<locals>.Callable")
    assert label(object()) == "<object object>"
    assert label("x" * 100) == "'" + "x" * 78 + "…"
    assert signal_name(pre_save) == "django.db.models.signals.pre_save"
    assert signal_name(request_started) == "django.core.signals.request_started"


def test_a_signal_subclass_without_a_name_says_its_class():
    class ShopSignal(Signal):
        pass

    assert signal_name(ShopSignal()) == f"Signal() {__name__}.{ShopSignal.__qualname__}"
    assert isinstance(DispatchTrace().now(), float)


@pytest.mark.django_db
def test_queries_show_the_write_between_pre_save_and_post_save():
    def count_orders(sender, **kwargs):
        return Order.objects.count()

    post_save.connect(count_orders, sender=Order)
    try:
        with trace_dispatch(queries=True) as trace:
            Order.objects.create(customer_email="ada@example.com")
    finally:
        post_save.disconnect(count_orders, sender=Order)
    steps = [event for event in trace.events if event.kind in ("sent", "query")]
    start = steps.index(Event("sent", "django.db.models.signals.pre_save"))
    assert steps[start : start + 3] == [
        Event("sent", "django.db.models.signals.pre_save"),
        Event("query", 'INSERT INTO "custom_signals_order"'),
        Event("sent", "django.db.models.signals.post_save"),
    ]
    post = next(sent for sent in trace.sends if sent.signal is post_save)
    (count_call,) = post.receivers
    assert [(q.sql, q.using) for q in count_call.children] == [("SELECT", "default")]  # nested under it
    assert "    query SELECT" in trace.format().splitlines()
    assert {"type": "query", "sql": "SELECT", "using": "default"} in trace.as_dict()["children"][-1]["receivers"][0][
        "children"
    ]
    with trace_dispatch() as quiet:
        Order.objects.count()
    assert quiet.events == []  # without queries=True, statements are not recorded


async def test_a_send_from_a_callback_outside_any_task_is_recorded():
    # Where asyncio.current_task() is None: a loop callback here, every sync test in Pyodide.
    loop = asyncio.get_running_loop()
    done = loop.create_future()

    def callback():
        order_paid.send(sender="callback")
        done.set_result(asyncio.current_task())

    with trace_dispatch() as trace:
        loop.call_soon(callback)
        assert await done is None
    assert [(sent.sender, sent.parent) for sent in trace.sends] == [("'callback'", None)]


def test_the_trace_keeps_no_receiver_alive():
    class Counter:
        def count(self, sender, **kwargs):
            return "counted"

    counter = Counter()
    order_paid.connect(counter.count)  # weakly, as by default
    with trace_dispatch() as trace:
        assert order_paid.send(sender=None) == [(counter.count, "counted")]
        del counter
        gc.collect()
        assert order_paid.send(sender=None) == []  # the trace held labels, not the receiver
    assert [len(sent.receivers) for sent in trace.sends] == [1, 0]
