"""signals_docs.assets.css_bundle: a page's stylesheets for every medium become one file, in order."""

import re
from types import SimpleNamespace

import pytest
from sphinx.errors import ExtensionError

from signals_docs.assets.css_bundle import bundle, bundle_pages, member, rebase


def stylesheet_links(html: str) -> list[str]:
    return re.findall(r'<link\b[^>]*rel="stylesheet"[^>]*>', html)


def test_rebase_moves_relative_urls_and_leaves_the_others():
    css = '.a{background:url(img/a.svg)}@font-face{src:url("../f.woff2?v=1")}.b{background:url(data:x)}.c{background:url(/d.png)}'
    rebased = rebase(css, "_static/css", "_static")
    assert 'url("css/img/a.svg")' in rebased and 'url("f.woff2?v=1")' in rebased
    assert "url(data:x)" in rebased and "url(/d.png)" in rebased


def test_member_reads_relative_and_absolute_links_and_skips_media_and_other_hosts():
    assert member('<link rel="stylesheet" href="../_static/a.css?v=1" />', "sub") == ("_static/a.css", "../")
    assert member('<link rel="stylesheet" href="/en/_static/a.css?v=1" />', "") == ("_static/a.css", "/en/")
    assert member('<link media="print" rel="stylesheet" href="_static/p.css" />', "") is None
    assert member('<link rel="stylesheet" href="https://cdn.example/a.css" />', "") is None
    assert member('<link rel="preload" href="_static/a.css" />', "") is None


def test_a_missing_member_names_the_file(tmp_path):
    with pytest.raises(ExtensionError, match="_static/gone.css"):
        bundle(tmp_path, ["_static/gone.css"])


def test_import_cannot_be_bundled(tmp_path):
    (tmp_path / "_static").mkdir()
    (tmp_path / "_static" / "a.css").write_text("@import url(b.css);")
    with pytest.raises(ExtensionError, match="_static/a.css has @import"):
        bundle(tmp_path, ["_static/a.css"])


@pytest.mark.sphinx("html", testroot="css_bundle")
def test_every_page_links_one_bundle_in_the_cascade_order(app, built):
    top = built("index.html")
    nested = built("sub/page.html")
    links = stylesheet_links(top)
    assert len(links) == 2 and 'media="print"' in links[1], links
    href = re.search(r'href="([^"?]+)\?v=[0-9a-f]{8}"', links[0]).group(1)
    assert re.fullmatch(r"_static/site-[0-9a-f]{10}\.css", href)
    assert f'href="../{href}?v=' in nested
    css = (app.outdir / href).read_text(encoding="utf-8")
    # theme.css (the theme's), then one.css, then sub/two.css: the order the pages asked for
    assert css.index(".wy-nav-side") < css.index(".one") < css.index(".two")
    assert 'url("img/dot.svg")' in css and 'url("sub/x.woff2?v=2")' in css
    # bundled files are gone from the output; the print stylesheet stays
    assert not (app.outdir / "_static" / "one.css").exists()
    assert not (app.outdir / "_static" / "css" / "theme.css").exists()
    assert (app.outdir / "_static" / "print.css").is_file()
    assert not app.warning.getvalue()


@pytest.mark.sphinx("html", testroot="css_bundle")
def test_a_second_pass_keeps_the_pages_links_and_their_bundle(app, built):
    before = built("index.html")
    bundle_pages(app, None)  # pages already linking a bundle: nothing to join, nothing removed
    assert built("index.html") == before
    href = re.search(r'href="(_static/site-[^"?]+)', before).group(1)
    assert (app.outdir / href).is_file()


def test_a_lone_stylesheet_and_one_after_a_media_link_keep_their_own_links(tmp_path):
    (tmp_path / "_static").mkdir()
    for name in ("a.css", "b.css", "c.css"):
        (tmp_path / "_static" / name).write_text(f".{name[0]}{{color:red}}")
    page = (
        '<html><head><link rel="stylesheet" href="_static/a.css" />\n'
        '<link media="print" rel="stylesheet" href="_static/b.css" />\n'
        '<link rel="stylesheet" href="_static/c.css" /></head><body></body></html>'
    )
    (tmp_path / "index.html").write_text(page)
    app = SimpleNamespace(outdir=str(tmp_path), builder=SimpleNamespace(format="html"))
    bundle_pages(app, None)
    # a.css and c.css are not neighbours: joining them would move c.css before the print rules
    assert (tmp_path / "index.html").read_text() == page
    assert not list((tmp_path / "_static").glob("site-*.css"))


def test_a_stylesheet_of_one_page_keeps_its_link_and_the_page_shares_the_bundle(tmp_path):
    (tmp_path / "_static").mkdir()
    for name in ("a.css", "b.css", "own.css"):
        (tmp_path / "_static" / name).write_text(f".{name[0]}{{color:red}}")
    links = '<link rel="stylesheet" href="_static/a.css" />\n<link rel="stylesheet" href="_static/b.css" />\n'
    for name in ("one", "two", "three"):
        (tmp_path / f"{name}.html").write_text(f"<html><head>{links}</head><body></body></html>")
    own = '<link rel="stylesheet" href="_static/own.css" />'
    (tmp_path / "glossary.html").write_text(f"<html><head>{links}{own}</head><body></body></html>")
    bundle_pages(SimpleNamespace(outdir=str(tmp_path), builder=SimpleNamespace(format="html")), None)
    one = stylesheet_links((tmp_path / "one.html").read_text())
    glossary = stylesheet_links((tmp_path / "glossary.html").read_text())
    assert len(one) == 1 and glossary == [one[0], own]
    assert (tmp_path / "_static" / "own.css").is_file() and not (tmp_path / "_static" / "a.css").exists()
