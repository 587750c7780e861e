"""signals_docs.persian.collation: Persian dictionary order for the glossary and the index."""

from signals_docs.persian.collation import LATIN, OTHER, PERSIAN, index_letter, script_group, sort_key


def test_the_persian_alphabet_not_code_point_order():
    words = ["وصل", "گیرنده", "کد", "پیام", "ژرفا", "چرخه", "یک", "ب", "آزمون"]
    assert sorted(words, key=sort_key) == ["آزمون", "ب", "پیام", "چرخه", "ژرفا", "کد", "گیرنده", "وصل", "یک"]


def test_alef_madda_is_filed_with_alef():
    assert sorted(["استثنا", "آزمون", "ارسال", "اپ"], key=sort_key) == ["اپ", "ارسال", "آزمون", "استثنا"]
    assert sorted(["اب", "آب"], key=sort_key) == ["آب", "اب"]  # آ first only among equals
    assert index_letter("آزمون") == index_letter("ارسال") == "ا"


def test_zero_width_non_joiner_and_arabic_forms_are_ignored():
    assert sort_key("سیگنال‌ها")[1] == sort_key("سیگنالها")[1]
    assert sort_key("كد")[1] == sort_key("کد")[1] and sort_key("يک")[1] == sort_key("یک")[1]
    assert sorted(["سیگنال‌ها", "سیگنال"], key=sort_key) == ["سیگنال", "سیگنال‌ها"]


def test_words_sort_word_by_word():
    assert sorted(["سیگنال‌ها", "سیگنال سفارشی"], key=sort_key) == ["سیگنال سفارشی", "سیگنال‌ها"]


def test_latin_words_keep_latin_order_after_the_persian_ones():
    words = ["ASGI", "گیرنده", "dispatch_uid", "آزمون", "Django", "«نقل»", "2.0"]
    assert [script_group(word) for word in words] == [LATIN, PERSIAN, LATIN, PERSIAN, LATIN, PERSIAN, OTHER]
    assert sorted(words, key=sort_key) == ["آزمون", "گیرنده", "«نقل»", "ASGI", "dispatch_uid", "Django", "2.0"]
