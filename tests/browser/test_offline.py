"""The ``make dist`` zip read offline: unpacked, opened from ``file://``.

Every request that is not ``file://`` is refused and reported (the ``new_page``
fixture allows 127.0.0.1, which a zip must not need).
"""

import zipfile
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from make_dist import make_dist
from signals_docs import site
from sitepaths import LANGUAGES, ROOT, SAMPLED_LANGUAGE, guarded_pages, other_language, sampled

TOP = f"django-signals-{site.RELEASE}/"


@pytest.fixture(scope="module")
def offline_site(html_root, tmp_path_factory):
    """The zip unpacked where a reader would put it: the folder that holds index.html."""
    target = tmp_path_factory.mktemp("unzipped")
    with zipfile.ZipFile(make_dist(html_root, tmp_path_factory.mktemp("dist"))) as archive:
        archive.extractall(target)
    return target / TOP


@pytest.fixture
def offline_page(browser):
    """Open pages in a context that refuses, and reports, any request not to file://."""
    yield from guarded_pages(
        browser, lambda url: url.startswith("file://"), "the offline site asked for more than its own files"
    )


def file_path(url: str) -> Path:
    return Path(unquote(urlsplit(url).path))


@pytest.mark.browser
@pytest.mark.parametrize(("locale", "lang"), [("en-US", "en"), ("fa-IR", "fa")])
def test_the_chooser_opens_the_readers_language(offline_page, offline_site, locale, lang):
    page = offline_page(locale=locale)
    page.goto((offline_site / "index.html").as_uri())
    page.wait_for_url(f"**/{lang}/index.html")
    assert file_path(page.url) == offline_site / lang / "index.html"


@pytest.mark.browser
@pytest.mark.parametrize("lang", sampled(LANGUAGES, SAMPLED_LANGUAGE))
def test_next_page_switcher_and_copy_work_offline(offline_page, offline_site, lang):
    page = offline_page()
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto((offline_site / lang / "index.html").as_uri())
    next_link = page.locator('a[rel="next"]').first
    target = offline_site / lang / next_link.get_attribute("href")
    next_link.click()
    page.wait_for_load_state()
    assert file_path(page.url) == target.resolve()
    assert page.locator("h1").first.inner_text().strip()

    other = other_language(lang)
    switch = page.locator(f'body a[hreflang="{other}"]').first
    switch.click()
    page.wait_for_load_state()
    assert file_path(page.url) == offline_site / other / target.name, "the switcher leads to the same page"

    page.goto((offline_site / lang / "why-signals.html").as_uri())
    block = (
        page.locator("div.verified-example, .literal-block-wrapper").filter(has=page.locator("button.copybtn")).first
    )
    block.hover()
    block.locator("button.copybtn").click()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.strip() and copied.strip() in (ROOT / "examples/why_signals/request_counter.py").read_text()


@pytest.mark.browser
@pytest.mark.parametrize(("lang", "query"), sampled([("en", "receiver"), ("fa", "سیگنال")], ("fa", "سیگنال")))
def test_search_finds_pages_offline(offline_page, offline_site, lang, query):
    page = offline_page()
    errors = []

    def search_error(message):
        # Sphinx's result summaries fetch() each page, which file:// refuses (offline_search
        # turns them off). Other console noise, such as a font preload that file:// cannot
        # honour while the stylesheet's own @font-face load succeeds, is not search's.
        if message.type == "error" and (".html" in message.text or "fetch" in message.text.lower()):
            errors.append(message.text)

    page.on("console", search_error)
    page.on("pageerror", lambda error: errors.append(f"uncaught: {error}"))
    page.goto((offline_site / lang / "search.html").as_uri() + f"?q={query}")
    try:
        page.wait_for_selector("#search-results li a", timeout=15_000)
    except PlaywrightTimeout:
        pytest.fail(f"no search result for {query!r} on {lang}/search.html from file://; page errors: {errors}")
    hits = page.locator("#search-results li a")
    assert hits.count() > 0
    hits.first.click()
    page.wait_for_load_state()
    assert file_path(page.url).is_file()
    assert not errors, f"search logged errors on file:// (offline_search should prevent them): {errors}"
