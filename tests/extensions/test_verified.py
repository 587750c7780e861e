"""examples/verified: a snippet is published only if its mirror test just passed."""

from pathlib import PurePosixPath

import pytest
from sphinx.util.console import strip_escape_sequences

from signals_docs.examples.verified import blank_edges, failures_from_junit, mirror_test


def test_mirror_test_names_the_test_beside_the_example():
    assert mirror_test(PurePosixPath("why_signals/request_counter.py")) == PurePosixPath(
        "why_signals/test_request_counter.py"
    )


def test_failures_from_junit_maps_files_to_messages(tmp_path):
    xml = """<testsuites><testsuite>
      <testcase file="tests/a/test_b.py" name="test_ok"/>
      <testcase file="tests/a/test_b.py" name="test_bad"><failure message="assert 1 == 2">trace</failure></testcase>
      <testcase classname="tests.c.test_d" name=""><error message="SyntaxError: invalid syntax"/></testcase>
    </testsuite></testsuites>"""
    assert failures_from_junit(xml, tmp_path) == {
        "tests/a/test_b.py": ["test_bad: assert 1 == 2"],
        "tests/c/test_d.py": ["collection: SyntaxError: invalid syntax"],
    }


@pytest.mark.sphinx("html", testroot="verified", srcdir="verified-passing")
def test_a_passing_snippet_builds_with_its_caption(app, built):
    html = built("index.html")
    assert (
        '<code class="example-path file-path docutils literal notranslate"><span class="pre">examples/demo/adder.py</span></code>'
        ' <span class="verified-badge">✓ verified</span>'
    ) in html
    assert not app.warning.getvalue()


@pytest.mark.sphinx("html", testroot="verified", srcdir="verified-broken")
def test_a_broken_snippet_fails_the_build_naming_file_page_and_test(app):
    snippet = app.srcdir / "examples/demo/adder.py"
    snippet.write_text(snippet.read_text().replace("a + b", "a - b"))
    app.build()
    warnings = strip_escape_sequences(app.warning.getvalue())
    assert "index.rst:4: ERROR: snippet examples/demo/adder.py is broken: tests/demo/test_adder.py failed" in warnings
    assert "test_add: assert -1 == 5" in warnings


@pytest.mark.sphinx("html", testroot="verified", srcdir="verified-untested")
def test_a_snippet_without_its_mirror_test_fails_the_build(app):
    (app.srcdir / "tests/demo/test_adder.py").unlink()
    app.build()
    assert (
        "index.rst:4: ERROR: examples/demo/adder.py is shown here but no test exercises it: write tests/demo/test_adder.py"
        in strip_escape_sequences(app.warning.getvalue())
    )


def test_blank_edges_names_the_blank_ends():
    assert blank_edges("def f():\n    pass\n") == []
    assert blank_edges("\n\n@receiver(x)\ndef f():\n    pass\n") == ["start"]
    assert blank_edges("def f():\n    pass\n\n") == ["end"]
    assert blank_edges("\nx = 1\n\n") == ["start", "end"]


@pytest.mark.sphinx("html", testroot="verified", srcdir="verified-blank")
def test_a_snippet_starting_with_blank_lines_fails_the_build(app):
    snippet = app.srcdir / "examples/demo/adder.py"
    snippet.write_text('"""Adding."""\n\n\n' + snippet.read_text())
    (app.srcdir / "index.rst").write_text(
        'Adding\n======\n\n.. literalinclude:: examples/demo/adder.py\n   :start-after: """Adding."""\n'
    )
    app.build()
    assert (
        "index.rst:4: ERROR: the snippet of examples/demo/adder.py starts with a blank line"
        in strip_escape_sequences(app.warning.getvalue())
    )
