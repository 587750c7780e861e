"""signals_docs.assets.plain_tokens: spans no stylesheet draws differently become their text."""

import pytest

from signals_docs.assets.plain_tokens import styled_classes, unwrap

LIGHT = ".highlight{background:#f8f8f8}.highlight .k{color:#008000;font-weight:bold}.highlight .o{color:#666}"
DARK = (
    'html[data-theme="dark"] .highlight{background:#272822;color:#F8F8F2}'
    'html[data-theme="dark"] .highlight .n{color:#F8F8F2}html[data-theme="dark"] .highlight .k{color:#66D9EF}'
)


def test_a_token_class_is_styled_when_any_rule_gives_it_a_look():
    styled = styled_classes({"light": LIGHT, "dark": DARK})
    assert {"k", "o"} <= styled and not {"n", "p"} & styled


def test_a_colour_other_than_the_blocks_own_styles_the_token():
    dark = DARK.replace(".n{color:#F8F8F2}", ".n{color:#A6E22E}")
    assert "n" in styled_classes({"dark": dark})


def test_any_other_declaration_or_selector_that_can_match_the_span_styles_it():
    assert "n" in styled_classes({"a": ".highlight .n{color:#000;font-style:italic}"})
    assert "p" in styled_classes({"b": ".rst-content pre .p{color:red}"})
    assert "w" in styled_classes({"c": "@media print{.w{display:none}}"})
    # a span with the one class "n" cannot match a compound that needs two
    assert "n" not in styled_classes({"d": ".sig-param.n{font-style:italic}"})


def test_a_stylesheet_that_cannot_be_parsed_is_named():
    with pytest.raises(Exception, match="broken.css"):
        styled_classes({"_static/broken.css": ".a{color:red}}"})


def test_unwrap_touches_only_highlighted_blocks():
    html = (
        '<div class="highlight"><pre><span class="k">def</span> <span class="n">f</span><span class="p">()</span></pre></div>'
        '<p><span class="n">outside</span></p>'
    )
    assert unwrap(html, {"k"}) == (
        '<div class="highlight"><pre><span class="k">def</span> f()</pre></div><p><span class="n">outside</span></p>'
    )


@pytest.mark.sphinx("html", testroot="plain_tokens")
def test_built_code_keeps_its_text_and_its_coloured_tokens(app, built):
    html = built("index.html")
    block = html.split('<div class="highlight"><pre>')[1].split("</pre>")[0]
    assert '<span class="k">def</span>' in block and '<span class="s2">"hi"</span>' in block
    assert '<span class="n">' not in block and '<span class="p">' not in block
    assert '<span class="nf">greet</span>(name):' in block
    assert '<span class="pre">name</span>' in html  # inline code is not a highlighted block
    assert not app.warning.getvalue()
