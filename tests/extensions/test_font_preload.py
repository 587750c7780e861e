"""persian/font_preload: the web fonts of the project's stylesheets start downloading with the page."""

import re

import pytest

from signals_docs.persian.font_preload import font_urls


def test_font_urls_reads_each_woff2_once_in_order():
    css = (
        '@font-face{font-family:"A";src:url("A.woff2") format("woff2")}'
        "@font-face{font-family:'B';src:url('b/B.woff2')}"
        '@font-face{font-family:"A";src:url(A.woff2);unicode-range:U+0600}'
        '.x{background:url("not-a-font.woff2")}'
    )
    assert font_urls(css) == ["A.woff2", "b/B.woff2"]


@pytest.mark.sphinx("html", testroot="font_preload")
def test_every_page_preloads_the_fonts_relative_to_itself(app):
    app.build()
    preload = re.compile(r'<link rel="preload" href="([^"]+)" as="font" type="font/woff2" crossorigin="anonymous" />')
    index = (app.outdir / "index.html").read_text(encoding="utf-8")
    nested = (app.outdir / "reference" / "page.html").read_text(encoding="utf-8")
    assert preload.findall(index) == ["_static/fonts/Face-Regular.woff2", "_static/fonts/Face-Bold.woff2"]
    assert preload.findall(nested) == ["../_static/fonts/Face-Regular.woff2", "../_static/fonts/Face-Bold.woff2"]
    assert not app.warning.getvalue()
