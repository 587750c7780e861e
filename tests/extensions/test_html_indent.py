"""signals_docs.assets.html_indent: indentation between tags goes, content keeps its spaces."""

import pytest

from signals_docs.assets.html_indent import drop_indentation


def test_indentation_between_tags_goes():
    assert drop_indentation("<div>\n    <p>a</p>\n  </div>") == "<div>\n<p>a</p>\n</div>"


def test_pre_textarea_script_and_style_keep_their_spaces():
    html = "<pre>\n    <span>x</span></pre>\n  <textarea>\n  <b></textarea>\n  <script>\n  <!-- --></script><style>\n  <x></style>"
    assert drop_indentation(html) == (
        "<pre>\n    <span>x</span></pre>\n<textarea>\n  <b></textarea>\n<script>\n  <!-- --></script><style>\n  <x></style>"
    )


def test_text_that_does_not_start_a_tag_keeps_its_spaces():
    assert drop_indentation("<p>one\n    two</p>") == "<p>one\n    two</p>"


@pytest.mark.sphinx("html", testroot="html_indent")
def test_built_pages_lose_indentation_but_not_code(app):
    app.build()
    html = (app.outdir / "index.html").read_text()
    outside = [
        line
        for line in html.split("<pre>")[0].splitlines()
        if line.startswith((" ", "\t")) and line.strip().startswith("<")
    ]
    assert not outside, outside[:3]
    assert '<span class="w">    </span><span class="k">return</span>' in html or "    <span" in html.split("<pre>")[1]
    assert not app.warning.getvalue()
