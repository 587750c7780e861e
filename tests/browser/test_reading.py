"""What a reader met on the built pages, checked as they met it: the keyboard's place on the
theme control, a file name cut in two on a phone, the index's letter bar where two scripts meet,
code printed by a reader who reads in the dark, and the root page of a dark system without JavaScript.
"""

import html
import re
import shutil
import subprocess
from itertools import pairwise

import pytest

from builtsite import require
from sitepaths import LANGUAGES, SAMPLED_LANGUAGE, sampled

pytestmark = pytest.mark.browser


def luminance(rgb: str) -> float:
    """Relative luminance of a computed ``rgb(r, g, b)`` colour (WCAG)."""
    channels = [int(c) / 255 for c in rgb[rgb.index("(") + 1 : rgb.index(")")].split(",")[:3]]
    r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def style(page, selector: str, prop: str) -> str:
    return page.evaluate(f"getComputedStyle(document.querySelector({selector!r})).{prop}")


@pytest.mark.parametrize("lang", sampled(LANGUAGES, SAMPLED_LANGUAGE))
@pytest.mark.parametrize(
    ("width", "where", "bar"), [(1280, "side", ".wy-side-nav-search"), (390, "top", ".wy-nav-top")]
)
def test_the_theme_control_shows_the_keyboard_focus(new_page, site_url, lang, width, where, bar):
    page = new_page(width)
    page.goto(f"{site_url}/{lang}/index.html")
    before = page.locator(bar).screenshot()
    control = f"color-scheme-{where}"
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate(f"document.activeElement?.id === {control!r}"):
            break
    else:
        pytest.fail(f"Tab never reached #{control}")
    assert style(page, f"#{control}", "outlineStyle") != "none", f"#{control} has no focus outline"
    assert page.locator(bar).screenshot() != before, f"#{control} looks the same focused and unfocused"


@pytest.mark.parametrize("lang", sampled(LANGUAGES, SAMPLED_LANGUAGE))
def test_caption_file_names_stay_whole_on_a_phone(new_page, site_url, lang):
    """At 320 px a caption's path may wrap after a slash, never inside the file's name
    ("shipping." on one line, "py" on the next, among the Persian words)."""
    page = new_page(320)
    cut = []
    for slug in ("custom-signals", "connecting", "request-signals"):
        page.goto(f"{site_url}/{lang}/{slug}.html")
        cut += page.evaluate(
            """() => [...document.querySelectorAll('.code-block-caption code.example-path')].flatMap(code => {
                const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT), chars = [];
                for (let node; (node = walker.nextNode());)
                    for (let i = 0; i < node.length; i++) chars.push([node, i, node.data[i]]);
                const slash = chars.findLastIndex(([, , c]) => c === '/');
                const range = document.createRange();
                range.setStart(chars[slash + 1][0], chars[slash + 1][1]);
                range.setEnd(chars.at(-1)[0], chars.at(-1)[1] + 1);
                const lines = new Set([...range.getClientRects()].filter(r => r.width).map(r => Math.round(r.top)));
                return lines.size > 1 ? [location.pathname.split('/').slice(-2).join('/') + ': ' + code.textContent] : [];
            })"""
        )
    assert not cut, "file names broken across lines at 320 px:\n" + "\n".join(cut)


@pytest.mark.parametrize("width", [320, 390, 1280])
@pytest.mark.parametrize("lang", sampled(LANGUAGES, SAMPLED_LANGUAGE))
def test_the_index_letter_bar_reads_in_order(new_page, site_url, lang, width):
    """Letter after letter, each script in its own direction (Persian right to left, Latin
    left to right, test_phones.py holds the Persian index to it at 390 px), and no
    separator shown: reordered where the scripts met, they read "| |" beside a lone "W"."""
    page = new_page(width)
    page.goto(f"{site_url}/{lang}/genindex.html")
    bar = page.evaluate(
        """() => {
            const box = document.querySelector('.genindex-jumpbox');
            const links = [...box.querySelectorAll('a')].map(a => {
                const r = a.getBoundingClientRect(), letter = a.textContent.trim();
                const rtl = !/^[A-Za-z]/.test(letter);  // a Persian letter reads right to left
                return {letter, rtl, top: Math.round(r.top), start: rtl ? -r.right : r.left};
            });
            const separators = [...box.childNodes].filter(n => n.nodeType === Node.TEXT_NODE && n.textContent.trim())
                .flatMap(n => { const range = document.createRange(); range.selectNodeContents(n);
                                return [...range.getClientRects()].filter(r => r.width > 0).map(() => n.textContent.trim()); });
            return {links, separators};
        }"""
    )
    links = bar["links"]
    assert len(links) > 5
    out_of_order = [
        f"{a['letter']} then {b['letter']}"
        for a, b in pairwise(links)
        if a["rtl"] == b["rtl"] and not (b["top"] > a["top"] or (b["top"] == a["top"] and b["start"] > a["start"]))
    ]
    assert not out_of_order, f"{lang}/genindex.html at {width} px, letters out of reading order: {out_of_order}"
    assert not bar["separators"], f"visible text separators in the letter bar: {bar['separators']}"
    latin_lines = {link["top"] for link in links if not link["rtl"]}
    if any(link["rtl"] for link in links):  # the Persian index: its few Latin letters wrap as one run
        assert len(latin_lines) <= 1, f"{lang}/genindex.html at {width} px splits the Latin letters across lines"


