"""assets/icon_font: the icon font cut down to the icons the stylesheet draws."""

import pytest
from fontTools.ttLib import TTFont

from signals_docs.assets.icon_font import ICON_SUBSET_FILE, icon_codepoints, point_at_subset


def test_icon_codepoints_reads_escaped_and_literal_glyphs():
    # theme.css writes the external-link mark as content:"\f08e"; the subset must keep it.
    css = 'a:after{content:"\\f08e"}.b:before{content:"\uf015"}@media print{.c:before{content:"\\f002"}}.d{content:"x"}'
    assert icon_codepoints(css) == {0xF08E, 0xF015, 0xF002}


def test_the_icon_font_face_points_at_the_subset():
    css = (
        "/*! Font Awesome - http://fontawesome.io */"
        '@font-face{font-family:FontAwesome;src:url(fonts/fa.eot?v=4);src:url(fonts/fa.woff2?v=4) format("woff2")}'
        ".x{color:red}"
    )
    rewritten, old = point_at_subset(css)
    assert f'src:url({ICON_SUBSET_FILE}) format("woff2")' in rewritten and ".eot" not in rewritten
    assert rewritten.endswith(".x{color:red}")
    assert old == ["fonts/fa.eot", "fonts/fa.woff2"]


@pytest.mark.sphinx("html", testroot="icon_font")
def test_the_build_ships_only_the_subset(app):
    app.build()
    css_dir = app.outdir / "_static" / "css"
    css = (css_dir / "theme.css").read_text(encoding="utf-8")
    assert sorted(p.name for p in (css_dir / "fonts").iterdir() if p.name.startswith("fontawesome")) == [
        "fontawesome-subset.woff2"
    ]
    icons = icon_codepoints(css)
    assert 0xF08E in icons  # the external-link mark (html_theme_options style_external_links)
    with TTFont(css_dir / ICON_SUBSET_FILE) as font:
        cmap = font.getBestCmap()
    assert icons <= set(cmap)
    assert len(cmap) < 1000
    assert not app.warning.getvalue()
