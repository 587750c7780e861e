"""persian/font_preload: the web fonts of the project's stylesheets start downloading with the page."""

import html
import json
import re

import pytest

from signals_docs.persian.font_preload import font_urls


def test_font_urls_reads_each_woff2_once_in_order():
    css = (
        '@font-face{font-family:"A";src:url("A.woff2") format("woff2")}'
        "@font-face{font-family:'B';src:url('b/B.woff2')}"
        '@font-face{font-family:"A";src:url(A.woff2);unicode-range:U+0600}'
        '.x{background:url("not-a-font.woff2")}'
        '@media print{@font-face{font-family:"A";src:url("A.print.woff2")}}'
    )
    assert font_urls(css) == ["A.woff2", "b/B.woff2"]


@pytest.mark.sphinx("html", testroot="font_preload")
def test_every_page_preloads_the_fonts_relative_to_itself(app):
    # Through font-preload.js, which adds the preloads only over http(s): from file:// a
    # font preload (always a CORS request) logs an error (tests/browser/test_phones.py).
    app.build()
    script = re.compile(r'<script async src="([^"]+)" data-fonts="([^"]+)"></script>')

    def preloads(page):
        src, fonts = script.search((app.outdir / page).read_text(encoding="utf-8")).groups()
        return src, json.loads(html.unescape(fonts))

    assert preloads("index.html") == (
        "_static/font-preload.js",
        ["_static/fonts/Face-Regular.woff2", "_static/fonts/Face-Bold.woff2"],
    )
    assert preloads("reference/page.html") == (
        "../_static/font-preload.js",
        ["../_static/fonts/Face-Regular.woff2", "../_static/fonts/Face-Bold.woff2"],
    )
    assert (app.outdir / "_static" / "font-preload.js").is_file()
    assert '<link rel="preload"' not in (app.outdir / "index.html").read_text(encoding="utf-8")
    assert not app.warning.getvalue()
