"""Unit tests of the pure functions of the quality extensions (docs/_ext)."""

import pytest
from signals_docs.i18n.absolute_alternates import alternate_href
from signals_docs.chrome.caption_aria_level import add_aria_level
from signals_docs.chrome.image_sizes import add_size
from signals_docs.assets.lean_assets import css_blocks, icon_codepoints, selector_is_used, trim_css
from sphinx.errors import ExtensionError


def test_css_blocks_split_rules_statements_and_nested_blocks():
    css = '@import url(x.css);a{color:red}@media print{a{color:#000}}.b{content:"{"}'
    assert list(css_blocks(css)) == [
        ("@import url(x.css)", None),
        ("a", "color:red"),
        ("@media print", "a{color:#000}"),
        (".b", 'content:"{"'),
    ]


def test_a_licence_comment_before_a_rule_is_not_part_of_its_prelude():
    # Font Awesome's theme.css opens with "/*! Font Awesome ... fontawesome.io ... */@font-face{...}":
    # read as a selector, ".io" looked like an unused class and the icon font was dropped.
    css = "/*! Font Awesome - http://fontawesome.io */@font-face{font-family:FontAwesome;src:url(a.eot)}"
    assert list(css_blocks(css)) == [("@font-face", "font-family:FontAwesome;src:url(a.eot)")]
    assert 'src:url(icons.woff2) format("woff2")' in trim_css(css, set(), icon_src="icons.woff2")


def test_icon_codepoints_reads_literal_and_escaped_glyphs():
    # theme.css writes the external-link mark as content:"\\f08e"; the subset must keep it.
    assert icon_codepoints('a:after{content:"\\f08e"}.b:before{content:"\uf015"}') == {0xF08E, 0xF015}


def test_css_blocks_reject_unbalanced_braces():
    with pytest.raises(ValueError, match="unclosed"):
        list(css_blocks("a{color:red"))


def test_selectors_are_dropped_only_for_missing_classes_or_ids():
    tokens = {"used", "here"}
    assert selector_is_used(".used .here > a:hover", tokens)
    assert selector_is_used("a[href]", tokens)
    assert not selector_is_used(".used .gone", tokens)
    assert not selector_is_used("#gone", tokens)
    assert selector_is_used(".used:not(.gone)", tokens)  # :not() matches more without its class


def test_trim_css_keeps_used_rules_drops_web_fonts_and_rewrites_the_icon_font():
    css = (
        "@font-face{font-family:Lato;src:url(fonts/lato.woff2)}"
        "@font-face{font-family:FontAwesome;src:url(fonts/fontawesome-webfont.eot)}"
        "body{font-family:Lato}.used,.gone{color:red}.gone{color:blue}"
        "@media (max-width:768px){.gone{x:y}.used{x:y}}"
    )
    trimmed = trim_css(css, {"used"}, icon_src="fonts/subset.woff2")
    assert "Lato;" not in trimmed and "lato.woff2" not in trimmed
    assert "body{font-family:Lato,proxima-nova,Helvetica Neue,Arial,sans-serif}" in trimmed
    assert 'src:url(fonts/subset.woff2) format("woff2")' in trimmed and ".eot" not in trimmed
    assert ".used{color:red}" in trimmed and ".gone" not in trimmed
    assert "@media (max-width:768px){.used{x:y}}" in trimmed


def test_toctree_captions_get_a_heading_level():
    html = '<p class="caption" role="heading"><span class="caption-text">Learn</span></p>'
    assert add_aria_level(html) == '<p class="caption" role="heading" aria-level="2"><span class="caption-text">Learn</span></p>'


def test_images_get_their_intrinsic_size_once():
    assert add_size('<img src="a.svg" style="width: 360px;" />', (360, 504)) == '<img src="a.svg" style="width: 360px;" width="360" height="504"/>'
    assert add_size('<img src="a.png">', (2, 1)) == '<img src="a.png" width="2" height="1">'
    assert add_size('<img src="a.png" height="9">', (2, 1)) == '<img src="a.png" height="9">'


def test_alternates_are_absolute():
    assert alternate_href("https://example.org/docs/", "fa", "reference/index.html") == "https://example.org/docs/fa/reference/index.html"
    with pytest.raises(ExtensionError, match="absolute URL"):
        alternate_href("/docs/", "fa", "index.html")
