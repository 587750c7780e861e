"""Show each glossary term with its counterpart in the other language.

Why: the glossary is the bilingual lookup of the site, so every term must be
shown with its counterpart — the Persian word on the English page, the English
word on the Persian page. Writing the counterpart into the page would put the
Persian word into an English msgid (and the English word into its Persian
msgstr), so each term would be maintained twice and could disagree with the
translation. Instead the term line stays a plain msgid; this extension takes
the Persian word from the glossary's own catalog on English builds, and the
English source of the term on translated builds. (The order of a translated
glossary is ``persian.glossary_order``'s job.)
"""

import html
import re

import polib
from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.util.i18n import docname_to_domain

from signals_docs import site
from signals_docs.i18n.catalogs import find_po


def plain(markup: str) -> str:
    """The reader-visible text of a one-line term (drop inline-code backticks)."""
    return re.sub(r"`+([^`]*)`+", r"\1", markup).strip()


def partner_span(text: str, language: str) -> str:
    return (
        f'<span class="glossary-partner" lang="{language}" dir="{site.direction(language)}">{html.escape(text)}</span>'
    )


def load_partner_catalog(app: Sphinx, docname: str) -> dict[str, str] | None:
    """msgid -> msgstr of the partner language's catalog for ``docname`` (finished entries only)."""
    path = find_po(app, app.config.bilingual_glossary_partner, docname_to_domain(docname, app.config.gettext_compact))
    if path is None:
        return None
    return {entry.msgid: entry.msgstr for entry in polib.pofile(str(path)).translated_entries()}


def decorate(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    if app.builder.format != "html":
        return
    glossaries = list(doctree.findall(addnodes.glossary))
    if not glossaries:
        return
    source_language = app.config.bilingual_glossary_source
    language = (app.config.language or source_language).split("_")[0]
    translated = language != source_language
    # Untranslated terms simply show no counterpart here; the translation guards
    # (tests/translations/test_translations.py) fail on them, so the English build
    # never waits for a translator.
    catalog = {} if translated else (load_partner_catalog(app, docname) or {})
    for glossary in glossaries:
        for term in glossary.findall(nodes.term):
            source = term.rawsource.strip()  # the term line as written in the English page
            if translated:
                partner, partner_language = plain(source), source_language
            elif source in catalog:
                partner, partner_language = plain(catalog[source]), app.config.bilingual_glossary_partner
            else:
                continue
            if partner and partner != term.astext().strip():
                # Before the index entry Sphinx appends; the permalink comes after in depart_term.
                term.insert(len(term.children) - 1 if isinstance(term[-1], addnodes.index) else len(term.children),
                            nodes.raw("", " " + partner_span(partner, partner_language), format="html"))  # fmt: skip


def add_css_to_glossary_pages(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    # Only pages with a glossary pay for the stylesheet (Sphinx adds it to this page alone),
    # after every shared one: those stay one run that assets/css_bundle joins as on other pages.
    if doctree is not None and next(doctree.findall(addnodes.glossary), None) is not None:
        app.add_css_file("bilingual_glossary.css", priority=990)


def setup(app: Sphinx) -> dict:
    app.setup_extension("signals_docs.i18n")  # bilingual_glossary.css
    app.connect("html-page-context", add_css_to_glossary_pages)
    app.add_config_value("bilingual_glossary_source", site.SOURCE_LANGUAGE, "env", types=[str])
    # The site's other language (this site has two: the source and its translation).
    partner = next(code for code in site.LANGUAGES if code != site.SOURCE_LANGUAGE)
    app.add_config_value("bilingual_glossary_partner", partner, "env", types=[str])
    app.connect("doctree-resolved", decorate)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
