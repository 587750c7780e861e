"""signals_docs.chrome.code_breaks: inline code may wrap after dots, underscores and slashes."""

import pytest

from signals_docs.chrome.code_breaks import path_breaks, with_breaks


def test_breaks_go_between_letters_joined_by_dot_underscore_or_slash():
    assert (
        with_breaks('<span class="pre">abc.def_ghi/jklm</span>')
        == '<span class="pre">abc.<wbr>def_<wbr>ghi/<wbr>jklm</span>'
    )
    assert (
        with_breaks('<span class="pre">signal.receivers</span> ') == '<span class="pre">signal.<wbr>receivers</span> '
    )
    assert (
        with_breaks('<span class="pre">post_save.send</span>') == '<span class="pre">post_save.send</span>'
    )  # short: fits any line


def test_a_path_breaks_after_its_slashes_only():
    assert (
        path_breaks('<span class="pre">examples/custom_signals/shipping.py</span>')
        == '<span class="pre">examples/<wbr>custom_signals/<wbr>shipping.py</span>'
    )
    assert path_breaks('<span class="pre">a.py</span>') == '<span class="pre">a.py</span>'  # short: still whole


@pytest.mark.sphinx("html", testroot="code_breaks")
def test_inline_code_gets_break_opportunities_and_nothing_else_changes(built):
    html = built("index.html")
    assert '<span class="pre">django.<wbr>tasks.<wbr>backends.<wbr>immediate.<wbr>ImmediateBackend</span>' in html
    assert '<span class="pre">django_<wbr>capture_<wbr>on_<wbr>commit_<wbr>callbacks(execute=False)</span>' in html
    assert '<span class="pre">examples/<wbr>testing_<wbr>signals/<wbr>catching.<wbr>py</span>' in html
    assert '<span class="pre">__init__</span>' in html and '<span class="pre">b.c</span>' in html  # short words
    # Code blocks and highlighted inline code are left alone; the page still closes its tags.
    # A file path (class file-path): after its slashes only, never inside a name.
    assert '<span class="pre">examples/<wbr>testing_signals/<wbr>imported_twice.py</span>' in html
    assert html.count("<wbr>") == 4 + 4 + 4 + 2
    assert "django.tasks.backends\n" in html.replace('<span class="n">', "").replace('<span class="o">', "").replace(
        "</span>", ""
    )
