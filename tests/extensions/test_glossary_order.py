"""persian/glossary_order: the Persian glossary in Persian alphabetical order."""

import re

import pytest

from signals_docs.persian.glossary_order import persian_sort_key


def test_persian_order_is_the_persian_alphabet_not_unicode_order():
    words = ["گیرنده", "کوئری‌ست", "پاسخ", "بازگردانی", "آزمون", "اپ", "چرخه", "ژرفا", "ی", "ASGI", "`on_commit`"]
    ordered = sorted(words, key=persian_sort_key)
    assert ordered == [  # آ is filed with ا (persian/collation.py): اپ before آزمون
        "اپ",
        "آزمون",
        "بازگردانی",
        "پاسخ",
        "چرخه",
        "ژرفا",
        "کوئری‌ست",
        "گیرنده",
        "ی",
        "`on_commit`",
        "ASGI",
    ]


@pytest.mark.sphinx("html", testroot="glossary_order", copy_test_root=True)
def test_the_persian_glossary_is_sorted_in_persian(built):
    html = built("index.html")
    terms = [
        re.sub(r"<[^>]+>", "", t).strip()
        for t in re.findall(r"<dt id=\"term-[^\"]+\">(.*?)<a class=\"headerlink\"", html, re.DOTALL)
    ]
    assert terms == ["ارجاع ضعیف", "پیام", "وصل کردن", "ASGI"]


@pytest.mark.sphinx("html", testroot="glossary_order", srcdir="glossary_order-en", confoverrides={"language": "en"})
def test_the_english_glossary_keeps_its_order(built):
    html = built("index.html")
    assert re.findall(r'<dt id="(term-[^"]+)"', html) == [
        "term-ASGI",
        "term-connect",
        "term-message",
        "term-weak-reference",
    ]
