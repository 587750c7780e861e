"""i18n/absolute_alternates: the hreflang alternates in <head> carry absolute URLs."""

import pytest
from sphinx.errors import ExtensionError

from builtsite import alternates
from signals_docs.i18n.absolute_alternates import alternate_href


def test_alternates_are_absolute():
    assert alternate_href("https://example.org/docs/", "fa", "reference/index.html") == (
        "https://example.org/docs/fa/reference/index.html"
    )
    with pytest.raises(ExtensionError, match="absolute URL"):
        alternate_href("/docs/", "fa", "index.html")


@pytest.mark.sphinx("html", testroot="absolute_alternates")
def test_every_page_names_its_twins_by_absolute_url(app, built):
    page = built("reference/signals.html")
    assert alternates(page) == [
        ("en", "https://example.org/docs/en/reference/signals.html"),
        ("fa", "https://example.org/docs/fa/reference/signals.html"),
    ]
    assert not app.warning.getvalue()


@pytest.mark.sphinx(
    "html", testroot="absolute_alternates", srcdir="absolute_alternates-relative",
    confoverrides={"absolute_alternates_base_url": "/docs/"},
)  # fmt: skip
def test_a_relative_base_url_stops_the_build(app):
    with pytest.raises(ExtensionError, match="absolute_alternates: site_url '/docs/' must be an absolute URL"):
        app.build()
