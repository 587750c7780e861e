"""i18n/bilingual_glossary: each glossary term shows its counterpart in the other language."""

import re

import pytest

from signals_docs.i18n.bilingual_glossary import partner_span, plain

PARTNER = re.compile(r'<span class="glossary-partner" lang="(\w+)" dir="(\w+)">([^<]*)</span>')


def test_plain_drops_inline_code_marks():
    assert plain("`dispatch_uid`") == "dispatch_uid"
    assert plain("``dispatch_uid``") == "dispatch_uid"
    assert plain("weak reference") == "weak reference"


def test_partner_span_is_escaped_and_directed():
    assert partner_span("گیرنده", "fa") == '<span class="glossary-partner" lang="fa" dir="rtl">گیرنده</span>'
    assert 'lang="en" dir="ltr">a &lt;b&gt;</span>' in partner_span("a <b>", "en")


def terms(app) -> dict[str, list]:
    html = (app.outdir / "glossary.html").read_text(encoding="utf-8")
    found = {}
    for anchor, body in re.findall(r'<dt id="(term-[^"]+)">(.*?)</dt>', html, flags=re.DOTALL):
        found[anchor] = PARTNER.findall(body)
    return found


@pytest.mark.sphinx("html", testroot="bilingual_glossary", copy_test_root=True)
def test_the_english_glossary_shows_the_persian_terms(app):
    app.build()
    assert terms(app) == {
        "term-receiver": [("fa", "rtl", "گیرنده")],
        "term-sender": [("fa", "rtl", "فرستنده")],
        "term-dispatch_uid": [],  # an identifier has no counterpart
    }
    assert "bilingual_glossary.css" in (app.outdir / "glossary.html").read_text(encoding="utf-8")
    assert "bilingual_glossary.css" not in (app.outdir / "index.html").read_text(encoding="utf-8")
    assert (app.outdir / "_static" / "bilingual_glossary.css").is_file()
    assert not app.warning.getvalue()


@pytest.mark.sphinx(
    "html", testroot="bilingual_glossary", srcdir="bilingual_glossary-fa", confoverrides={"language": "fa"}
)
def test_the_persian_glossary_shows_the_english_terms_under_the_same_anchors(app):
    app.build()
    assert terms(app) == {
        "term-receiver": [("en", "ltr", "receiver")],
        "term-sender": [("en", "ltr", "sender")],
        "term-dispatch_uid": [],
    }
