"""Persian pages read right to left, in Vazirmatn, at desktop and phone widths.

sphinx-rtd-theme has no right-to-left support; signals_docs/persian/rtl.py and
its static/rtl.css add it. These tests measure the result in Chromium: the
computed direction, where the sidebar, breadcrumbs and buttons sit, which side
the phone menu slides in from, that code stays left to right, and which fonts
the browser actually downloaded. They also save screenshots for a person to look
at: $BUILDDIR/screenshots/<lang>-<page>-<desktop|phone>.png.
"""

import pytest

from builtsite import SCREENSHOTS
from sitepaths import ROOT, RTL, sampled, source_pages

pytestmark = pytest.mark.browser

DESKTOP, PHONE = (1280, 900), (390, 844)
PAGE = "why-signals"  # the model page: sections, lists, an included example, a doctest


def longest_page() -> str:
    return max(source_pages(), key=lambda page: (ROOT / "docs" / f"{page}.md").stat().st_size)


def box(page, selector):
    element = page.locator(selector).first
    assert element.count(), f"{page.url}: nothing matches {selector!r}"
    return element.bounding_box()


def open_page(new_page, site_url, lang, name, size, requests=None):
    page = new_page(*size)
    if requests is not None:
        page.on("request", lambda request: requests.append(request.url))
    page.goto(f"{site_url}/{lang}/{name}.html")
    page.wait_for_load_state("load")
    page.evaluate("document.fonts.ready")
    return page


@pytest.mark.parametrize("size", [pytest.param(DESKTOP, marks=pytest.mark.slow), PHONE], ids=["desktop", "phone"])
def test_persian_pages_are_right_to_left(new_page, site_url, size):
    page = open_page(new_page, site_url, "fa", PAGE, size)
    assert page.evaluate("document.documentElement.dir") == "rtl"
    styles = page.evaluate(
        """() => Object.fromEntries(
            ["body", ".rst-content p", ".rst-content li", ".wy-menu-vertical", ".wy-breadcrumbs"].map(
                s => [s, getComputedStyle(document.querySelector(s)).direction]))"""
    )
    assert set(styles.values()) == {"rtl"}, styles
    # List bullets and their indent sit on the right.
    li = page.evaluate("getComputedStyle(document.querySelector('.rst-content section ul li'))")
    assert (li["marginRight"], li["marginLeft"]) == ("24px", "0px")
    if page.locator(".rst-content ol.arabic li").count():  # numbered in Persian digits
        assert (
            page.evaluate("getComputedStyle(document.querySelector('.rst-content ol.arabic li')).listStyleType")
            == "persian"
        )
    # Breadcrumbs start at the right: the home icon is right of the page title.
    assert box(page, ".wy-breadcrumbs .icon-home")["x"] > box(page, ".wy-breadcrumbs .breadcrumb-item.active")["x"]
    # "Previous" on the right, "Next" on the left, arrows pointing the reading way.
    previous, following = box(page, "footer a[rel=prev]"), box(page, "footer a[rel=next]")
    assert previous["x"] > following["x"]
    assert page.evaluate("getComputedStyle(document.querySelector('footer a[rel=next] .fa')).transform") != "none"


@pytest.mark.parametrize("lang", sampled(["fa", "en"], "fa"))
def test_sidebar_is_on_the_reading_side_at_desktop_width(new_page, site_url, lang):
    page = open_page(new_page, site_url, lang, PAGE, DESKTOP)
    side, content = box(page, "nav.wy-nav-side"), box(page, ".wy-nav-content")
    width = DESKTOP[0]
    if lang in RTL:
        assert side["x"] + side["width"] == pytest.approx(width, abs=1) and content["x"] + content["width"] <= side["x"]
    else:
        assert side["x"] == 0 and content["x"] >= side["width"]


