"""chrome/paper: every page links the print stylesheet, for print only, after the screen's."""

import re

import pytest


@pytest.mark.sphinx("html", testroot="paper")
def test_every_page_links_print_css_for_print(app, built):
    for page in ("index.html", "other.html"):
        links = re.findall(r"<link[^>]*rel=\"stylesheet\"[^>]*>", built(page))
        assert 'media="print"' in links[-1] and "_static/print.css" in links[-1], f"{page}: {links}"
        assert all("media=" not in link for link in links[:-1]), f"{page}: only print.css is for print"
    assert (app.outdir / "_static" / "print.css").is_file()
    assert not app.warning.getvalue()
