"""signals_docs.chrome.edit_link: each page links to the file a reader edits, in its language."""

import pytest
from sphinx.errors import ConfigError

from signals_docs.chrome.edit_link import add_edit_link, edited_file

PATTERN = "https://github.com/example/signals/edit/main/{path}"


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "docs/reference/model.md"), ("fa", "locale/fa/LC_MESSAGES/reference/model.po")],
)
def test_english_pages_edit_their_source_translations_their_catalog(language, expected):
    assert edited_file("reference/model", ".md", language) == expected


A_DOCTREE = object()  # any page built from a source: the handler only checks it is not None


def page_context(app, doctree=A_DOCTREE):
    context = {"page_source_suffix": ".rst"}
    add_edit_link(app, "index", "page.html", context, doctree)
    return context


@pytest.mark.sphinx("html", testroot="edit_link", confoverrides={"edit_link_url": PATTERN, "language": "fa"})
def test_the_link_points_at_the_catalog_and_is_labelled_in_the_page_language(app):
    app.build()
    link = page_context(app)["edit_link"]
    assert link == {"href": PATTERN.format(path="locale/fa/LC_MESSAGES/index.po"), "label": "بهبود این صفحه"}
    assert "edit_link" not in page_context(app, doctree=None), "generated pages (search, index) have no source to edit"


@pytest.mark.sphinx("html", testroot="edit_link", confoverrides={"edit_link_url": ""})
def test_no_address_no_link(app):
    app.build()
    assert "edit_link" not in page_context(app)


@pytest.mark.parametrize("pattern", ["http://example.org/{path}", "https://example.org/edit/main/"])
def test_a_pattern_without_https_or_path_stops_the_build(make_app, rootdir, pattern):
    from sphinx.testing.util import SphinxTestApp  # noqa: F401  (make_app builds it)

    with pytest.raises(ConfigError, match="must be an https:// URL with {path}"):
        make_app("html", srcdir=rootdir / "test-edit_link", confoverrides={"edit_link_url": pattern})
