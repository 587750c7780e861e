"""The built glossary is a bilingual lookup: counterparts from the catalog, Persian order, working anchors.

The extensions' own tests build tiny projects: tests/extensions/test_bilingual_glossary.py and
test_glossary_order.py.
"""

import re

import polib
import pytest

from signals_docs.i18n import bilingual_glossary
from signals_docs.persian.glossary_order import persian_sort_key
from sitepaths import LOCALE

TERM = re.compile(r'<dt\b[^>]*\bid="(term-[^"]+)"[^>]*>(.*?)</dt>', re.DOTALL)
PARTNER = re.compile(r'<span class="glossary-partner" lang="(\w+)" dir="(\w+)">([^<]*)</span>')


def terms(html_root, language):
    html = (html_root / language / "glossary.html").read_text(encoding="utf-8")
    found = []
    for anchor, body in TERM.findall(html):
        body = re.sub(r'<a class="headerlink".*?</a>', "", body, flags=re.DOTALL)
        found.append((anchor, PARTNER.search(body), re.sub(r"<[^>]+>", "", PARTNER.sub("", body)).strip()))
    return found


@pytest.mark.build
def test_english_glossary_shows_the_persian_term_of_the_catalog(html_root):
    catalog = {e.msgid: e.msgstr for e in polib.pofile(str(LOCALE / "glossary.po")) if e.translated()}
    found = terms(html_root, "en")
    assert len(found) >= 40
    for anchor, partner, text in found:
        if bilingual_glossary.plain(catalog.get(f"`{text}`", catalog.get(text, text))) == text:
            assert partner is None, anchor  # identifiers and names such as ASGI have no counterpart
            continue
        assert partner and partner.groups()[:2] == ("fa", "rtl"), f"{anchor}: no Persian term shown"
        assert partner[3] == bilingual_glossary.plain(catalog[text]), anchor


@pytest.mark.build
def test_persian_glossary_shows_the_english_term_keeps_anchors_and_sorts_in_persian(html_root):
    english, persian = terms(html_root, "en"), terms(html_root, "fa")
    assert sorted(a for a, _, _ in english) == sorted(a for a, _, _ in persian), "term anchors differ between editions"
    source = {anchor: text for anchor, _, text in english}
    for anchor, partner, text in persian:
        if text != source[anchor]:
            assert partner and partner.groups() == ("en", "ltr", source[anchor]), anchor
    first_terms = [text for _, _, text in persian]
    assert first_terms == sorted(first_terms, key=persian_sort_key)


@pytest.mark.build
def test_translated_term_links_reach_the_glossary_anchor(html_root):
    """{term}`گیرنده <receiver>` on a Persian page must land on the English-derived anchor."""
    anchors = {a for a, _, _ in terms(html_root, "fa")}
    broken = []
    for page in sorted((html_root / "fa").rglob("*.html")):
        for anchor in re.findall(r'href="(?:\.\./)*glossary\.html#(term-[^"]+)"', page.read_text(encoding="utf-8")):
            if anchor not in anchors:
                broken.append(f"{page.relative_to(html_root)} → glossary.html#{anchor}")
    assert not broken, broken
