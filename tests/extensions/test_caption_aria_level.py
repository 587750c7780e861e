"""chrome/caption_aria_level: toctree captions carry the aria-level a heading role needs."""

import pytest

CAPTION = '<p aria-level="2" class="caption" role="heading"><span class="caption-text">Learn</span></p>'


@pytest.mark.sphinx("html", testroot="caption_aria_level")
def test_captions_in_the_page_and_the_sidebar_have_a_level(app):
    app.build()
    page = (app.outdir / "page.html").read_text(encoding="utf-8")  # the sidebar's toctree
    index = (app.outdir / "index.html").read_text(encoding="utf-8")  # the page body's toctree
    assert CAPTION in page and CAPTION in index
    assert 'role="heading">' not in page.replace(CAPTION, "")
    assert not app.warning.getvalue()


@pytest.mark.sphinx(
    "html", testroot="caption_aria_level", srcdir="caption_aria_level-upstream", confoverrides={"extensions": []}
)
def test_sphinx_still_writes_no_level(app):
    # Pins the reason for this extension (sphinx-doc/sphinx#14030): when Sphinx writes
    # aria-level itself, this fails and the extension can go.
    app.build()
    assert '<p class="caption" role="heading"><span class="caption-text">Learn</span></p>' in (
        app.outdir / "index.html"
    ).read_text(encoding="utf-8")
