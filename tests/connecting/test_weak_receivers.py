"""weak=True (the default): a receiver defined in a function silently stops receiving.

On CPython the function is freed as soon as nothing references it (reference
counting); other Pythons free it at their next garbage collection. With DEBUG=True
it survives: connect() checks it with func_accepts_kwargs(), whose lru_cache
(django.utils.inspect, 512 entries) keeps a strong reference.
"""

from django.dispatch import Signal

from connecting.weak_receivers import connect_local_receiver


def test_debug_false_weak_local_receiver_disappears_when_the_function_returns(settings):
    settings.DEBUG = False
    signal, calls = Signal(), []
    connect_local_receiver(signal, calls)
    assert signal.send(sender="first") == []
    assert calls == []
    assert not signal.has_listeners()


def test_debug_true_the_kwargs_check_keeps_the_local_receiver_alive(settings):
    settings.DEBUG = True
    signal, calls = Signal(), []
    connect_local_receiver(signal, calls)
    [(receiver, _)] = signal.send(sender="first")
    assert calls == ["first"]
    assert signal.disconnect(receiver)


def test_debug_true_does_not_keep_a_bound_method_of_a_temporary_object(settings):
    # For a bound method the lru_cache holds only __func__, the function of the
    # class: the method object and its instance are still freed.
    from receivers.bound_method import SignalCounter

    settings.DEBUG = True
    signal = Signal()
    signal.connect(SignalCounter().receive)
    assert signal.send(sender="first") == []
    assert not signal.has_listeners()


def test_weak_false_keeps_it_alive_until_disconnected():
    signal, calls = Signal(), []
    connect_local_receiver(signal, calls, weak=False)
    [(receiver, _)] = signal.send(sender="first")
    assert calls == ["first"]
    assert signal.disconnect(receiver)
    assert not signal.has_listeners()


def test_module_level_functions_are_safe_with_weak_true():
    # The module keeps a strong reference to its own functions.
    from connecting.dispatch_uid import count_delivery

    signal = Signal()
    signal.connect(count_delivery)
    assert signal.has_listeners()
    assert signal.disconnect(count_delivery)
