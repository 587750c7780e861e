"""Persian search, Python side: the rules of docs/_ext/signals_docs/search/persian.py and the built index.

The browser side (the same rules as JavaScript, and real searches on the built
site) is tested in test_browser_search.py.
"""

import json
import re

import pytest
from rjsmin import jsmin
from sphinx.search import SearchLanguage

from signals_docs.search import persian as ps
from sitepaths import LANGUAGES

ZWNJ = "\u200c"


# --- normalisation ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "normalised"),
    [
        ("كيك", "کیک"),  # Arabic kaf and yeh
        ("مصطفى", "مصطفی"),  # alef maksura
        ("سیگنـــال", "سیگنال"),  # tatweel
        ("مُقایِسَهٔ", "مقایسه"),  # harakat and hamza above
        ("خانۀ", "خانه"),  # heh with yeh above
        ("۰۱۲۳۴۵۶۷۸۹", "0123456789"),  # Persian digits
        ("٠١٢٣٤٥٦٧٨٩", "0123456789"),  # Arabic-Indic digits
        ("۵٫۲", "5.2"),  # Arabic decimal separator
        ("Post_Save", "post_save"),
        ("\u200fسیگنال\u200e", "سیگنال"),  # direction marks
        ("سیگنال‌ها", "سیگنال‌ها"),  # the ZWNJ survives normalisation: the stemmer needs it
    ],
)
def test_normalise(typed, normalised):
    assert ps.normalise(typed) == normalised


def test_normalise_is_idempotent_and_covers_the_required_ranges():
    harakat = "".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0670\u0640"
    assert ps.normalise(harakat) == ""
    sample = "كيكى سیگنال‌ها ۱۲ ٣٤ مُقایسه"
    assert ps.normalise(ps.normalise(sample)) == ps.normalise(sample)


def test_every_replacement_is_already_normal():
    # A replacement that normalisation would change again would make index and
    # query depend on how many times the text went through normalise().
    for replacement in ps.CHARACTERS.values():
        assert ps.normalise(replacement) == replacement.lower()


# --- splitting -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("سیگنال‌ها را بفرستید.", ["سیگنال‌ها", "را", "بفرستید"]),
        ("سیگنال ها", ["سیگنال", "ها"]),
        ("‌سیگنال‌", ["سیگنال"]),  # a stray ZWNJ at an edge is not part of the word
        ("`dispatch_uid` و post_save()", ["dispatch_uid", "و", "post_save"]),
        ("جنگو ۵٫۲ و 6.1.3.", ["جنگو", "5.2", "و", "6.1.3"]),
        ("كد", ["کد"]),
        ("می شود و نمی شود", ["می\u200cشود", "و", "نمی\u200cشود"]),  # a prefix typed as a word
    ],
)
def test_split(text, words):
    assert ps.split(text) == words


# --- stemming --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("forms", "stem"),
    [
        # A ZWNJ-joined word, typed without the ZWNJ, and with Arabic letters.
        (["سیگنال", "سیگنال‌ها", "سیگنالها", "سیگنال‌های", "سیگنالهای", "سیگنال‌هایی", "سيگنال‌ها"], "سیگنال"),
        (["درخواست‌ها", "درخواستها", "درخواست‌هایی"], "درخواست"),
        (["تریگرها", "تريگرهای"], "تریگر"),
        (["کلیدواژه‌ای", "کلیدواژه"], "کلیدواژه"),
        (["پایگاه‌های", "پایگاه"], "پایگاه"),
        (["کاربران", "کاربر", "كاربران"], "کاربر"),
        (["گیرندگان", "گیرنده", "گیرنده‌ها", "گیرنده‌ی"], "گیرنده"),
        (["می‌شمارد", "میشمارد", "نمی‌شمارد"], "شمارد"),
        # «شود» alone is a stopword: the verb keeps its prefix rather than vanish.
        (["می‌شود", "میشود", "مي‌شود"], "میشود"),
        (["نمی‌شود", "نمیشود"], "نمیشود"),
        (["میان‌افزار", "میانافزار", "ميان‌افزار"], "میانافزار"),
        (["API‌ها", "api"], "api"),
        (["اپ‌ها", "اپها", "اپ"], "اپ"),  # a two-letter stem
        (["کدهای", "کد‌های", "کد"], "کد"),
    ],
)
def test_the_forms_of_a_word_share_one_stem(forms, stem):
    assert {form: ps.stem(form) for form in forms} == dict.fromkeys(forms, stem)


