"""assets/scripts: no jQuery, and no script that blocks the first paint."""

import html
import json
import re

import pytest

from signals_docs.assets.scripts import defer


def test_defer_marks_only_external_scripts_not_yet_deferred():
    assert defer('<script src="a.js?v=1"></script>') == '<script defer src="a.js?v=1"></script>'
    assert defer('<script data-x="1" src="a.js"></script>') == '<script defer data-x="1" src="a.js"></script>'
    for unchanged in ('<script>inline()</script>', '<script async src="a.js"></script>',
                      '<script defer="defer" src="a.js"></script>', '<script src="a.js" defer></script>'):  # fmt: skip
        assert defer(unchanged) == unchanged


def scripts(app, page: str) -> list[str]:
    return re.findall(r"<script\b[^>]*>", (app.outdir / page).read_text(encoding="utf-8"))


@pytest.mark.sphinx("html", testroot="scripts")
def test_pages_load_no_jquery_and_defer_the_rest(app):
    app.build()
    tags = scripts(app, "index.html")
    assert not [tag for tag in tags if "jquery" in tag.lower() or "frameworks_compat" in tag]
    external = [tag for tag in tags if " src=" in tag and "js/theme.js" not in tag]
    assert external and all(tag.startswith("<script defer ") for tag in external), external
    assert '<script src="_static/js/theme.js"></script>' in (app.outdir / "index.html").read_text(encoding="utf-8")
    assert not (app.outdir / "_static" / "jquery.js").exists()
    # The group's static folder replaces the theme's jQuery navigation script.
    assert "without jQuery" in (app.outdir / "_static" / "js" / "theme.js").read_text(encoding="utf-8")
    assert not app.warning.getvalue()


@pytest.mark.sphinx("html", testroot="scripts", srcdir="scripts-search")
def test_the_search_page_keeps_its_blocking_scripts(app):
    app.build()
    tags = scripts(app, "search.html")
    assert any("searchtools.js" in tag for tag in tags)
    assert not [tag for tag in tags if "defer" in tag]
    # Its own: Sphinx's scripts that mark a result's words, and not their loader.
    assert any("/sphinx_highlight.js" in tag for tag in tags) and not [t for t in tags if "search-words.js" in t]


@pytest.mark.sphinx("html", testroot="scripts", srcdir="scripts-words", confoverrides={"language": "fa"})
def test_other_pages_load_the_search_words_scripts_only_to_mark_words(app):
    app.build()
    tags = scripts(app, "index.html")
    assert not [tag for tag in tags if re.search(r"/(doctools|sphinx_highlight|translations)\.js", tag)]
    loader = next(tag for tag in tags if "/search-words.js" in tag)
    names = json.loads(html.unescape(re.search(r'data-scripts="([^"]*)"', loader).group(1)))
    # In the order they must run: the label of "Hide Search Matches" is translated before it is written.
    assert names == ["doctools.js", "translations.js", "sphinx_highlight.js"]
    assert all((app.outdir / "_static" / name).is_file() for name in names)
    assert not app.warning.getvalue()


@pytest.mark.sphinx(
    "html", testroot="scripts", srcdir="scripts-copybutton",
    confoverrides={"extensions": ["sphinx_copybutton", "signals_docs.assets.scripts"]},
)  # fmt: skip
def test_the_copy_button_uses_the_small_clipboard_script(app):
    app.build()
    tags = scripts(app, "code.html")
    assert [tag for tag in tags if "/clipboard.js" in tag] and not [tag for tag in tags if "clipboard.min.js" in tag]
    assert tags.index(next(t for t in tags if "/clipboard.js" in t)) < tags.index(
        next(t for t in tags if "copybutton.js" in t)
    )
    assert not (app.outdir / "_static" / "clipboard.min.js").exists()
    assert "window.ClipboardJS" in (app.outdir / "_static" / "clipboard.js").read_text(encoding="utf-8")


@pytest.mark.sphinx(
    "html", testroot="scripts", srcdir="scripts-no-code",
    confoverrides={"extensions": ["sphinx_copybutton", "signals_docs.i18n.copybutton_labels", "signals_docs.assets.scripts"]},
)  # fmt: skip
def test_a_page_without_code_blocks_loads_no_copy_button(app):
    app.build()
    copy_button = ("/copybutton.js", "/copybutton-labels.js", "/clipboard.js")
    srcs = lambda page: [tag.split('src="')[-1].split("?")[0] for tag in scripts(app, page) if " src=" in tag]  # noqa: E731
    assert not [src for src in srcs("genindex.html") if src.endswith(copy_button)]
    # The home page keeps them for the next page a reader opens.
    assert [src for src in srcs("index.html") if src.endswith(copy_button)]
    assert [src for src in srcs("code.html") if src.endswith(copy_button)] == [
        "_static/clipboard.js", "_static/copybutton.js", "_static/copybutton-labels.js"
    ]  # fmt: skip
    assert not app.warning.getvalue()
