"""The language switcher takes the reader to the same page, and the same section, in the other language.

One browser page walks every built page in both languages (fast: no new
context per page). Failures are collected so one run names every broken page.
"""

import re
from urllib.parse import urlsplit

import pytest

from sitepaths import LANGUAGES, other_language, source_pages

pytestmark = pytest.mark.browser

SWITCH = "nav.wy-nav-side a.language-switch-link"  # at desktop width the sidebar's switcher is the visible one


def last_section(html_root, lang, page):
    """The id of the page's last labelled section, or "" if it has none."""
    html = (html_root / lang / f"{page}.html").read_text(encoding="utf-8")
    ids = re.findall(r'<section id="([^"]+)">', html)
    return ids[-1] if len(ids) > 1 else ""


@pytest.fixture
def cached_page(browser):
    """A page whose requests are watched, not routed: routing would turn off the
    browser's cache and refetch every stylesheet and script on each of ~60 loads."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    outside = []

    def watch(request):
        if urlsplit(request.url).hostname != "127.0.0.1" and not request.url.startswith(("data:", "blob:")):
            outside.append(request.url)

    context.on("request", watch)
    yield context.new_page()
    context.close()
    assert not outside, f"requests left the site's origin: {outside}"


@pytest.mark.slow
def test_every_switcher_lands_on_the_twin_page_keeping_the_section(cached_page, site_url, html_root):
    """For every page: open it in English at its last section, switch to Persian, then back."""
    page = cached_page
    failures = []
    for name in source_pages():
        anchor = last_section(html_root, "en", name)
        hash_ = f"#{anchor}" if anchor else ""
        page.goto(f"{site_url}/en/{name}.html{hash_}", wait_until="domcontentloaded")
        for lang in LANGUAGES:
            expected = f"{site_url}/{other_language(lang)}/{name}.html{hash_}"
            link = page.locator(SWITCH)
            if link.count() != 1 or link.get_attribute("hreflang") != other_language(lang):
                failures.append(f"{lang}/{name}: no switcher to {other_language(lang)}")
                break
            link.click()
            try:
                page.wait_for_url(expected, wait_until="domcontentloaded", timeout=5000)
            except Exception:
                failures.append(f"{lang}/{name}{hash_}: switcher went to {page.url}, not {expected}")
                break
            if page.evaluate("document.documentElement.lang") != other_language(lang):
                failures.append(f"{lang}/{name}: landed on a page whose lang is not {other_language(lang)}")
            if page.evaluate("localStorage.getItem('signals-docs-language')") != other_language(lang):
                failures.append(f"{lang}/{name}: the choice of {other_language(lang)} was not remembered")
    assert not failures, "\n".join(failures)


def test_switcher_keeps_the_section_the_reader_scrolled_to(new_page, site_url, html_root):
    anchor = last_section(html_root, "fa", "why-signals")
    page = new_page()
    page.goto(f"{site_url}/fa/why-signals.html")
    page.evaluate(f"document.getElementById({anchor!r}).scrollIntoView()")
    page.click(SWITCH)
    page.wait_for_url(f"{site_url}/en/why-signals.html#{anchor}")
    # At the top of the page there is no section to keep.
    page.evaluate("window.scrollTo(0, 0); history.replaceState(null, '', location.pathname)")
    page.click(SWITCH)
    page.wait_for_url(f"{site_url}/fa/why-signals.html")


def test_switcher_works_from_the_keyboard_and_at_phone_width(new_page, site_url):
    page = new_page(390, 844)
    page.goto(f"{site_url}/en/reference/index.html")
    link = page.locator(".wy-nav-top a.language-switch-link")
    assert link.is_visible(), "the phone's top bar shows the switcher"
    assert link.inner_text().strip() == "فارسی"
    assert link.locator("[lang=fa]").count() == 1
    link.focus()
    page.keyboard.press("Enter")
    page.wait_for_url(f"{site_url}/fa/reference/index.html")
    link = page.locator(".wy-nav-top a.language-switch-link")
    assert link.inner_text().strip() == "English" and link.get_attribute("hreflang") == "en"


def test_switcher_works_without_javascript(new_page, site_url):
    page = new_page(java_script_enabled=False)
    page.goto(f"{site_url}/fa/why-signals.html")
    page.click(SWITCH)
    page.wait_for_url(f"{site_url}/en/why-signals.html")


def test_root_chooser_remembers_the_switched_language(new_page, site_url):
    page = new_page(locale="en-US")
    page.goto(f"{site_url}/en/why-signals.html")
    page.click(SWITCH)
    page.wait_for_url("**/fa/why-signals.html")
    page.goto(f"{site_url}/index.html")
    page.wait_for_url("**/fa/index.html")


def test_switcher_works_from_the_file_system(browser, html_root):
    """Opened as files (file://), the relative links still reach the twin page."""
    context = browser.new_context()
    network = []
    context.route("http*://**/*", lambda route: (network.append(route.request.url), route.abort()))
    try:
        page = context.new_page()
        page.goto((html_root / "en" / "reference" / "index.html").resolve().as_uri())
        page.click(SWITCH)
        page.wait_for_url((html_root / "fa" / "reference" / "index.html").resolve().as_uri())
        assert page.evaluate("document.documentElement.dir") == "rtl"
    finally:
        context.close()
    assert not network, f"a page opened from files requested the network: {network}"
