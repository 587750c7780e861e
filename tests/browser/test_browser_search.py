"""Persian search in a real browser: the JavaScript rules agree with Python, and a
reader finds pages the way they type.

Queries use words of why-signals' Persian translation (locale/fa/LC_MESSAGES/
why-signals.po) and of the home page, so the checks hold while other pages grow.
"""

from urllib.parse import quote

import polib
import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from search_quality import open_search
from signals_docs.search import persian as ps
from sitepaths import LOCALE, sampled

pytestmark = [pytest.mark.browser, pytest.mark.build]

#: Spellings that the rules must treat alike in both languages.
EDGE_CASES = [
    "كيكى", "سیگنـــال", "مُقایِسَهٔ", "خانۀ", "۵٫۲ و ٣.٤", "\u200fسیگنال\u200e", "‌سیگنال‌",
    "سیگنال‌ها", "سیگنالها", "سیگنال ها", "سیگنال‌هایی", "کلیدواژه‌ای", "گیرندگان", "کاربران",
    "می‌شود", "نمی‌شمارد", "میشمارد", "میان‌افزار", "میزان", "تنها", "API‌ها", "İstanbul",
    "dispatch_uid post_save() Signals RECEIVERS", "6.1.3", "😀 سیگنال", "१२ ²", "𝐀ها",
    # Every character of the Arabic block, alone and inside a word.
    *(chr(code) for code in range(0x0600, 0x0700)), *(f"سی{chr(code)}گنال" for code in range(0x0600, 0x0700)),
]  # fmt: skip


def _catalog_texts() -> list[str]:
    texts = []
    for path in sorted(LOCALE.rglob("*.po")):
        for entry in polib.pofile(str(path), wrapwidth=0):
            texts += [entry.msgid, entry.msgstr]
    return [text for text in texts if text]


def _variants(word: str) -> list[str]:
    """A word as a reader may type it: Arabic letters, no ZWNJ, a space for the ZWNJ."""
    arabic = word.replace("ی", "ي").replace("ک", "ك")
    return [word, arabic, word.replace(ps.ZWNJ, ""), word.replace(ps.ZWNJ, " ")]


@pytest.fixture(scope="module")
def fa_search(module_new_page, site_url):
    """The Persian search page, its rules loaded, once for the tests that call them (pure functions)."""
    page = module_new_page()
    open_search(page, site_url, "fa")
    return page


def test_javascript_normalises_and_splits_like_python(fa_search):
    texts = EDGE_CASES + _catalog_texts()
    assert len(texts) > 100, "the Persian catalogs are missing"
    in_browser = fa_search.evaluate(
        "texts => texts.map(t => [PersianSearch.normalise(t), PersianSearch.split(t), PersianSearch.queryWords(t)])",
        texts,
    )
    in_python = [[ps.normalise(t), ps.split(t), ps.query_words(t)] for t in texts]
    differences = [(t, b, p) for t, b, p in zip(texts, in_browser, in_python, strict=True) if b != p]
    assert not differences, f"{len(differences)} texts differ (text, browser, python), e.g. {differences[:3]}"


def test_javascript_stems_like_python(fa_search):
    words = sorted({v for text in EDGE_CASES + _catalog_texts() for w in ps.split(text) for v in _variants(w)})
    in_browser = fa_search.evaluate(
        "words => words.map(w => [PersianSearch.stem(w), PersianSearch.isIndexed(w)])", words
    )
    in_python = [[ps.stem(w), ps.is_indexed(w)] for w in words]
    differences = [(w, b, p) for w, b, p in zip(words, in_browser, in_python, strict=True) if b != p]
    assert not differences, f"{len(differences)} of {len(words)} words differ, e.g. {differences[:5]}"


def test_spellings_find_a_stem_as_the_page_writes_it(fa_search):
    text = "هر گیرنده یک میان‌افزار نیست؛ سيگنال‌ها فرق دارند."
    keywords = ["میانافزار", "سیگنال", "گیرنده", "زرافه"]
    assert fa_search.evaluate("([t, k]) => PersianSearch.spellings(t, k)", [text, keywords]) == [
        "میان‌افزار", "سيگنال", "گیرنده", "زرافه",
    ]  # fmt: skip


