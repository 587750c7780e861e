"""examples/dispatch_traces: a test's dispatch, recorded at build time, as a nested ordered list."""

import re
from pathlib import Path

import pytest
from sphinx.util.console import strip_escape_sequences

from signals_docs.examples.dispatch_traces import sentence

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(autouse=True)
def tracer_on_path(monkeypatch):
    monkeypatch.setenv("PYTHONPATH", str(EXAMPLES))  # the tracer the examples ship


def test_a_sentence_puts_each_field_in_code():
    para = sentence(
        "reached %(receiver)s (%(kind)s) by %(method)s", words={"kind": "sync"}, receiver="a.b", method="send"
    )
    assert para.astext() == "reached a.b (sync) by send"
    assert [child.tagname for child in para.children] == ["#text", "literal", "#text", "#text", "#text", "literal"]


@pytest.mark.sphinx("html", testroot="dispatch_traces", srcdir="dispatch-traces-passing")
def test_the_trace_is_an_ordered_nested_list_in_the_order_of_the_run(app, built):
    html = built("index.html")
    assert not strip_escape_sequences(app.warning.getvalue())
    assert '<div class="dispatch-trace docutils container">' in html
    words = " ".join(re.sub(r"<[^>]+>", "", html).split())  # the list as a screen reader reads it
    paid = words.index("demo.shop.order_paid sent with send_robust, sender 'shop'")
    email = words.index("reached demo.shop.email_receipt (sync), returned 'emailed'")
    nested = words.index("demo.shop.receipt_sent sent with send, sender 'email_receipt'")
    count = words.index(
        "reached demo.shop.count_sale (sync), raised ValueError: counter offline, caught by send_robust"
    )
    assert paid < email < nested < count
    assert "'nobody'" not in words  # :only: keeps order_paid's send at the top level
    assert html.count('<ol class="arabic simple dispatch-trace-list">') == 2  # the top level, and nested
    code = '<code class="dispatch-code docutils literal notranslate"><span class="pre">{}</span></code>'.format
    assert f"reached {code('demo.shop.email_receipt')} (sync)" in html  # code names in <code>, words not
    text = words
    assert "test_paying" in text and "recorded when this page was built" in text


@pytest.mark.sphinx("html", testroot="dispatch_traces", srcdir="dispatch-traces-broken")
def test_a_failing_test_fails_the_build_at_the_directive(app):
    (app.srcdir / "index.rst").write_text(
        "Broken\n======\n\n.. dispatch-trace:: tests/demo/test_shop.py::test_broken\n\n"
        ".. dispatch-trace:: tests/demo/test_shop.py::test_missing\n"
    )
    app.build()
    warnings = strip_escape_sequences(app.warning.getvalue())
    assert "index.rst:4: ERROR: dispatch-trace: tests/demo/test_shop.py::test_broken recorded no trace" in warnings
    assert "index.rst:6: ERROR: dispatch-trace: tests/demo/test_shop.py::test_missing recorded no trace" in warnings


@pytest.mark.sphinx("html", testroot="dispatch_traces", srcdir="dispatch-traces-empty")
def test_a_test_that_sends_nothing_heard_fails_the_build(app):
    (app.srcdir / "index.rst").write_text(
        "Silent\n======\n\n.. dispatch-trace:: tests/demo/test_shop.py::test_silent\n"
    )
    app.build()
    warnings = strip_escape_sequences(app.warning.getvalue())
    assert (
        "index.rst:4: ERROR: dispatch-trace: tests/demo/test_shop.py::test_silent sent nothing a receiver heard"
        in warnings
    )
