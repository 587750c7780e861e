"""chrome/image_sizes: every <img> carries its intrinsic width and height."""

import re

import pytest

from signals_docs.chrome.image_sizes import add_size


def test_add_size_adds_both_attributes_once():
    assert add_size('<img src="a.svg" style="width: 360px;" />', (360, 504)) == (
        '<img src="a.svg" style="width: 360px;" width="360" height="504"/>'
    )
    assert add_size('<img src="a.png">', (2, 1)) == '<img src="a.png" width="2" height="1">'
    assert add_size('<img src="a.png" height="9">', (2, 1)) == '<img src="a.png" height="9">'


@pytest.mark.sphinx("html", testroot="image_sizes")
def test_images_get_their_intrinsic_size(app):
    app.build()
    images = re.findall(r"<img\b[^>]*>", (app.outdir / "index.html").read_text(encoding="utf-8"))
    assert len(images) == 2
    assert 'width="360" height="180"' in images[0]  # the file's size; the style keeps the shown width
    assert "width: 200px" in images[0]
    assert not app.warning.getvalue()
