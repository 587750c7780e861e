"""Show each glossary term in the other language too, and sort it in the reader's alphabet.

Why: the glossary is the bilingual lookup of the site, so every term must be
shown with its counterpart — the Persian word on the English page, the English
word on the Persian page. Writing the counterpart into the page would put the
Persian word into an English msgid (and the English word into its Persian
msgstr), so each term would be maintained twice and could disagree with the
translation. Instead the term line stays a plain msgid; this extension takes
the Persian word from the glossary's own catalog on English builds, and the
English source of the term on translated builds. A translated glossary is also
re-sorted in its own alphabet (Persian order is not Unicode order: پ چ ژ گ).
"""

import html
import re
from pathlib import Path

import polib
from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.util.i18n import docname_to_domain

from signals_docs.persian.collation import sort_key as persian_sort_key

RTL_LANGUAGES = {"fa", "ar", "he", "ur"}


def plain(markup: str) -> str:
    """The reader-visible text of a one-line term (drop inline-code backticks)."""
    return re.sub(r"`+([^`]*)`+", r"\1", markup).strip()


def partner_span(text: str, language: str) -> str:
    direction = "rtl" if language in RTL_LANGUAGES else "ltr"
    return (
        f'<span class="glossary-partner" lang="{language}" dir="{direction}">{html.escape(text)}</span>'
    )


def load_partner_catalog(app: Sphinx, docname: str) -> dict[str, str] | None:
    """msgid -> msgstr of the partner language's catalog for ``docname`` (finished entries only)."""
    language = app.config.bilingual_glossary_partner
    domain = docname_to_domain(docname, app.config.gettext_compact)
    for locale_dir in app.config.locale_dirs:
        path = Path(app.srcdir, locale_dir, language, "LC_MESSAGES", f"{domain}.po")
        if path.is_file():
            return {
                entry.msgid: entry.msgstr
                for entry in polib.pofile(str(path))
                if entry.msgstr and not entry.fuzzy and not entry.obsolete
            }
    return None


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
    # (tests/site_checks/test_translations.py) fail on them, so the English build
    # never waits for a translator.
    catalog = {} if translated else (load_partner_catalog(app, docname) or {})
    for glossary in glossaries:
        if translated and language == "fa":
            for definition_list in glossary.findall(nodes.definition_list):
                definition_list.children.sort(key=lambda item: persian_sort_key(item[0].astext()))
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
    # Only pages with a glossary pay for the stylesheet (Sphinx adds it to this page alone).
    if doctree is not None and next(doctree.findall(addnodes.glossary), None) is not None:
        app.add_css_file("bilingual_glossary.css")


def setup(app: Sphinx) -> dict:
    app.setup_extension("signals_docs.i18n")  # bilingual_glossary.css
    app.connect("html-page-context", add_css_to_glossary_pages)
    app.add_config_value("bilingual_glossary_source", "en", "env", types=[str])
    app.add_config_value("bilingual_glossary_partner", "fa", "env", types=[str])
    app.connect("doctree-resolved", decorate)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
