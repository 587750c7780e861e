"""Reading on a phone, by keyboard, in both directions: nothing cut off, nothing out of reach.

Every page of both languages is opened once from file:// (the offline zip's way,
which also proves no page logs a console error there) and measured at four
widths by resizing the window: the document is exactly as wide as the window,
no text is cut off by an ancestor whose overflow is hidden, and on phones every
table cell is inside its table's box, labelled by its column. The keyboard and
the phone menu, the sticky language switch, the index's letter bar and the
smaller right-to-left details are checked on one page each.
"""

import pytest

from builtsite import SCREENSHOTS, built_pages
from signals_docs.persian.collation import PERSIAN, script_group, sort_key
from sitepaths import LANGUAGES, RTL, SAMPLED_LANGUAGE, other_language, sampled

pytestmark = pytest.mark.browser

WIDTHS = (320, 390, 768, 1366)
PHONES = (320, 390)
HEIGHT = 800
PAGE = "why-signals"
LONG_PAGE = "where-receivers-live"  # long, and its inline code once made it scroll sideways

# Runs in the page at one width: what is wider than the window, what is cut off.
MEASURE = """(phone) => {
  const doc = document.documentElement;
  const out = {width: [doc.scrollWidth, doc.clientWidth], clipped: [], cells: []};
  const shown = (el) => el.checkVisibility({visibilityProperty: true, opacityProperty: true});
  const describe = (el) => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") +
    (el.className && typeof el.className === "string" ? "." + el.className.trim().split(/\\s+/).join(".") : "");
  // The nearest ancestor that clips on an axis; null when it scrolls (the reader can reach the text).
  const cache = {overflowX: new Map(), overflowY: new Map()};
  const clipper = (el, axis) => {
    if (!el || el === doc) return null;
    if (cache[axis].has(el)) return cache[axis].get(el);
    const o = getComputedStyle(el)[axis];
    const found = o === "auto" || o === "scroll" ? null : o === "hidden" || o === "clip" ? el : clipper(el.parentElement, axis);
    cache[axis].set(el, found);
    return found;
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent.trim() || !node.parentElement || !shown(node.parentElement)) continue;
    range.selectNodeContents(node);
    const text = range.getBoundingClientRect();
    if (!text.width) continue;
    for (const axis of ["overflowX", "overflowY"]) {
      const box = clipper(node.parentElement, axis);
      if (!box || box.clientWidth <= 1 || box.clientHeight <= 1) continue;  // visually hidden on purpose
      const b = box.getBoundingClientRect();
      const out_ = axis === "overflowX" ? text.left < b.left - 1 || text.right > b.right + 1
                                        : text.top < b.top - 1 || text.bottom > b.bottom + 1;
      if (out_) { out.clipped.push(describe(node.parentElement) + " in " + describe(box) + ": " + node.textContent.trim().slice(0, 40)); break; }
    }
  }
  // Every cell inside its table's box, at every width (a cut-off last column scrolls out of sight).
  for (const wrapper of document.querySelectorAll(".rst-content .wy-table-responsive")) {
    const w = wrapper.getBoundingClientRect();
    if (wrapper.scrollWidth > wrapper.clientWidth + 1) out.cells.push("the table scrolls sideways: " + wrapper.getAttribute("aria-label"));
    if (w.left < -1 || w.right > doc.clientWidth + 1) out.cells.push("the table box leaves the window: " + wrapper.getAttribute("aria-label"));
    for (const cell of wrapper.querySelectorAll("tbody td, tbody th")) {
      const c = cell.getBoundingClientRect();
      if (c.left < w.left - 1 || c.right > w.right + 1) out.cells.push("cell outside its table: " + cell.textContent.trim().slice(0, 40));
      if (phone) {  // stacked: each cell headed by its column's name, in the page's direction
        const label = getComputedStyle(cell, "::before").content;
        if (cell.dataset.label && label !== JSON.stringify(cell.dataset.label)) out.cells.push("cell without its column label: " + cell.textContent.trim().slice(0, 40));
        if (getComputedStyle(cell).direction !== getComputedStyle(doc).direction) out.cells.push("cell in the wrong direction");
      }
    }
  }
  return out;
}"""


