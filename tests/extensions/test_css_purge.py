"""assets/css_purge: the theme's stylesheet without unused rules and without its Latin web fonts."""

import pytest
import tinycss2

from signals_docs.assets.css_purge import FONT_STACKS, purge, selector_is_used, selectors
from signals_docs.css import parse


def test_selectors_split_at_top_level_commas_only():
    rule = parse('a:not(.x, .y),b[title="a,b"] , .c{color:red}')[0]
    assert selectors(rule) == ["a:not(.x, .y)", 'b[title="a,b"]', ".c"]


def test_selectors_are_dropped_only_for_missing_classes_or_ids():
    tokens = {"used", "here"}
    assert selector_is_used(".used .here > a:hover", tokens)
    assert selector_is_used("a[href]", tokens)
    assert not selector_is_used(".used .gone", tokens)
    assert not selector_is_used("#gone", tokens)
    assert selector_is_used(".used:not(.gone)", tokens)  # :not() matches more without its class


def test_purge_keeps_used_rules_and_drops_web_fonts_with_their_files():
    css = (
        '/*! licence */@import url(x.css);@font-face{font-family:Lato;src:url(fonts/lato.woff2?v=1) format("woff2")}'
        "@font-face{font-family:FontAwesome;src:url(fonts/fa.woff2)}"
        'body{font-family:Lato}.used,.gone{color:red}.gone{color:blue}.used:after{content:"{"}'
        "@media (max-width:768px){.gone{x:y}.used{x:y}}@media print{.gone{x:y}}"
    )
    purged, files = purge(css, {"used"})
    assert files == ["fonts/lato.woff2"]
    assert "Lato;" not in purged and "lato.woff2" not in purged
    assert "@font-face{font-family:FontAwesome;src:url(fonts/fa.woff2)}" in purged
    assert f"body{{font-family:{FONT_STACKS['Lato']}}}" in purged
    assert '.used{color:red}.used:after{content:"{"}' in purged and ".gone" not in purged
    assert "@media (max-width:768px){.used{x:y}}" in purged and "print" not in purged
    assert purged.startswith("@import url(x.css);")


def test_a_stylesheet_that_does_not_parse_is_an_error():
    with pytest.raises(ValueError, match="line 1"):
        purge("a{color:red} b", set())


@pytest.mark.sphinx("html", testroot="css_purge")
def test_the_built_theme_css_keeps_what_pages_use(app, built):
    css = built("_static/css/theme.css")
    rules = parse(css)
    kept = {s for rule in rules if rule.type == "qualified-rule" for s in selectors(rule)}
    assert ".wy-nav-content" in kept  # the theme's main column, on every page
    assert not any(".wy-alert-danger" in s for s in kept)  # an admonition class no page writes
    faces = [tinycss2.serialize(r.content) for r in rules if r.type == "at-rule" and r.lower_at_keyword == "font-face"]
    assert not [face for face in faces if "Lato" in face or "Roboto Slab" in face]
    fonts = {p.name for p in (app.outdir / "_static" / "css" / "fonts").iterdir()}
    assert not [name for name in fonts if name.startswith(("lato", "Roboto"))]
    assert not (app.outdir / "_static" / "fonts" / "Lato").exists()
    assert len(css) < 60_000
    assert not app.warning.getvalue()