@pytest.mark.parametrize(
    "word",
    [
        "تنها",  # "only", not the plural of «تن»: listed in NOT_INFLECTED
        "تنهایی",
        "زبان",
        "جریان",
        "میزان",  # starts with «می» but is no verb
        "میدان",
        "میان",
        "کلیدی",  # a final «ی» is only an affix after a ZWNJ
    ],
)
def test_the_stemmer_is_conservative(word):
    assert ps.stem(word) == word


@pytest.mark.parametrize(
    ("word", "stem"),
    [("signals", "signal"), ("Signal", "signal"), ("dispatch_uid", "dispatch_uid"), ("receivers", "receiv")],
)
def test_english_words_are_stemmed_as_on_the_english_site(word, stem):
    from sphinx.search.en import SearchEnglish

    assert ps.stem(word) == stem == SearchEnglish({}).stem(word)


# --- stopwords and the query -----------------------------------------------------


def test_stopwords_are_normalised_and_include_the_standalone_affixes():
    assert all(ps.normalise(word) == word for word in ps.STOPWORDS)
    assert {"و", "در", "به", "از", "که", "این", "را", "با", "است"} <= ps.PERSIAN_STOPWORDS
    # «سیگنال ها» (a space for the ZWNJ) must not require the word «ها».
    assert {"ها", "های", "هایی", "ی", "ای", "می", "نمی"} <= ps.PERSIAN_STOPWORDS
    assert "the" in ps.STOPWORDS


@pytest.mark.parametrize(
    ("query", "words"),
    [
        ("سیگنال ها", ["سیگنال"]),
        ("سیگنال‌ها و گیرنده‌ها", ["سیگنال‌ها", "گیرنده‌ها"]),
        ("می شمارد", ["می\u200cشمارد"]),  # the prefix typed as a word joins the verb
        ("می‌شود", ["می‌شود"]),  # a verb, although «شود» alone is a stopword (issue 16)
        ("شود", []),
        ("جنگو ۵٫۲", ["جنگو", "5.2"]),
        ("12 signals", ["signals"]),
    ],
)
def test_query_words(query, words):
    assert ps.query_words(query) == words


def test_is_indexed():
    assert ps.is_indexed("سیگنال")
    assert not ps.is_indexed("2026")
    assert not ps.is_indexed("است")
    assert not ps.is_indexed("می‌شود")  # an unstemmed word with its ZWNJ
    assert ps.is_indexed(ps.stem("می‌شود"))  # but its stem is a term


# --- the Sphinx side -------------------------------------------------------------


def test_the_search_language_is_registered_for_persian():
    registered, extensions = [], []

    class App:
        def add_search_language(self, cls):
            registered.append(cls)

        def setup_extension(self, name):
            extensions.append(name)

    metadata = ps.setup(App())
    assert registered == [ps.SearchPersian]
    assert extensions == ["signals_docs.search.site_search"]  # the ranking its splitter hands over to
    assert issubclass(ps.SearchPersian, SearchLanguage) and ps.SearchPersian.lang == "fa"
    assert isinstance(metadata["env_version"], int) and metadata["parallel_read_safe"]
    language = ps.SearchPersian({})
    assert language.split("سيگنالها") == ["سیگنالها"]
    assert language.stem("سیگنالها") == "سیگنال"
    assert not language.word_filter("از")


