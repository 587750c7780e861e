"""Subset a font to some code points and write it as woff2: a helper, not an extension.

Why: the site subsets two fonts — the theme's FontAwesome icon font to the icons
its stylesheet still draws (``assets/icon_font``, at every build) and Vazirmatn
to the Persian pages' glyphs (``scripts/subset_fonts.py``, by a maintainer) —
and both must write deterministic woff2 files that keep the font's licence names.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from fontTools import subset


def subset_woff2(
    source: Path, target: Path, codepoints: Iterable[int], *, shaping: bool = True, unused_features: Iterable[str] = ()
) -> Path:
    """Write ``source`` cut down to ``codepoints`` as a woff2 ``target``; the same input gives the same bytes.

    ``shaping=False`` drops every OpenType layout feature (an icon font needs none);
    by default pyftsubset's defaults stay, which keep Persian shaping (init, medi,
    fina, isol, rlig, ccmp, mark, mkmk, kern) without small caps and such, less
    ``unused_features`` (and the glyphs only they reach).
    """
    options = subset.Options()
    options.flavor = "woff2"
    unused = set(unused_features)
    options.layout_features = [] if not shaping else [tag for tag in options.layout_features if tag not in unused]
    options.name_IDs = ["*"]  # keep the copyright and licence names of the font
    options.hinting = False  # browsers do not use TrueType hints at these sizes
    options.notdef_outline = True
    options.drop_tables += ["FFTM"]  # FontForge timestamps
    options.recalc_timestamp = False
    font = subset.load_font(str(source), options)
    try:
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=sorted(codepoints))
        subsetter.subset(font)
        target.parent.mkdir(parents=True, exist_ok=True)
        subset.save_font(font, str(target), options)
    finally:
        font.close()  # the source file stays open until then
    return target
