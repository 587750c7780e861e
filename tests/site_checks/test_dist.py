"""``make dist``: the whole bilingual site in one reproducible zip that reads from file://.

The browser tests unzip the archive and read it the way an offline reader
would: from ``file://``, with every request that is not ``file://`` refused and
reported (the ``new_page`` fixture allows 127.0.0.1, which a zip must not need).
"""

import hashlib
import sys
import time
import zipfile
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from signals_docs import site
from signals_docs.reproducible_zip import ZIP_EPOCH, source_date_epoch, write_zip
from sitepaths import LANGUAGES, ROOT, guarded_pages

sys.path.insert(0, str(ROOT / "scripts"))
from make_dist import dist_entries, make_dist  # noqa: E402

RELEASE = site.RELEASE
TOP = f"django-signals-{RELEASE}/"


@pytest.fixture(scope="module")
def dist_zip(html_root, tmp_path_factory):
    return make_dist(html_root, tmp_path_factory.mktemp("dist"))


@pytest.fixture(scope="module")
def offline_site(dist_zip, tmp_path_factory):
    """The zip unpacked where a reader would put it: the folder that holds index.html."""
    target = tmp_path_factory.mktemp("unzipped")
    with zipfile.ZipFile(dist_zip) as archive:
        archive.extractall(target)
    return target / TOP


# --- the archive -------------------------------------------------------------------


def test_the_zip_is_named_by_release_and_holds_both_languages_and_the_chooser(dist_zip, html_root):
    assert dist_zip.name == f"django-signals-{RELEASE}.zip"
    with zipfile.ZipFile(dist_zip) as archive:
        names = archive.namelist()
    assert all(name.startswith(TOP) for name in names)
    for lang in LANGUAGES:
        for required in ("index.html", "search.html", "searchindex.js", "_downloads/django-signals-examples.zip"):
            assert f"{TOP}{lang}/{required}" in names
    assert TOP + "index.html" in names
    assert not [n for n in names if n.endswith(".buildinfo")], "Sphinx's bookkeeping is left out"
    built = {p.relative_to(html_root).as_posix() for p in html_root.rglob("*") if p.is_file() and not p.name.startswith(".buildinfo")}
    assert {n.removeprefix(TOP) for n in names} == built


def test_the_zip_is_reproducible(dist_zip, html_root, tmp_path):
    again = make_dist(html_root, tmp_path)
    assert hashlib.sha256(again.read_bytes()).digest() == hashlib.sha256(dist_zip.read_bytes()).digest()
    with zipfile.ZipFile(dist_zip) as archive:
        infos = archive.infolist()
    assert [i.filename for i in infos] == sorted(i.filename for i in infos)
    assert {i.date_time for i in infos} == {time.gmtime(source_date_epoch())[:6]}
    assert {i.external_attr >> 16 for i in infos} == {0o100644}


def test_an_odd_source_date_epoch_is_rounded_to_what_a_zip_can_hold():
    assert source_date_epoch({"SOURCE_DATE_EPOCH": "1764201601"}) == 1764201600


def test_source_date_epoch_sets_the_timestamps(tmp_path):
    path = write_zip(tmp_path / "a.zip", {"x/a.txt": b"a"}, epoch=1764201600)  # 2025-11-27
    with zipfile.ZipFile(path) as archive:
        assert archive.infolist()[0].date_time == (2025, 11, 27, 0, 0, 0)
    assert source_date_epoch({}) == ZIP_EPOCH
    assert source_date_epoch({"SOURCE_DATE_EPOCH": "0"}) == ZIP_EPOCH  # zip cannot go before 1980
    with pytest.raises(ValueError, match="SOURCE_DATE_EPOCH must be a number of seconds"):
        source_date_epoch({"SOURCE_DATE_EPOCH": "yesterday"})


def test_an_incomplete_build_is_refused_with_what_to_run(tmp_path):
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "index.html").write_text("<html></html>")
    with pytest.raises(FileNotFoundError, match=r"fa/index.html.*run 'make html'"):
        dist_entries(tmp_path, "x")


def test_names_that_escape_the_archive_are_refused(tmp_path):
    with pytest.raises(ValueError, match="names must stay inside the archive"):
        write_zip(tmp_path / "bad.zip", {"../evil": b""})


@pytest.mark.build
@pytest.mark.parametrize("lang", LANGUAGES)
def test_only_the_search_page_carries_the_offline_search_switch(html_root, lang):
    from signals_docs.chrome.offline_search import SCRIPT

    assert SCRIPT in (html_root / lang / "search.html").read_text(encoding="utf-8")
    assert SCRIPT not in (html_root / lang / "index.html").read_text(encoding="utf-8")


# --- reading it offline ------------------------------------------------------------


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
@pytest.mark.parametrize("lang", LANGUAGES)
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

    other = "fa" if lang == "en" else "en"
    switch = page.locator(f'body a[hreflang="{other}"]').first
    switch.click()
    page.wait_for_load_state()
    assert file_path(page.url) == offline_site / other / target.name, "the switcher leads to the same page"

    page.goto((offline_site / lang / "why-signals.html").as_uri())
    block = page.locator("div.verified-example, .literal-block-wrapper").filter(has=page.locator("button.copybtn")).first
    block.hover()
    block.locator("button.copybtn").click()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.strip() and copied.strip() in (ROOT / "examples/why_signals/request_counter.py").read_text()


@pytest.mark.browser
@pytest.mark.parametrize(("lang", "query"), [("en", "receiver"), ("fa", "سیگنال")])
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