@pytest.fixture(scope="module")
def measured(browser, html_root):
    """{page: {"errors": [...], width: {"width": [scroll, client], "clipped": [...], "cells": [...]}}}."""
    context = browser.new_context(viewport={"width": WIDTHS[-1], "height": HEIGHT})
    context.route("http*://**/*", lambda route: route.abort())  # file:// only: nothing from a network
    page = context.new_page()
    errors = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(f"uncaught: {error}"))
    results = {}
    try:
        for path in built_pages(html_root):
            errors.clear()
            page.set_viewport_size({"width": WIDTHS[-1], "height": HEIGHT})
            page.goto((html_root / path).resolve().as_uri(), wait_until="load")
            page.evaluate("document.fonts.ready")
            results[path] = {"errors": list(errors)}
            for width in WIDTHS:
                page.set_viewport_size({"width": width, "height": HEIGHT})
                results[path][width] = page.evaluate(MEASURE, width in PHONES)
            results[path]["errors"] = list(errors)
    finally:
        context.close()
    return results


@pytest.mark.slow  # every page at four widths
def test_no_page_scrolls_sideways_at_any_width(measured):
    wide = [
        f"{path} at {width}px: {result[width]['width'][0]}px wide"
        for path, result in measured.items()
        for width in WIDTHS
        if result[width]["width"][0] != result[width]["width"][1]
    ]
    assert not wide, "pages wider than the window (they open scrolled or cut off):\n" + "\n".join(wide)


def found_at_every_width(measured, key: str) -> list[str]:
    """The problems of kind ``key`` that the measurement found, as "page at width: problem"."""
    return [
        f"{path} at {width}px: {item}"
        for path, result in measured.items()
        for width in WIDTHS
        for item in result[width][key]
    ]


@pytest.mark.slow  # every page at four widths
def test_no_text_is_cut_off_by_hidden_overflow(measured):
    clipped = found_at_every_width(measured, "clipped")
    assert not clipped, "text cut off by an ancestor with hidden overflow:\n" + "\n".join(clipped[:40])


@pytest.mark.slow  # every page at four widths
def test_table_cells_are_whole_at_every_width_and_labelled_on_phones(measured, html_root):
    problems = found_at_every_width(measured, "cells")
    assert not problems, "tables:\n" + "\n".join(problems[:40])
    assert any("data-label" in (html_root / path).read_text(encoding="utf-8") for path in measured), (
        "no labelled table was measured"
    )


@pytest.mark.slow  # every page at four widths
def test_no_console_error_on_any_page_from_the_file_system(measured):
    # Except 404.html: a server shows it at any missing URL, so its links are root-absolute
    # (DOCS_URL_PREFIX) by design and it is never opened as a file.
    errors = [
        f"{path}: {error[:200]}"
        for path, result in measured.items()
        if not path.endswith("/404.html")
        for error in result["errors"]
    ]
    assert not errors, "console errors from file://:\n" + "\n".join(errors)


def test_tables_print_whole(new_page, site_url):
    page = new_page(390, HEIGHT)
    page.goto(f"{site_url}/fa/pitfalls.html")
    page.emulate_media(media="print")
    cut = page.evaluate("""() => [...document.querySelectorAll('.wy-table-responsive')]
        .filter(w => w.scrollWidth > w.clientWidth + 1 || getComputedStyle(w).overflowX !== 'visible')
        .map(w => w.getAttribute('aria-label'))""")
    assert page.locator(".wy-table-responsive").count() and not cut, f"tables cut off on paper: {cut}"


