"""The glossary is a bilingual lookup, and the Persian interface reaches the search script.

Pure functions of docs/_ext/bilingual_glossary.py and docs/_ext/interface_js.py,
then the built glossary pages (marker ``build``).
"""

import json
import re

from signals_docs.i18n import bilingual_glossary
from signals_docs.i18n import search_page_labels as interface_js
import polib
import pytest
from sitepaths import LOCALE

TERM = re.compile(r'<dt\b[^>]*\bid="(term-[^"]+)"[^>]*>(.*?)</dt>', re.DOTALL)
PARTNER = re.compile(r'<span class="glossary-partner" lang="(\w+)" dir="(\w+)">([^<]*)</span>')


def test_plain_drops_code_backticks():
    assert bilingual_glossary.plain("`dispatch_uid`") == "dispatch_uid"
    assert bilingual_glossary.plain("weak reference") == "weak reference"


def test_persian_order_is_the_persian_alphabet_not_unicode_order():
    # آ is filed with ا (signals_docs/persian/collation.py): اپ before آزمون.
    words = ["گیرنده", "کوئری‌ست", "پاسخ", "بازگردانی", "آزمون", "اپ", "چرخه", "ژرفا", "ی", "ASGI", "`on_commit`"]
    ordered = sorted(words, key=bilingual_glossary.persian_sort_key)
    assert ordered == ["اپ", "آزمون", "بازگردانی", "پاسخ", "چرخه", "ژرفا", "کوئری‌ست", "گیرنده", "ی", "`on_commit`", "ASGI"]


def test_partner_span_carries_language_and_direction():
    assert bilingual_glossary.partner_span("گیرنده", "fa") == (
        '<span class="glossary-partner" lang="fa" dir="rtl">گیرنده</span>'
    )
    assert 'lang="en" dir="ltr">a &lt;b&gt;</span>' in bilingual_glossary.partner_span("a <b>", "en")


def test_search_translations_take_the_project_catalog_over_sphinx():
    sphinx_js = 'Documentation.addTranslations({"locale": "fa", "messages": {"Searching": "", "Go": "برو"},' \
                ' "plural_expr": "(n > 1)"});'  # fmt: skip
    catalog = polib.POFile()
    catalog.append(polib.POEntry(msgid="Searching", msgstr="در حال جست‌وجو"))
    catalog.append(polib.POEntry(msgid="Next", msgstr="بعدی", flags=["fuzzy"]))
    catalog.append(polib.POEntry(msgid="one", msgid_plural="${n} many", msgstr_plural={0: "یک", 1: "${n} تا"}))
    merged = interface_js.merge(interface_js.read_translations_js(sphinx_js), catalog)
    assert merged["messages"] == {"Searching": "در حال جست‌وجو", "Go": "برو", "one": ["یک", "${n} تا"]}
    assert merged["plural_expr"] == "(n > 1)"


def test_unreadable_translations_js_is_an_error():
    with pytest.raises(ValueError, match="addTranslations"):
        interface_js.read_translations_js("not javascript at all")


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
    assert first_terms == sorted(first_terms, key=bilingual_glossary.persian_sort_key)


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


@pytest.mark.build
def test_search_script_counts_results_in_persian(html_root):
    script = (html_root / "fa" / "_static" / "translations.js").read_text(encoding="utf-8")
    messages = json.loads(script[script.find("{") : script.rfind("}") + 1])["messages"]
    one, many = messages["Search finished, found one page matching the search query."]
    assert "صفحه" in one and "${resultCount}" in many
