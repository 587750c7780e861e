"""runner_plugin.warm(), natively: what a Run's interpreter does before the reader presses Run.

warm() imports Django's and pytest's own modules and then freezes them out of the cycle
collector's sight (``gc.freeze``), which makes each Run and Check a tenth faster in the
browser (make bench). Two things must hold: the freeze happened, and nothing made after
it, which is all of the reader's code, is frozen: a cycle the reader drops is still collected.
"""

from __future__ import annotations

import gc
import weakref

from signals_docs.examples.runtime import runner_plugin


class Node:
    pass


def test_warm_freezes_what_it_imported_and_nothing_made_after():
    gc.unfreeze()
    try:
        runner_plugin.warm()
        assert gc.get_freeze_count() > 0, "warm() left Django's and pytest's objects to the cycle collector"
        frozen = gc.get_freeze_count()
        cycle = Node()
        cycle.me = cycle
        alive = weakref.ref(cycle)
        del cycle
        gc.collect()
        assert alive() is None, "an object made after warm() was not collected"
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()
