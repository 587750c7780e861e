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
    # Inline code: no rule here names Sphinx's word spans, so its words are plain text.
    assert '<code translate="no">name</code>' in html and 'class="pre"' not in html
    assert not app.warning.getvalue()


def test_inline_code_keeps_its_text_and_breaks_without_its_word_spans():
    html = (
        '<p><code translate="no"><span class="pre">a.<wbr>b</span> <span class="pre">c</span></code>'
        ' <code class="x"><span class="pre">d</span></code>'  # not inline code: left alone
        ' <code translate="no"><span class="pre">e</span><em>f</em></code></p>'  # other markup too
    )
    assert unwrap(html, set()) == html  # several words: their spans keep each word's text run as it was
    one_word = '<code class="file-path" translate="no"><span class="pre">a.<wbr>b</span></code>'
    assert unwrap(one_word, set()) == '<code class="file-path" translate="no">a.<wbr>b</code>'
    assert unwrap(one_word, {"pre"}) == one_word  # a rule that styles the spans keeps them
