"""pytest plugin of the build's dispatch traces: record each test's dispatch, write them as JSON.

Loaded with ``-p signals_docs.examples.trace_plugin`` by ``dispatch_traces``; the tracer
module (``DISPATCH_TRACE_MODULE``, e.g. ``testing_signals.dispatch_trace``) is the one the
examples ship, so the page shows what a reader's own ``dispatch_trace`` would record.
"""

import importlib
import json
import os

import pytest

_traces = {}


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    tracer = importlib.import_module(os.environ["DISPATCH_TRACE_MODULE"])
    with tracer.trace_dispatch(queries=True) as trace:  # a page may show them (:queries:)
        result = yield
    _traces[item.nodeid] = trace.as_dict()
    return result


def pytest_sessionfinish(session):
    import django

    with open(os.environ["DISPATCH_TRACE_OUT"], "w", encoding="utf-8") as out:
        json.dump({"django": django.get_version(), "traces": _traces}, out)
