"""examples/download: the examples zip offered on the home page and beside every verified snippet."""

import re

import pytest

from signals_docs import site


@pytest.mark.sphinx("html", testroot="download")
def test_pages_link_the_zip_relative_to_themselves(app, built):
    index = built("index.html")
    snippet_page = built("reference/adding.html")
    offer = re.search(r'<p class="examples-download-offer">(.*?)</p>', index, re.DOTALL).group(1)
    assert "<strong>Run the examples yourself:</strong>" in offer
    assert 'href="_downloads/django-signals-examples.zip"' in offer
    releases = ", ".join(series.series for series in site.supported_django())
    assert f"for the supported Django releases ({releases})." in offer
    caption = re.search(r'<div class="code-block-caption">(.*?)</div>', snippet_page, re.DOTALL).group(1)
    assert "✓ verified" in caption
    assert re.search(
        r'href="\.\./_downloads/django-signals-examples\.zip"[^>]*>runnable project \(\.zip\)</a>', caption
    )
    assert (app.outdir / "_downloads" / "django-signals-examples.zip").is_file()
    assert not app.warning.getvalue()


@pytest.mark.sphinx("html", testroot="download", srcdir="download-fa", confoverrides={"language": "fa"})
def test_the_labels_are_translated(built):
    index = built("index.html")
    offer = re.search(r'<p class="examples-download-offer">(.*?)</p>', index, re.DOTALL).group(1)
    assert "Run the examples yourself" not in offer and "<strong>" in offer
    assert "، ".join(series.series for series in site.supported_django()) in offer