@pytest.mark.parametrize("lang", sampled(["fa", "en"], "fa"))
def test_phone_menu_slides_in_from_the_reading_side(new_page, site_url, lang):
    page = open_page(new_page, site_url, lang, PAGE, PHONE)
    width = PHONE[0]
    side = box(page, "nav.wy-nav-side")
    assert side["x"] >= width if lang in RTL else side["x"] + side["width"] <= 0, f"menu visible before opening: {side}"
    top_bar, toggle = box(page, ".wy-nav-top"), box(page, "[data-toggle=wy-nav-top]")
    # The menu button sits at the start of the top bar: right in Persian, left in English.
    assert (toggle["x"] > top_bar["width"] / 2) == (lang in RTL)
    page.click("[data-toggle=wy-nav-top]")
    page.wait_for_function("document.querySelector('nav.wy-nav-side').classList.contains('shift')")
    side, content = box(page, "nav.wy-nav-side"), box(page, "section.wy-nav-content-wrap")
    if lang in RTL:
        assert side["x"] + side["width"] == pytest.approx(width, abs=1) and side["x"] > 0
        assert content["x"] < 0, "the page should move out to the left"
    else:
        assert side["x"] == 0 and content["x"] > 0
    page.screenshot(path=SCREENSHOTS / f"{lang}-{PAGE}-phone-menu.png")


def test_code_stays_left_to_right_inside_persian_text(new_page, site_url):
    page = open_page(new_page, site_url, "fa", PAGE, DESKTOP)
    for selector in ("div.highlight pre", ".rst-content p code", ".code-block-caption code"):
        style = page.evaluate(f"getComputedStyle(document.querySelector({selector!r}))")
        assert (style["direction"], style["unicodeBidi"]) == ("ltr", "isolate"), selector
        assert "Vazirmatn" not in style["fontFamily"], f"{selector} must keep a monospace font: {style['fontFamily']}"
    # The copy button sits at the top right of the code, inside the block.
    page.hover("div.highlight")
    block, button = box(page, "div.highlight"), box(page, "div.highlight button.copybtn")
    assert block["x"] + block["width"] - 40 < button["x"] + button["width"] <= block["x"] + block["width"]


@pytest.mark.parametrize("lang", ["fa", "en"])
def test_each_language_downloads_only_its_own_fonts(new_page, site_url, lang):
    requests = []
    page = open_page(new_page, site_url, lang, PAGE, DESKTOP, requests)
    loaded = page.evaluate(
        "[...document.fonts].filter(f => f.status === 'loaded').map(f => f.family.replace(/\"/g, ''))"
    )
    fonts = [url.rsplit("/", 1)[-1].split("?")[0] for url in requests if ".woff" in url]
    if lang in RTL:
        assert "Vazirmatn" in loaded and "Lato" not in loaded and "Roboto Slab" not in loaded, loaded
        assert "Vazirmatn.subset.woff2" in fonts, fonts
        assert not [f for f in fonts if f.lower().startswith(("lato", "roboto"))], fonts
        assert page.evaluate("getComputedStyle(document.body).fontFamily").startswith("Vazirmatn")
    else:  # Lato may be loaded or left to the reader's local fonts; Vazirmatn never
        assert "Vazirmatn" not in loaded, loaded
        assert not [f for f in fonts if "vazirmatn" in f.lower()], fonts
        assert "Vazirmatn" not in page.evaluate("getComputedStyle(document.body).fontFamily")


@pytest.mark.slow
def test_no_page_is_wider_than_the_window(new_page, site_url):
    """A mirrored layout's usual fault is something pushed out sideways, which makes the
    whole page scroll left and right on a phone. Screenshots of each page checked go to
    $BUILDDIR/screenshots/ for a person to look at."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    too_wide = []
    for size, label in ((DESKTOP, "desktop"), (PHONE, "phone")):
        page = new_page(*size)
        for lang in ("fa", "en"):
            for name in dict.fromkeys(["index", PAGE, longest_page()]):
                page.goto(f"{site_url}/{lang}/{name}.html")
                page.evaluate("document.fonts.ready")
                extra = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
                if extra > 0:
                    too_wide.append(f"{lang}/{name}.html at {size[0]}px: {extra}px wider than the window")
                page.screenshot(path=SCREENSHOTS / f"{lang}-{name.replace('/', '-')}-{label}.png", full_page=True)
    assert not too_wide, "pages that scroll sideways:\n" + "\n".join(too_wide)
