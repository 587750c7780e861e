#!/usr/bin/env python3
"""Subset Vazirmatn to the glyphs the Persian pages need and write it to docs/_ext/signals_docs/persian/static/fonts/.

Why: Vazirmatn's webfonts weigh 50 KB per weight and cover Arabic, Urdu and
more; Persian pages need only the letters, digits and punctuation of Persian plus
basic Latin, in the two weights the theme uses (400 and 700): 29 KB for both. The subset is committed (a build never fetches anything), so this script
is a maintainer's tool, run again only to change the font version or the ranges:

    .venv/bin/python scripts/subset_fonts.py                 # npm pack vazirmatn@VERSION into a temp dir
    .venv/bin/python scripts/subset_fonts.py --package vazirmatn-33.0.3.tgz
    .venv/bin/python scripts/subset_fonts.py --narrow    # cut the committed subset to RANGES, offline

--narrow only removes code points (a subset of the subset holds the same glyphs,
outlines and shaping as one made from the package); to add one, use the package.

It writes one woff2, the licence (OFL.txt) and vazirmatn.css, whose header records
the npm package version and integrity it was made from. The woff2 is the variable
font with its weight axis cut to the two weights the pages use (400 to 700): 29 KB,
where the two static weights' subsets were 33 KB in two requests (issue 27). At 700
it is the static Bold's design with the same advance widths: pages lay out alike. vazirmatn.css
declares it twice, at 400 and at 700, as the static weights were: text the theme
sets at 600 still gets 700, not a semibold. Never the Farsi-Digits variant: it would
show Persian digits in code while copying Latin ones.

For print it also writes the two weights as static fonts, instances of that same
subset, and declares them inside ``@media print``: Chromium's PDF writer embeds a
variable font as Type 3 glyph drawings, whose text a PDF reader cannot search or
copy in reading order, while a static font goes in as TrueType with its shaping
intact (``make pdf``). Screens never download them (a font face loads only when
text uses it, and these apply only to print).
"""

import argparse
import base64
import hashlib
import json
import re
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from fontTools.ttLib import TTFont
from fontTools.varLib import instancer

from _paths import ROOT
from signals_docs.font_subset import subset_woff2
from signals_docs.site import VAZIRMATN

PACKAGE = "vazirmatn"
VERSION = "33.0.3"
WEIGHTS = VAZIRMATN.weights  # the weights sphinx-rtd-theme's CSS asks for: the ends of the kept axis
SOURCE_FONT = "package/fonts/variable/Vazirmatn[wght].ttf"
LICENCE = "package/OFL.txt"
OUT = ROOT / "docs" / "_ext" / "signals_docs" / "persian" / "static" / "fonts" / "vazirmatn"
WOFF2 = "Vazirmatn.subset.woff2"
#: weight -> the static instance of WOFF2 that print uses (see the docstring)
PRINT_WOFF2 = {400: "Vazirmatn-Regular.print.woff2", 700: "Vazirmatn-Bold.print.woff2"}
#: Layout features no page turns on (no CSS asks for font-variant-numeric fractions, and the
#: browser applies them only when asked): left out with the 21 glyphs only they reach
#: (issue 27: 34.6 -> 33.0 KB for the two weights).
UNUSED_FEATURES = ("frac", "numr", "dnom")

