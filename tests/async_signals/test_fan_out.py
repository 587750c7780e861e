"""When one async receiver raises: asend() before 6.1 and from 6.1 on, and asend_robust()."""

import asyncio
import logging

import pytest
from django.dispatch import Signal

from async_signals.fan_out import notify_all
from tests.utils import django_before, django_from


@pytest.fixture
def signal_with_a_failure():
    signal, log = Signal(), []

    async def slow(sender, **kwargs):
        try:
            await asyncio.sleep(0.2)  # long enough that asend() returns first, even on a busy machine
            log.append("slow finished")
            return "ok"
        except asyncio.CancelledError:
            log.append("slow cancelled")
            raise

    async def broken(sender, **kwargs):
        raise ValueError("broken")

    signal.connect(slow)
    signal.connect(broken)
    return signal, log, slow, broken


async def test_notify_all_keeps_the_others_and_logs_the_failure(signal_with_a_failure, caplog):
    signal, log, slow, broken = signal_with_a_failure
    with caplog.at_level(logging.ERROR, logger="django.dispatch"):
        replies = await notify_all(signal, sender=None)
    assert replies == {slow: "ok"}
    assert log == ["slow finished"]
    assert caplog.messages == [
        "Error calling signal_with_a_failure.<locals>.broken in Signal.send_robust() (broken)",
    ]


async def test_notify_all_passes_the_sender_and_the_arguments_on():
    signal = Signal()

    async def echo(sender, **kwargs):
        return sender, kwargs

    signal.connect(echo, sender="shop")
    try:
        assert await notify_all(signal, sender="shop", order=7) == {echo: ("shop", {"signal": signal, "order": 7})}
    finally:
        assert signal.disconnect(echo, sender="shop")


@django_from("6.1", reason="asend() runs async receivers in an asyncio.TaskGroup")
async def test_django_6_1_cancels_the_other_receivers(signal_with_a_failure):
    signal, log, *_ = signal_with_a_failure
    with pytest.raises(ValueError, match="broken"):
        await signal.asend(sender=None)
    await asyncio.sleep(0.4)
    assert log == ["slow cancelled"]


@django_before("6.1", reason="asend() runs async receivers with asyncio.gather()")
async def test_before_6_1_lets_the_other_receivers_run_on(signal_with_a_failure):
    signal, log, *_ = signal_with_a_failure
    with pytest.raises(ValueError, match="broken"):
        await signal.asend(sender=None)
    assert log == []  # asend() has already returned...
    await asyncio.sleep(0.4)
    assert log == ["slow finished"]  # ...and the orphaned receiver finishes later


async def _two_failures():
    signal = Signal()

    async def first(sender, **kwargs):
        raise ValueError("first")

    async def second(sender, **kwargs):
        raise KeyError("second")

    signal.connect(first)
    signal.connect(second)
    await signal.asend(sender=None)


@django_from("6.1", reason="asend() runs async receivers in an asyncio.TaskGroup")
async def test_django_6_1_raises_an_exception_group_for_several_failures():
    with pytest.raises(ExceptionGroup) as info:
        await _two_failures()
    assert {type(e) for e in info.value.exceptions} == {ValueError, KeyError}


@django_before("6.1", reason="asend() runs async receivers with asyncio.gather()")
async def test_before_6_1_raises_only_the_first_failure():
    with pytest.raises(ValueError, match="first"):
        await _two_failures()
