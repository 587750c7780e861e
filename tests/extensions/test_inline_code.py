"""signals_docs.chrome.inline_code: inline code as <code translate="no">, its own classes kept."""

import pytest

from signals_docs.chrome.inline_code import compact


def test_sphinx_classes_give_way_to_the_translate_attribute():
    assert compact('<code class="docutils literal notranslate">') == '<code translate="no">'
    assert (
        compact('<code class="example-path file-path docutils literal notranslate" id="x">')
        == '<code class="example-path file-path" id="x" translate="no">'
    )
    assert compact('<code class="docutils literal highlight highlight-python">') == (
        '<code class="docutils literal highlight highlight-python">'
    )  # not marked notranslate by Sphinx: left as it is


@pytest.mark.sphinx("html", testroot="inline_code")
def test_inline_code_is_written_lean_and_untranslatable(app, built):
    html = built("index.html")
    assert '<code translate="no"><span class="pre">post_save</span></code>' in html
    assert '<span class="pre">a.<wbr>long_<wbr>identifier_<wbr>that_<wbr>breaks</span>' in html  # code_breaks too
    assert '<code class="xref py py-func" translate="no"><span class="pre">print()</span></code>' in html
    assert '<code class="file-path" translate="no"><span class="pre">examples/<wbr>a/<wbr>b.py</span></code>' in html
    assert '<code class="code highlight python docutils literal highlight-python">' in html  # as Sphinx writes it
    assert '<kbd class="kbd docutils literal notranslate">Ctrl</kbd>' in html
    assert html.count("notranslate") == 1 and html.count("<code") == 5
