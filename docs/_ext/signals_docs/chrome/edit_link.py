"""An "improve this page" link on every page, to the file a reader would change.

Why: readers who find a mistake should be one click from fixing it, as on
Django's, Python's and MDN's pages. The file differs by language: an English page
is its MyST source, a translated page is its message catalog (translators never
edit docs/). The address pattern is one fact, ``EDIT_URL`` in
signals_docs/site.py; unset, no link is shown.
"""

from sphinx.application import Sphinx

from signals_docs import site
from signals_docs.i18n.labels import _
from signals_docs.site import EDIT_URL, SOURCE_LANGUAGE


def edited_file(pagename: str, source_suffix: str, language: str) -> str:
    """The repository path a reader edits to change ``pagename`` in ``language``.

    >>> edited_file("reference/model", ".md", "en")
    'docs/reference/model.md'
    >>> edited_file("reference/model", ".md", "fa")
    'locale/fa/LC_MESSAGES/reference/model.po'
    """
    if language == SOURCE_LANGUAGE:
        return f"docs/{pagename}{source_suffix}"
    return f"locale/{language}/LC_MESSAGES/{pagename}.po"


def add_edit_link(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    pattern = app.config.edit_link_url
    if not pattern or doctree is None or "page_source_suffix" not in context:
        return
    path = edited_file(pagename, context["page_source_suffix"], site.build_code(app.config))
    context["edit_link"] = {"href": pattern.format(path=path), "label": _("Improve this page")}


def check_pattern(app: Sphinx, config) -> None:
    pattern = config.edit_link_url
    if pattern and ("{path}" not in pattern or not pattern.startswith("https://")):
        from sphinx.errors import ConfigError

        raise ConfigError(f"edit_link_url (DOCS_EDIT_URL) must be an https:// URL with {{path}}, got {pattern!r}")


def setup(app: Sphinx) -> dict:
    app.setup_extension("signals_docs.i18n.labels")
    app.add_config_value("edit_link_url", EDIT_URL, "html", types=[str])
    app.connect("config-inited", check_pattern)
    app.connect("html-page-context", add_edit_link)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