@pytest.mark.parametrize("lang", sampled(LANGUAGES, SAMPLED_LANGUAGE))
def test_a_dark_reader_prints_code_dark_on_light(new_page, site_url, lang):
    page = new_page(color_scheme="dark")
    page.goto(f"{site_url}/{lang}/custom-signals.html")
    page.wait_for_function("document.getElementById('pygments-dark')?.sheet")
    assert luminance(style(page, "div.highlight", "backgroundColor")) < 0.1, "the screen's code is not dark"
    page.emulate_media(media="print")
    background = style(page, "div.highlight", "backgroundColor")
    keyword = style(page, "div.highlight .k", "color")
    assert luminance(background) > 0.8, f"printed code background {background}: not light"
    assert contrast(keyword, background) >= 4.5, f"printed keywords {keyword} on {background}"


@pytest.mark.parametrize("lang", sampled(LANGUAGES, SAMPLED_LANGUAGE))
def test_copy_buttons_follow_the_theme(new_page, site_url, lang):
    for scheme in ("light", "dark"):
        page = new_page(color_scheme=scheme)
        page.goto(f"{site_url}/{lang}/custom-signals.html")
        page.hover("div.highlight")
        button = "div.highlight button.copybtn"
        page.wait_for_function(f"getComputedStyle(document.querySelector({button!r})).opacity === '1'")
        code = style(page, "div.highlight", "backgroundColor")
        face, icon = style(page, button, "backgroundColor"), style(page, button, "color")
        assert contrast(icon, face) >= 4.5, f"{scheme}: copy icon {icon} on {face}"
        if scheme == "dark":
            assert luminance(face) < 0.1, f"a light copy button ({face}) on dark code ({code})"


@pytest.mark.parametrize("scheme", sampled(["light", "dark"], "dark"))
def test_the_root_page_follows_the_system_without_javascript(browser, site_url, scheme):
    context = browser.new_context(color_scheme=scheme, java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(f"{site_url}/index.html")
        background, text = style(page, "body", "backgroundColor"), style(page, "body", "color")
        card = style(page, "a.choice", "backgroundColor")
        assert (luminance(background) < 0.1) == (scheme == "dark"), f"{scheme} system, page background {background}"
        assert (luminance(card) < 0.1) == (scheme == "dark"), f"{scheme} system, choice background {card}"
        assert contrast(text, background) >= 4.5
    finally:
        context.close()


def blank_bottom(pgm: bytes) -> float:
    """The share of a page's height left blank at its bottom, from a binary PGM (``pdftoppm -gray``)."""
    magic, width, height, _depth, pixels = pgm.split(maxsplit=4)
    assert magic == b"P5"
    width, height = int(width), int(height)
    rows = [pixels[y * width : (y + 1) * width] for y in range(height)]
    blank = 0
    for row in reversed(rows):
        if min(row) < 200:
            break
        blank += 1
    return blank / height


# A page's bottom margin and a paragraph that did not fit are white too: a quarter is a missing block.
MOST_BLANK = 0.25


@pytest.mark.slow  # prints four pages to PDF and renders them (~10 s): with the PDF gates
@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("slug", ["model-signals", "why-signals"])
def test_a_printed_diagram_leaves_no_half_page_blank(new_page, site_url, html_root, tmp_path, lang, slug):
    """The diagrams are tall: printed whole and in the text's flow, model-signals' waited for
    the next page below half a page of white. The page before the diagram's must be full."""
    for tool in ("pdftoppm", "pdftotext"):
        require(shutil.which(tool) is not None, f"{tool} is not installed (Debian: apt-get install poppler-utils)")
    page = new_page()
    page.goto(f"{site_url}/{lang}/{slug}.html")
    page.evaluate("document.fonts.ready")
    diagram = page.get_attribute("figure img", "src")
    # The diagram's text stays text in the PDF: the name in its first line of code finds its page.
    svg = (html_root / lang / diagram).read_text(encoding="utf-8")
    code = html.unescape(re.search(r'<text class="[^"]*\bcode\b[^"]*"[^>]*>([^<]+)', svg)[1])
    marker = max(re.findall(r"[\w.]+", code), key=len)  # "signal.send": whole in either language's PDF text
    page.emulate_media(media="print")
    pdf = tmp_path / "page.pdf"
    page.pdf(path=str(pdf), format="A4", print_background=True)

    def poppler(tool: str, number: int, *options: str) -> bytes:
        command = [
            tool,
            *options,
            "-f",
            str(number),
            "-l",
            str(number),
            str(pdf),
            *(["-"] if tool == "pdftotext" else []),
        ]
        return subprocess.run(command, capture_output=True, check=True).stdout

    pages = int(re.search(rb"Pages:\s+(\d+)", subprocess.run(["pdfinfo", str(pdf)], capture_output=True).stdout)[1])
    on = next((n for n in range(1, pages + 1) if marker in poppler("pdftotext", n).decode()), None)
    assert on, f"{lang}/{slug}: the diagram's {marker!r} is on no printed page"
    if on > 1:
        blank = blank_bottom(poppler("pdftoppm", on - 1, "-gray", "-r", "30"))
        assert blank < MOST_BLANK, (
            f"{lang}/{slug}: {blank:.0%} of page {on - 1} is blank before the diagram on page {on}"
        )