def screenshot(page, name: str) -> None:
    """Saved for a person to look at: $BUILDDIR/screenshots/<name>."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / name)


def focused(page) -> dict:
    return page.evaluate("""() => { const e = document.activeElement;
        return {cls: e.className, href: e.getAttribute('href'), hreflang: e.getAttribute('hreflang'),
                toggle: e.matches("[data-toggle='wy-nav-top']"), inNav: !!e.closest('nav.wy-nav-side'),
                inText: !!e.closest('.wy-nav-content')}; }""")


@pytest.mark.parametrize("lang", sampled(LANGUAGES, SAMPLED_LANGUAGE))
def test_phone_tab_order_skip_link_menu_button_then_switcher(new_page, site_url, lang):
    page = new_page(390, HEIGHT)
    page.goto(f"{site_url}/{lang}/{PAGE}.html")
    assert not page.locator("nav.wy-nav-side").evaluate("n => n.checkVisibility({visibilityProperty: true})"), (
        "the closed menu is still visible to the keyboard and to assistive technology"
    )
    stops = []
    for _ in range(5):
        page.keyboard.press("Tab")
        stops.append(focused(page))
    assert stops[0]["cls"] == "skip-link", f"{lang}: Tab 1 is {stops[0]}, not the skip link"
    assert stops[1]["toggle"], f"{lang}: Tab 2 is {stops[1]}, not the menu button"
    assert not any(stop["inNav"] for stop in stops), f"{lang}: Tab lands in the closed menu: {stops}"
    assert any(stop["hreflang"] == other_language(lang) for stop in stops), (
        f"{lang}: the switcher is not within 5 Tabs: {stops}"
    )


@pytest.mark.parametrize("lang", sampled(LANGUAGES, SAMPLED_LANGUAGE))
def test_phone_menu_is_a_disclosure(new_page, site_url, lang):
    page = new_page(390, HEIGHT)
    page.goto(f"{site_url}/{lang}/{PAGE}.html")
    button = page.locator("[data-toggle='wy-nav-top']")
    button.focus()
    page.keyboard.press("Enter")
    assert button.get_attribute("aria-expanded") == "true"
    assert focused(page)["inNav"], f"{lang}: opening the menu leaves focus outside it: {focused(page)}"
    for _ in range(12):  # Tab stays with the menu and its top bar: the text behind is inert
        page.keyboard.press("Tab")
        assert not focused(page)["inText"], f"{lang}: Tab left the open menu for the page behind it"
    page.keyboard.press("Escape")
    assert button.get_attribute("aria-expanded") == "false", f"{lang}: Escape does not close the menu"
    assert "shift" not in page.get_attribute("nav.wy-nav-side", "class")
    assert focused(page)["toggle"], f"{lang}: Escape does not return focus to the menu button"
    # A tap beside the open menu closes it too.
    button.click()
    assert button.get_attribute("aria-expanded") == "true"
    page.wait_for_timeout(250)  # the page slides aside
    side = page.locator("nav.wy-nav-side").bounding_box()
    x = side["x"] - 20 if lang in RTL else side["x"] + side["width"] + 20
    x = min(max(x, 5), 385)
    page.mouse.click(x, 600)
    assert button.get_attribute("aria-expanded") == "false", f"{lang}: a tap outside the menu does not close it"
    assert focused(page)["toggle"]
    # Open, then widened to a desktop (a turned tablet): the page behind must not stay inert.
    button.click()
    page.set_viewport_size({"width": 1366, "height": HEIGHT})
    page.wait_for_function("!document.querySelector('.wy-nav-content').inert", timeout=2000)


@pytest.mark.parametrize("lang", sampled(LANGUAGES, SAMPLED_LANGUAGE))
def test_switcher_stays_in_reach_and_keeps_the_section_on_phones(new_page, site_url, html_root, lang):
    page = new_page(390, 700)
    page.goto(f"{site_url}/{lang}/{LONG_PAGE}.html")
    anchor = page.evaluate("[...document.querySelectorAll('[itemprop=articleBody] section[id] section[id]')].at(-2).id")
    page.evaluate(f"document.getElementById({anchor!r}).scrollIntoView()")
    page.wait_for_timeout(100)
    link = page.locator(".wy-nav-top a.language-switch-link")
    box = link.bounding_box()
    assert page.evaluate("scrollY") > 1000 and 0 <= box["y"] and box["y"] + box["height"] <= 700, (
        f"{lang}: the switcher is not on screen at a deep section ({box})"
    )
    # A tap where the reader sees it (Playwright's click() would first scroll the sticky link "into view").
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_url(f"**/{other_language(lang)}/{LONG_PAGE}.html#{anchor}", timeout=5000)
    screenshot(page, f"{other_language(lang)}-{LONG_PAGE}-phone-switched.png")


def test_persian_index_letter_bar_reads_in_each_scripts_order(new_page, site_url, html_root):
    page = new_page(390, HEIGHT)
    page.goto(f"{site_url}/fa/genindex.html")
    letters = page.evaluate("""() => [...document.querySelectorAll('.genindex-jumpbox a')].map(a => {
        const r = a.getBoundingClientRect(); return [a.textContent.trim(), r.x, r.y]; })""")
    persian = [letter for letter in letters if script_group(letter[0]) == PERSIAN]
    latin = [letter for letter in letters if script_group(letter[0]) != PERSIAN]
    assert persian and latin and letters[: len(persian)] == persian, f"Persian letters first: {letters}"
    assert [letter[0] for letter in persian] == sorted((letter[0] for letter in persian), key=sort_key)

    def reading(items, rtl):  # top to bottom, then along the line in the script's direction
        return [name for name, _, _ in sorted(items, key=lambda i: (round(i[2]), -i[1] if rtl else i[1]))]

    assert reading(persian, True) == [letter[0] for letter in persian], (
        f"Persian letters do not read right to left: {persian}"
    )
    assert reading(latin, False) == [letter[0] for letter in latin], f"Latin letters do not read left to right: {latin}"


def test_persian_details(new_page, site_url):
    page = new_page(390, HEIGHT)
    page.goto(f"{site_url}/fa/index.html")
    # «5.2 LTS»: the number stays left of the word it belongs to.
    order = page.evaluate("""() => { const run = document.querySelector('.ltr-run'); if (!run) return null;
        const text = run.firstChild, r = document.createRange(), i = text.data.indexOf('LTS');
        r.setStart(text, 0); r.setEnd(text, 3); const number = r.getBoundingClientRect().x;
        r.setStart(text, i); r.setEnd(text, i + 3); return [number, r.getBoundingClientRect().x]; }""")
    assert order and order[0] < order[1], f"5.2 LTS displays as LTS 5.2: {order}"
    page.goto(f"{site_url}/fa/{PAGE}.html")
    styles = page.evaluate("""() => ({
        caption: getComputedStyle(document.querySelector('.code-block-caption')).fontStyle,
        arrow: getComputedStyle(document.querySelector('footer a[rel=next] .fa')).display,
        tooltipFont: getComputedStyle(document.querySelector('button.copybtn'), '::after').fontFamily,
        tooltipDirection: getComputedStyle(document.querySelector('button.copybtn'), '::after').direction,
    })""")
    assert styles["caption"] == "normal", "captions in faux italic"
    assert styles["arrow"] == "inline-block", "an inline arrow cannot be flipped"
    assert "Vazirmatn" in styles["tooltipFont"] and styles["tooltipDirection"] == "rtl", styles


def test_external_link_icon_ends_the_link_in_its_reading_direction(new_page, site_url, html_root):
    page = new_page(1366, HEIGHT)
    page.goto(f"{site_url}/fa/model-signals.html")
    # Links in Persian text: the icon is the link's last glyph in the link's own direction
    # (left of a Persian link, right of one in Latin such as «Signal.connect()»).
    result = page.evaluate("""() => [...document.querySelectorAll('.rst-content p a.reference.external')].map(link => {
        const box = link.getBoundingClientRect(), r = document.createRange(); r.selectNodeContents(link);
        const rects = [...r.getClientRects()].filter(x => x.width);
        if (new Set(rects.map(x => Math.round(x.top))).size !== 1) return null;  // over two lines: no single end
        const left = Math.min(...rects.map(x => x.left)), right = Math.max(...rects.map(x => x.right));
        const latin = /^[^\u0600-\u06ff]*[A-Za-z]/.test(link.textContent);
        const iconLeft = left - box.left > 3, iconRight = box.right - right > 3;
        return [link.textContent, latin, latin ? iconRight && !iconLeft : iconLeft && !iconRight];
    }).filter(Boolean)""")
    kinds = {latin for _, latin, _ in result}
    assert kinds == {True, False}, f"fa/model-signals.html should have Persian and Latin external links: {result}"
    wrong = [text for text, _, ok in result if not ok]
    assert not wrong, f"external-link icon not at the end of: {wrong}"


@pytest.mark.parametrize(
    ("lang", "name", "copied"), [("en", "Copy to clipboard", "Copied!"), ("fa", "کپی در بریده‌دان", "کپی شد!")]
)
def test_copy_buttons_are_named_and_announce_the_copy(new_page, site_url, lang, name, copied):
    page = new_page(permissions=["clipboard-read", "clipboard-write"])
    page.goto(f"{site_url}/{lang}/{PAGE}.html")
    button = page.locator("button.copybtn").first
    button.wait_for(state="attached")
    assert button.get_attribute("aria-label") == name
    button.click()
    status = page.locator("[role=status].copybutton-status")
    status.wait_for(state="attached")
    page.wait_for_function(
        "t => document.querySelector('.copybutton-status').textContent === t", arg=copied, timeout=2000
    )


def test_root_chooser_is_bilingual_and_styled_without_javascript(new_page, site_url):
    page = new_page(390, HEIGHT, java_script_enabled=False)
    page.goto(f"{site_url}/index.html")
    assert page.url.endswith("/index.html") and page.locator("a[hreflang=fa]").is_visible()
    persian = page.locator("h1 [lang=fa]")
    assert persian.count() == 1 and persian.inner_text().strip()
    assert page.locator("a[hreflang=fa] [lang=fa], a[hreflang=fa][lang=fa]").count()
    style = page.evaluate("getComputedStyle(document.querySelector('a[hreflang=fa]')).fontFamily")
    assert "Vazirmatn" in style, f"the Persian choice is not set in a Persian font: {style}"
    assert page.evaluate("document.documentElement.scrollWidth") == 390
    screenshot(page, "root-chooser-phone-nojs.png")
