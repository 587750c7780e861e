"""signals_docs.assets.minify: CSS and JavaScript under _static lose comments and white space, not meaning."""

import pytest


@pytest.mark.sphinx("html", testroot="minify")
def test_static_css_and_js_are_minified_and_keep_licences_and_strings(app):
    app.build()
    static = app.outdir / "_static"
    css = (static / "site.css").read_text(encoding="utf-8")
    js = (static / "site.js").read_text(encoding="utf-8")
    assert css == "/*! licence: kept */.a{color:red}"
    assert "a note" not in js and "/*! licence: kept */" in js
    assert "function add(a,b){return a+b;}" in js
    assert '"  two  spaces  // not a comment "' in js  # strings are content
    # Sphinx's and the theme's files too
    assert "\n    " not in (static / "doctools.js").read_text(encoding="utf-8")
    assert not app.warning.getvalue()