def results(page, errors):
    """The result links of the search page, once all are shown."""
    # Sphinx writes "Search Results" over the title (and its pulsing dots) when done.
    try:
        page.wait_for_function(
            "() => typeof Search !== 'undefined' && Search.title && !Search.title.contains(Search.dots)", timeout=20_000
        )
    except PlaywrightTimeoutError:
        pytest.fail(f"the search page never finished searching; its script errors: {[str(e) for e in errors]}")
    assert not errors, f"the search page threw: {errors}"
    assert page.evaluate("Search.status.innerText.trim()") != "", "the search page shows no summary"
    links = page.eval_on_selector_all(
        "#search-results ul.search li > a", "links => links.map(a => a.getAttribute('href'))"
    )
    return [link.split("#")[0] for link in links]


def search(page, site_url, lang, query):
    """Open the search page of ``lang`` for ``query``; the pages it lists."""
    errors = []
    page.on("pageerror", lambda error: errors.append(error))
    page.goto(f"{site_url}/{lang}/search.html?q={quote(query)}")
    return results(page, errors)


@pytest.fixture(scope="module")
def find(module_new_page, site_url):
    """``find(lang, query)``: the pages the search page of ``lang`` lists for ``query``.

    Each language's search page (and its index) is loaded once for the module; each
    query then runs as the page runs the ``?q=`` of its address, through Sphinx's
    ``Search.performSearch``, on a cleared result list. The tests of the whole road
    (address, sidebar box, summaries, highlighting) open the page with ``search()``."""
    loaded = {}

    def _find(lang, query):
        if lang not in loaded:
            page = module_new_page()
            errors = []
            page.on("pageerror", lambda error: errors.append(error))
            open_search(page, site_url, lang)
            # Which pages are found does not depend on their summaries: no fetch of every result page.
            page.evaluate("DOCUMENTATION_OPTIONS.SHOW_SEARCH_SUMMARY = false")
            loaded[lang] = (page, errors)
        page, errors = loaded[lang]
        page.evaluate(
            "q => { document.getElementById('search-results').replaceChildren(); Search.performSearch(q); }", query
        )
        return results(page, errors)

    return _find


@pytest.mark.parametrize(
    ("query", "page_found"),
    [
        ("سیگنال‌ها", "why-signals.html"),  # as written on the page
        ("سیگنالها", "why-signals.html"),  # no ZWNJ
        ("سیگنال ها", "why-signals.html"),  # a space for the ZWNJ
        ("سيگنال‌ها", "why-signals.html"),  # Arabic yeh
        ("تريگرها", "why-signals.html"),  # Arabic yeh, no ZWNJ
        ("ميان‌افزار", "why-signals.html"),  # Arabic yeh
        ("ميان افزار", "why-signals.html"),  # a compound, with a space for the ZWNJ
        ("كوئری‌ست", "why-signals.html"),  # Arabic kaf
        ("سیگنـال", "why-signals.html"),  # tatweel
        ("درخواستهای سرور بشمارند", "why-signals.html"),  # three words, one without its ZWNJ
        ("می شمارد", "why-signals.html"),  # the verb prefix with a space
        ("جنگو ۵٫۲", "index.html"),  # Persian digits and decimal separator
        ("۶.۱", "index.html"),
        ("dispatch_uid", "why-signals.html"),  # English identifiers on the Persian site
        ("request_started", "why-signals.html"),
        ("signals", "why-signals.html"),  # English stemming: `signals` finds `signal`
    ],
)
def test_a_persian_reader_finds_the_page(find, query, page_found):
    assert page_found in find("fa", query)


def test_a_result_summary_shows_where_the_page_uses_the_word(page, site_url):
    search(page, site_url, "fa", "ميانافزار")
    summary = page.locator('#search-results li:has(a[href^="why-signals.html"]) p.context').first
    summary.wait_for()
    assert "میان‌افزار" in summary.inner_text()


def test_the_opened_page_highlights_the_word_as_it_spells_it(page, site_url):
    search(page, site_url, "fa", "سيگنالها ميانافزار")
    page.locator('#search-results li:has(a[href^="why-signals.html"]) p.context').first.wait_for()
    page.locator('#search-results li > a[href^="why-signals.html"]').first.click()
    page.wait_for_url("**/fa/why-signals.html*")
    page.locator("span.highlighted").first.wait_for()
    highlighted = set(page.eval_on_selector_all("span.highlighted", "spans => spans.map(s => s.textContent)"))
    assert {"سیگنال", "میان‌افزار"} <= highlighted  # «سیگنال» inside «سیگنال‌ها» too


