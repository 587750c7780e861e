"""signals_docs.persian.index_order: the Persian genindex in Persian alphabetical order."""

import re

import pytest

from signals_docs.persian.collation import sort_key
from signals_docs.persian.index_order import latin_run_whole, persian_genindex


@pytest.mark.sphinx("html", testroot="index_order")
def test_persian_index_is_grouped_and_sorted_in_the_persian_alphabet(built):
    html = built("genindex.html")
    letters = re.findall(r'<h2 id="([^"]+)"', html)
    assert letters == ["ا", "پ", "س", "ک", "گ", "و", "A", "D"]
    entries = [re.sub(r"<[^>]+>", "", entry).strip() for entry in re.findall(r"<li>(.*?)(?:<ul>|</li>)", html, re.S)]
    persian = [entry for entry in entries if entry and entry[0] not in "AD"]
    assert persian[:4] == ["ارسال", "آزمون", "استثنا", "پیام"]
    top_level = [
        entry for entry in persian if entry in {"ارسال", "آزمون", "استثنا", "پیام", "سیگنال", "کد", "گیرنده", "وصل"}
    ]
    assert top_level == sorted(top_level, key=sort_key)
    assert html.index(">چرخه<") < html.index(">ژرفا<")  # sub-entries too


def test_latin_groups_keep_sphinx_order_after_the_persian_ones():
    genindex = [("A", [("ASGI", ([], [], None))]), ("ک", [("کد", ([], [], None))]), ("پ", [("پیام", ([], [], None))])]
    assert [letter for letter, _ in persian_genindex(genindex)] == ["پ", "ک", "A"]


def test_the_latin_letters_of_the_letter_bar_are_one_run():
    bar = (
        '<div class="genindex-jumpbox">\n<a href="#پ"><strong>پ</strong></a>\n | <a href="#A"><strong>A</strong></a>'
        '\n | <a href="#D"><strong>D</strong></a>\n \n</div>'
    )
    wrapped = latin_run_whole(bar)
    assert wrapped == bar.replace('<a href="#A">', '<span class="index-run" dir="ltr"><a href="#A">').replace(
        "D</strong></a>", "D</strong></a></span>"
    )
    assert latin_run_whole(wrapped) == wrapped  # once
    persian_only = '<div class="genindex-jumpbox"><a href="#پ"><strong>پ</strong></a></div>'
    assert latin_run_whole(persian_only) == persian_only


@pytest.mark.sphinx("html", testroot="index_order")
def test_the_built_letter_bar_wraps_the_latin_run(app, built):
    html = built("genindex.html")
    assert '<span class="index-run" dir="ltr"><a href="#A"><strong>A</strong></a>' in html
    assert html.count("index-run") == 1
