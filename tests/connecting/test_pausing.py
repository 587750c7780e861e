"""bulk_import(): a flag the receiver reads, for this thread or task only."""

import asyncio
import threading

from connecting.pausing import bulk_import, importing


def test_the_flag_is_set_inside_the_block_only():
    assert importing.get() is False
    with bulk_import():
        assert importing.get() is True
    assert importing.get() is False


def test_the_flag_is_reset_when_the_block_raises():
    try:
        with bulk_import():
            raise ValueError
    except ValueError:
        pass
    assert importing.get() is False


def test_other_threads_do_not_see_the_flag():
    seen = []
    with bulk_import():
        thread = threading.Thread(target=lambda: seen.append(importing.get()))
        thread.start()
        thread.join()
    assert seen == [False]


async def test_other_tasks_do_not_see_the_flag():
    async def paused():
        with bulk_import():
            await asyncio.sleep(0)
            return importing.get()

    async def other():
        await asyncio.sleep(0)
        return importing.get()

    assert await asyncio.gather(paused(), other()) == [True, False]