# (first, last, what): the code points Persian pages use, and the few a translator
# is likely to add (ؤ, shadda, ٪). Arabic-only letters (ي U+064A, ك U+0643, ى U+0649,
# ة U+0629, إ U+0625), the tatweel, the rarer harakat, ASCII punctuation Persian
# prose writes its own way (? ; " are ؟ ؛ « ») or only in code (monospace: $ % & * + < >
# [ \ ] ^ ` { } ~) and typographer's marks the edition never writes (‐ ‒ ‚ ‛ ‹ ›)
# are left out: each glyph brings its shaped forms and kerning (issue 27: 38 -> 34 KB).
# tests/site/test_persian_font.py checks every character of the built Persian pages is here.
RANGES = [
    (0x0020, 0x0021, "space, !"),
    (0x0023, 0x0023, "#"),
    (0x0027, 0x0029, "' ( )"),
    (0x002C, 0x003A, ", - . / digits :"),
    (0x003D, 0x003D, "="),
    (0x0040, 0x005A, "@ and capital letters: Django, names in prose"),
    (0x005F, 0x005F, "_"),
    (0x0061, 0x007A, "small letters"),
    (0x007C, 0x007C, "|"),
    (0x00A0, 0x00A0, "no-break space"),
    (0x00A9, 0x00A9, "copyright sign (footer)"),
    (0x00AB, 0x00AB, "« Persian opening quote"),
    (0x00B7, 0x00B7, "middle dot"),
    (0x00BB, 0x00BB, "» Persian closing quote"),
    (0x00D7, 0x00D7, "multiplication sign"),
    (0x060C, 0x060C, "، Persian comma"),
    (0x061B, 0x061B, "؛ Persian semicolon"),
    (0x061F, 0x061F, "؟ Persian question mark"),
    (0x0621, 0x0624, "hamza, آ, أ, ؤ"),
    (0x0626, 0x0628, "ئ, ا, ب"),
    (0x062A, 0x063A, "ت to غ"),
    (0x0641, 0x0642, "ف, ق"),
    (0x0644, 0x0648, "ل, م, ن, ه, و"),
    (0x064B, 0x064B, "tanvin (-an), as in «معمولاً»"),
    (0x064F, 0x0651, "damma, kasra, shadda"),
    (0x0654, 0x0654, "hamza above"),
    (0x066A, 0x066C, "٪ ٫ ٬ percent, decimal and thousands separators"),
    (0x067E, 0x067E, "پ"),
    (0x0686, 0x0686, "چ"),
    (0x0698, 0x0698, "ژ"),
    (0x06A9, 0x06A9, "ک Persian kaf"),
    (0x06AF, 0x06AF, "گ"),
    (0x06C0, 0x06C0, "ۀ"),
    (0x06CC, 0x06CC, "ی Persian yeh"),
    (0x06F0, 0x06F9, "۰-۹ Persian digits"),
    (0x200C, 0x200F, "ZWNJ, ZWJ, LRM, RLM"),
    (0x2013, 0x2014, "en and em dashes"),
    (0x2018, 0x2019, "single quotation marks"),
    (0x201C, 0x201D, "double quotation marks"),
    (0x2022, 0x2022, "bullet"),
    (0x2026, 0x2026, "ellipsis"),
]


def codepoints() -> list[int]:
    return sorted({cp for first, last, _ in RANGES for cp in range(first, last + 1)})


def unicode_range(points: list[int]) -> str:
    """CSS ``unicode-range`` for ``points``: consecutive code points become ``U+a-b``."""
    if not points:
        raise ValueError("unicode_range() needs at least one code point")
    spans, start, prev = [], points[0], points[0]
    for cp in points[1:] + [None]:
        if cp is not None and cp == prev + 1:
            prev = cp
            continue
        spans.append(f"U+{start:04X}" if start == prev else f"U+{start:04X}-{prev:04X}")
        if cp is not None:
            start = prev = cp
    return ", ".join(spans)


