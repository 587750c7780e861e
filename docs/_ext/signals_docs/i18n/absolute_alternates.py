"""Absolute URLs in the ``<link rel="alternate" hreflang>`` tags of every page.

Why: search engines (and Lighthouse's SEO audit) ignore hreflang alternates
with relative URLs, while the visible language switcher must stay relative so
the site works from any sub-path and from file:// (``language_switch``).
This adds ``alternate_href`` — the published URL, from ``site.base_url()``
(env DOCS_BASE_URL) unless conf.py sets ``absolute_alternates_base_url`` — to
each entry of ``language_links``; layout.html uses it for the head tags only.
"""

from sphinx.application import Sphinx
from sphinx.errors import ExtensionError

from signals_docs import site


def alternate_href(site_url: str, language: str, target_uri: str) -> str:
    """``https://host/path/`` + ``fa/`` + ``reference/index.html``."""
    if not site_url.endswith("/") or "://" not in site_url:
        raise ExtensionError(f"absolute_alternates: site_url {site_url!r} must be an absolute URL ending with '/'")
    return f"{site_url}{language}/{target_uri}"


def _add_absolute(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    site_url = app.config.absolute_alternates_base_url
    if not site_url or "language_links" not in context:
        return
    target_uri = app.builder.get_target_uri(pagename)
    for link in context["language_links"]:
        link["alternate_href"] = alternate_href(site_url, link["code"], target_uri)


def setup(app: Sphinx) -> dict:
    app.setup_extension("signals_docs.i18n.language_switch")
    app.add_config_value("absolute_alternates_base_url", site.base_url(), "html", str)
    # After language_switch (priority 500) has built the links.
    app.connect("html-page-context", _add_absolute, priority=600)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