def test_the_script_refuses_a_template_without_its_placeholder(tmp_path, monkeypatch):
    script = tmp_path / "persian_search.js"
    script.write_text("const RULES = {};\n", encoding="utf-8")
    monkeypatch.setattr(ps, "JS_SOURCE", script)
    with pytest.raises(ValueError, match=r"persian_search\.js.*/\*RULES\*/ null"):
        ps.javascript()


# --- the built site --------------------------------------------------------------


def _index(html_root, lang):
    text = (html_root / lang / "searchindex.js").read_text(encoding="utf-8")
    data = json.loads(text.removeprefix("Search.setIndex(").removesuffix(")"))
    docs = data["docnames"]

    def pages(term, tables=("terms", "titleterms")):
        # Sphinx files a word under "titleterms" only when a page has it in a title.
        found = set()
        for table in tables:
            ids = data[table].get(term, [])
            found.update(docs[i] for i in ([ids] if isinstance(ids, int) else ids))
        return found

    return data, pages


@pytest.mark.build
def test_persian_index_holds_only_normalised_stems(html_root):
    data, _ = _index(html_root, "fa")
    terms = [*data["terms"], *data["titleterms"]]
    odd = re.compile("[\u200c\u200d\u0640\u064a\u0643\u0649\u064b-\u065f\u0670\u06f0-\u06f9\u0660-\u0669]")
    assert not [term for term in terms if odd.search(term)]
    assert not ps.STOPWORDS & set(terms)


@pytest.mark.build
def test_persian_index_finds_the_words_of_why_signals(html_root):
    # Words of locale/fa/LC_MESSAGES/why-signals.po, and English identifiers in its code.
    _, pages = _index(html_root, "fa")
    for word in ["سیگنال‌ها", "تریگرها", "میان‌افزار", "درخواست‌ها", "dispatch_uid", "request_started", "signals"]:
        assert "why-signals" in pages(ps.stem(word)), word
    assert "why-signals" in pages(ps.stem("درخواست‌ها"), ["titleterms"])


@pytest.mark.build
def test_versions_are_searchable_in_persian(html_root):
    _, pages = _index(html_root, "fa")
    assert "index" in pages("5.2") and "index" in pages("6.1")


@pytest.mark.build
def test_persian_language_data_carries_the_python_rules(html_root):
    # The built script is minified (assets/minify): the expected code is compared minified too.
    script = (html_root / "fa" / "_static" / "language_data.js").read_text(encoding="utf-8")
    assert jsmin(json.dumps(ps.rules(), ensure_ascii=False, sort_keys=True)) in script
    assert "/*RULES*/" not in script
    assert jsmin("SearchRanking.split = PersianSearch.queryWords;\nsplitQuery = SearchRanking.splitQuery;") in script
    assert jsmin("window.Stemmer = EnglishStemmer") in script  # Sphinx's own, from js_stemmer_rawcode
    assert script.index(jsmin("window.Stemmer = EnglishStemmer")) < script.index(jsmin("window.Stemmer = function"))
    stopwords = json.loads(re.search(r"const stopwords\s*=\s*new Set\((.*?)\);", script).group(1))
    assert set(stopwords) == ps.STOPWORDS


@pytest.mark.build
def test_english_site_keeps_sphinx_english_search(html_root):
    script = (html_root / "en" / "_static" / "language_data.js").read_text(encoding="utf-8")
    assert "PersianSearch." not in script and jsmin("window.Stemmer = EnglishStemmer") in script
    assert jsmin("splitQuery = SearchRanking.splitQuery;") in script
    _, pages = _index(html_root, "en")
    assert "why-signals" in pages("signal")


@pytest.mark.build
@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_index_is_written_in_utf8(html_root, lang):
    # Sphinx writes every Persian letter as a six-byte \uXXXX escape (91 KB for the
    # Persian index); signals_docs.search.site_search rewrites it as UTF-8 (55 KB).
    text = (html_root / lang / "searchindex.js").read_text(encoding="utf-8")
    assert not re.search(r"\\u0[6-9a-f][0-9a-f]{2}", text), "escaped letters in the search index"
    if lang == "fa":
        assert "سیگنال" in text