def fetch(version: str, folder: Path) -> Path:
    """``npm pack vazirmatn@version`` into ``folder``; return the tarball."""
    result = subprocess.run(
        ["npm", "pack", f"{PACKAGE}@{version}", "--json", "--pack-destination", str(folder)],
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    return folder / json.loads(result.stdout)[0]["filename"]


def integrity(tarball: Path) -> str:
    return "sha512-" + base64.b64encode(hashlib.sha512(tarball.read_bytes()).digest()).decode()


def extract(tarball: Path, folder: Path, version: str) -> Path:
    with tarfile.open(tarball) as archive:
        archive.extractall(folder, filter="data")
    meta = json.loads((folder / "package" / "package.json").read_text(encoding="utf-8"))
    if meta.get("name") != PACKAGE or meta.get("version") != version:
        sys.exit(f"{tarball}: expected {PACKAGE} {version}, found {meta.get('name')} {meta.get('version')}")
    return folder


def face(src: str, weight: int, *extra: str, indent: str = "") -> str:
    """One ``@font-face`` of the family: ``src`` at ``weight``, with ``extra`` declarations."""
    lines = ["font-family: \"Vazirmatn\";", f'src: url("{src}") format("woff2");', f"font-weight: {weight};",
             "font-style: normal;", *extra]  # fmt: skip
    body = "".join(f"{indent}  {line}\n" for line in lines)
    return f"{indent}@font-face {{\n{body}{indent}}}\n"


def css(version: str, sri: str, points: list[int]) -> str:
    screen = [f"unicode-range: {unicode_range(points)};"]
    faces = "".join(face(WOFF2, weight, "font-display: swap;", *screen) for weight in WEIGHTS)
    # No unicode-range: a printed page has no other page to save a download for.
    printed = "".join(face(PRINT_WOFF2[weight], weight, indent="  ") for weight in WEIGHTS)
    return f"""/* Vazirmatn {version}, SIL Open Font License 1.1 (see OFL.txt), from npm "{PACKAGE}@{version}"
   ({sri}).
   Subset to the Persian pages' glyphs by scripts/subset_fonts.py; do not edit by hand. */
{faces}/* Print: static instances of the same subset, which a PDF embeds as TrueType (not Type 3). */
@media print {{
{printed}}}
"""


def write_print_instances(out: Path) -> None:
    """The static fonts print uses: ``out / WOFF2`` instanced at each weight; the same input gives the same bytes."""
    for weight in WEIGHTS:
        static = instancer.instantiateVariableFont(TTFont(out / WOFF2), {"wght": weight})
        static.flavor = "woff2"
        static.recalcTimestamp = False
        static.save(out / PRINT_WOFF2[weight])


def narrow(out: Path) -> None:
    """Subset the committed woff2 files again to ``codepoints()``; the CSS keeps its source line."""
    points = codepoints()
    header = (out / "vazirmatn.css").read_text(encoding="utf-8")
    found = re.search(r'npm "vazirmatn@([^"]+)"\s*\((sha512-[^)]+)\)', header)
    if not found:
        sys.exit(f"{out / 'vazirmatn.css'} does not record its npm package; run without --narrow")
    with tempfile.TemporaryDirectory() as tmp:
        woff2 = out / WOFF2
        missing = [f"U+{cp:04X}" for cp in points if cp not in TTFont(woff2).getBestCmap()]
        if missing:
            sys.exit(f"{woff2} lacks {', '.join(missing)}: --narrow cannot add code points")
        copy = Path(tmp) / woff2.name
        copy.write_bytes(woff2.read_bytes())
        subset_woff2(copy, woff2, points, unused_features=UNUSED_FEATURES)
        print(f"{woff2}: {woff2.stat().st_size / 1024:.1f} KiB, {len(points)} code points")
    write_print_instances(out)
    (out / "vazirmatn.css").write_text(css(found.group(1), found.group(2), points), encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--version", default=VERSION, help=f"npm package version (default {VERSION})")
    parser.add_argument("--package", type=Path, help="a vazirmatn .tgz already packed with npm pack")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--narrow", action="store_true", help="cut the committed subset down to RANGES (offline)")
    args = parser.parse_args(argv)
    if args.narrow:
        narrow(args.out)
        return
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        tarball = args.package or fetch(args.version, tmp)
        folder = extract(tarball, tmp / "unpacked", args.version)
        args.out.mkdir(parents=True, exist_ok=True)
        points = codepoints()
        source = tmp / "Vazirmatn-400-700.ttf"
        instance = instancer.instantiateVariableFont(
            TTFont(folder / SOURCE_FONT), {"wght": (min(WEIGHTS), max(WEIGHTS))}
        )
        instance.recalcTimestamp = False  # the same package gives the same bytes
        instance.save(source)
        # pyftsubset's default features keep Persian shaping (subset_woff2's shaping=True).
        subset_woff2(source, args.out / WOFF2, points, unused_features=UNUSED_FEATURES)
        write_print_instances(args.out)
        (args.out / "OFL.txt").write_bytes((folder / LICENCE).read_bytes())
        (args.out / "vazirmatn.css").write_text(css(args.version, integrity(tarball), points), encoding="utf-8")
    woff2 = args.out / WOFF2
    missing = [f"U+{cp:04X}" for cp in points if cp not in TTFont(woff2).getBestCmap()]
    print(f"{woff2}: {woff2.stat().st_size / 1024:.1f} KiB, {len(points) - len(missing)} code points")
    if missing:
        sys.exit(f"not in Vazirmatn {args.version}: {', '.join(missing)}; drop them from RANGES")


if __name__ == "__main__":
    main()
