"""chrome/skip_link: the first stop of the Tab key, labelled in the page's language."""

import pytest


@pytest.mark.sphinx("html", testroot="skip_link")
def test_the_skip_link_is_labelled_in_english(app):
    app.build()
    assert '<a class="skip-link" href="#main-content">Skip to content</a>' in (app.outdir / "index.html").read_text()


@pytest.mark.sphinx("html", testroot="skip_link", srcdir="skip_link-fa", confoverrides={"language": "fa"})
def test_the_skip_link_is_labelled_in_persian(app):
    app.build()
    assert '<a class="skip-link" href="#main-content">رفتن به متن اصلی</a>' in (app.outdir / "index.html").read_text()
