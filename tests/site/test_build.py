"""The built site: both languages, every page, the Persian text really applied."""

import re

import pytest

from builtsite import site_conf
from sitepaths import LANGUAGES, source_pages


@pytest.mark.parametrize("page", source_pages())
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_is_built_in_both_languages(html_root, lang, page):
    html = (html_root / lang / f"{page}.html").read_text(encoding="utf-8")
    expected = (
        '<html dir="rtl" class="writer-html5" lang="fa"' if lang == "fa" else '<html class="writer-html5" lang="en"'
    )
    assert expected in html


@pytest.mark.parametrize("page", source_pages())
def test_persian_pages_carry_no_untranslated_text(html_root, page):
    # translation_progress_classes marks each node; a missing or fuzzy entry
    # would show English here without any warning from Sphinx.
    html = (html_root / "fa" / f"{page}.html").read_text(encoding="utf-8")
    untranslated = re.findall(r'<(\w+)[^>]*class="[^"]*\buntranslated\b[^"]*"[^>]*>(.{0,80})', html)
    assert not untranslated, f"fa/{page}.html shows English: {untranslated[:3]}"
    # A page whose catalog did not apply at all carries no marks: its heading tells.
    heading = re.search(r"<h1\b[^>]*>(.*?)</h1>", html, re.S)
    assert heading and re.search("[\u0600-\u06ff]", heading.group(1)), f"fa/{page}.html: its heading is not Persian"


def test_english_left_on_a_persian_page_would_be_marked():
    # The check above finds English by the class Sphinx writes only with this setting on.
    assert site_conf().translation_progress_classes in (True, "untranslated")


def test_root_index_offers_both_languages_without_javascript(html_root):
    html = (html_root / "index.html").read_text(encoding="utf-8")
    assert 'href="en/index.html" hreflang="en"' in html
    assert 'href="fa/index.html" hreflang="fa"' in html


@pytest.mark.parametrize("lang", LANGUAGES)
def test_snippets_carry_a_verified_caption(html_root, lang):
    # Inline code carries <wbr> break opportunities (signals_docs/chrome/code_breaks.py).
    html = (html_root / lang / "why-signals.html").read_text(encoding="utf-8").replace("<wbr>", "")
    assert "examples/why_signals/request_counter.py" in html
    badge = "✓ verified" if lang == "en" else "✓ آزموده"
    assert f'<span class="verified-badge">{badge}</span>' in html