def test_typing_into_the_sidebar_box_of_a_page(page, site_url):
    # Arabic kaf and yeh, no ZWNJ: as a reader on a default Arabic keyboard layout types.
    errors = []
    page.on("pageerror", lambda error: errors.append(error))
    page.goto(f"{site_url}/fa/index.html")
    box = page.locator('#rtd-search-form input[name="q"]')
    box.fill("گيرندهها كوئریست")
    box.press("Enter")
    page.wait_for_url("**/fa/search.html?q=*")
    assert "why-signals.html" in results(page, errors)


def test_slash_puts_the_cursor_in_the_search_box_without_sphinx_scripts(page, site_url):
    # Sphinx's doctools.js did it on every page; search-words.js does (assets/scripts.py), and
    # Sphinx's search-word scripts load only on a page opened from the results (the test above).
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(f"{site_url}/fa/index.html")
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.name") == "q"
    assert page.locator("#rtd-search-form input[name=q]").evaluate("box => box === document.activeElement")
    assert not [url for url in requests if "/doctools.js" in url or "/sphinx_highlight.js" in url]


def test_a_query_with_no_match_finds_nothing(find):
    # The control of the test above: not every query finds every page.
    assert find("fa", "زرافه کرگدن") == []


def test_a_word_found_nowhere_is_left_out_of_the_query(find):
    # Sphinx lists only pages holding every word; a word no page holds would
    # leave the reader with nothing, so the site's splitter leaves it out.
    assert "why-signals.html" in find("fa", "میان‌افزار زرافه")


@pytest.mark.parametrize("query", ["signals", "dispatch_uid", "request_started"])
def test_english_search_still_works(find, query):
    assert "why-signals.html" in find("en", query)


# --- issue 16: the queries a new reader tried ----------------------------------------


@pytest.mark.parametrize("query", ["می‌شود", "میشود", "می شود", "مي‌شود"])
def test_a_verb_finds_pages_in_every_spelling(find, query):
    # «شود» alone is a stopword; the verb with «می» is not, however it is typed.
    assert find("fa", query)


@pytest.mark.parametrize(
    ("lang", "query", "pages_about_it"),
    [
        # model-signals was 7th of 11; signals-or-overrides (overriding save()) came later
        ("fa", "ذخیره", {"model-signals.html", "signals-or-overrides.html"}),
        # model-signals was last of 8; transactions (on_commit in depth) came later
        ("en", "on_commit", {"model-signals.html", "transactions.html"}),
    ],
)
def test_the_page_about_a_word_comes_early(find, lang, query, pages_about_it):
    found = find(lang, query)[:3]
    assert pages_about_it & set(found), f"{query!r}: none of {sorted(pages_about_it)} in the first three, {found}"


@pytest.mark.parametrize(
    ("lang", "query"), sampled([("en", "weak reference"), ("fa", "ارجاع ضعیف")], ("fa", "ارجاع ضعیف"))
)
def test_a_glossary_term_is_found_as_the_term(page, site_url, lang, query):
    search(page, site_url, lang, query)
    links = page.eval_on_selector_all("#search-results ul.search li > a", "a => a.map(l => l.getAttribute('href'))")
    assert "glossary.html#term-weak-reference" in links[:3]


def summaries(page):
    """The summaries under the results, once every page result has its own."""
    page.wait_for_function(
        "() => [...document.querySelectorAll('#search-results li.kind-text')].every(li => li.querySelector('p.context'))"
    )
    return page.eval_on_selector_all(
        "#search-results p.context", "ps => ps.map(p => [p.textContent, p.getAttribute('dir'), p.getAttribute('lang')])"
    )


@pytest.mark.parametrize(("lang", "direction"), sampled([("en", "ltr"), ("fa", "rtl")], ("fa", "rtl")))
def test_summaries_come_from_prose_cut_at_words_in_the_page_direction(page, site_url, lang, direction):
    # «weak» first occurs on custom-signals inside a code comment ("weak-referenceable");
    # Sphinx's summary started there, mid-word, code in a right-to-left paragraph.
    search(page, site_url, lang, "weak")
    found = summaries(page)
    assert found, "no summaries"
    for text, dir_, lang_ in found:
        assert "referenceable" not in text and "# must" not in text, text  # no code
        assert (dir_, lang_) == (direction, lang)
        assert text.startswith("… ") or not text.startswith("..."), text  # a whole first word
        assert text.endswith(" …") or not text.endswith("..."), text
