"""The Persian font: the committed Vazirmatn subset (scripts/subset_fonts.py) covers every Persian page.

The extension that loads it, persian/rtl, is tested on a tiny project in tests/extensions/test_rtl.py.
"""

import html
import importlib.util
import re

import pytest
from fontTools.ttLib import TTFont

from signals_docs.site import LANGUAGES
from sitepaths import ROOT

STATIC = ROOT / "docs" / "_ext" / "signals_docs" / "persian" / "static"
FONTS = STATIC / "fonts" / "vazirmatn"
# Shown on Persian pages but not Persian text: the fallback font draws them.
NOT_PERSIAN = {
    "✓": "the 'verified' badge's check mark",
    # Left-to-right isolates around a Latin word in Persian prose (locale/README.md): invisible
    # formatting characters (Unicode's default-ignorables), which no font draws.
    "\u2066": "LEFT-TO-RIGHT ISOLATE",
    "\u2069": "POP DIRECTIONAL ISOLATE",
}


def subset_script():
    spec = importlib.util.spec_from_file_location("subset_fonts", ROOT / "scripts" / "subset_fonts.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_unicode_range_merges_consecutive_code_points():
    unicode_range = subset_script().unicode_range
    assert unicode_range([0x41]) == "U+0041"
    assert unicode_range([0x20, 0x21, 0x22, 0x60C, 0x6F0, 0x6F1]) == "U+0020-0022, U+060C, U+06F0-06F1"
    with pytest.raises(ValueError):
        unicode_range([])


def test_font_css_records_its_source_and_points_at_committed_files():
    script = subset_script()
    css = (STATIC / LANGUAGES["fa"].font.css).read_text(encoding="utf-8")
    assert f'npm "vazirmatn@{script.VERSION}"' in css and "sha512-" in css
    assert "font-display: swap" in css
    sources = re.findall(r'url\("([^"]+)"\)', css)
    screen, printed = sources[: len(script.WEIGHTS)], sources[len(script.WEIGHTS) :]
    assert screen == [script.WOFF2] * len(script.WEIGHTS)  # one variable font, declared at each weight
    assert printed == [script.PRINT_WOFF2[weight] for weight in script.WEIGHTS]
    assert css.index("@media print") < css.index(printed[0]), "the static fonts are for print only"
    assert all((FONTS / name).is_file() for name in sources)
    # The site's record of the font (the root chooser's @font-face, the PDF's contents) names the same files.
    assert [f"fonts/vazirmatn/{name}" for name in screen] == list(LANGUAGES["fa"].font.files)
    assert [f"fonts/vazirmatn/{name}" for name in printed] == list(LANGUAGES["fa"].font.print_files)
    assert "SIL OPEN FONT LICENSE Version 1.1" in (FONTS / "OFL.txt").read_text(encoding="utf-8")
    assert not [p.name for p in FONTS.iterdir() if "FD" in p.name or "Farsi-Digits" in p.name]


def test_subset_covers_every_code_point_it_promises():
    script = subset_script()
    font = TTFont(FONTS / script.WOFF2)
    missing = [f"U+{cp:04X}" for cp in script.codepoints() if cp not in font.getBestCmap()]
    assert not missing, missing
    axis = next(axis for axis in font["fvar"].axes if axis.axisTag == "wght")
    assert (axis.minValue, axis.defaultValue, axis.maxValue) == (400, 400, 700), "the weights the pages use"


def test_print_fonts_are_the_subset_at_each_weight_without_variations():
    """A PDF embeds a static font as TrueType; a variable one becomes Type 3 drawings (make pdf)."""
    script = subset_script()
    variable = TTFont(FONTS / script.WOFF2)
    for weight, name in script.PRINT_WOFF2.items():
        static = TTFont(FONTS / name)
        assert "fvar" not in static and "gvar" not in static, f"{name} still has variations"
        assert static.getBestCmap() == variable.getBestCmap(), f"{name} covers other characters than {script.WOFF2}"
        assert static["OS/2"].usWeightClass == weight


@pytest.mark.build
def test_every_character_of_the_persian_pages_is_in_the_font(html_root):
    """A character outside the subset would show in another font.

    Fix: add its range to RANGES in scripts/subset_fonts.py and run it; if
    Vazirmatn has no such glyph (the script says so), list it in NOT_PERSIAN.
    """
    cmap = set(TTFont(FONTS / "Vazirmatn.subset.woff2").getBestCmap())
    missing = {}
    for path in sorted((html_root / "fa").rglob("*.html")):
        text = re.sub(r"(?s)<(script|style|pre|code)\b.*?</\1>|<!--.*?-->", "", path.read_text(encoding="utf-8"))
        for char in html.unescape(re.sub(r"<[^>]+>", " ", text)):
            # Private-use code points are icon-font glyphs (FontAwesome), not text.
            if char.isspace() or ord(char) in cmap or char in NOT_PERSIAN or 0xE000 <= ord(char) <= 0xF8FF:
                continue
            missing.setdefault(f"U+{ord(char):04X} {char!r}", []).append(path.name)
    assert not missing, {char: pages[:3] for char, pages in missing.items()}


def loaded_css(page_path) -> str:
    """The stylesheets a built page loads for the screen (assets/css_bundle joins them into one)."""
    page = page_path.read_text(encoding="utf-8")
    links = re.findall(r"<link\b[^>]*>", page.split("</head>")[0])
    hrefs = [re.search(r'href="([^"?]+)', link).group(1) for link in links
             if 'rel="stylesheet"' in link and "media=" not in link]  # fmt: skip
    assert hrefs, f"{page_path} loads no stylesheet"
    return "\n".join((page_path.parent / href).read_text(encoding="utf-8") for href in hrefs)


@pytest.mark.build
@pytest.mark.parametrize("lang", LANGUAGES)
def test_only_persian_pages_load_the_persian_stylesheets(html_root, lang):
    css = loaded_css(html_root / lang / "why-signals.html")
    assert ("Vazirmatn.subset.woff2" in css) == (lang == "fa"), "the Vazirmatn @font-face"
    assert (":lang(fa) em{font-style:normal" in css) == (lang == "fa"), "rtl.css's rules"
