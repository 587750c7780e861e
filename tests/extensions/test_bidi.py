"""signals_docs.persian.bidi: Latin link text is isolated on right-to-left pages, and only there."""

import re

import pytest

from signals_docs.persian.bidi import needs_isolation


def links(app) -> dict[str, str]:
    """Each link's text (tags removed) -> its inner HTML, from the built index page."""
    html = (app.outdir / "index.html").read_text(encoding="utf-8")
    html = html[html.index('role="main"') : html.index('class="sphinxsidebar"')]  # the page, not the theme's sidebar
    found = {}
    for inner in re.findall(r'<a class="reference[^"]*"[^>]*>(.*?)</a>', html, flags=re.DOTALL):
        found[re.sub(r"<[^>]+>", "", inner)] = inner
    return found


@pytest.mark.sphinx("html", testroot="bidi")
def test_latin_link_text_is_isolated_on_a_persian_page(app):
    app.build()
    found = links(app)
    assert found["Signal.connect()"] == '<bdi dir="ltr">Signal.connect()</bdi>'
    assert found["ready()"].startswith('<bdi dir="ltr">') and found["ready()"].endswith("</bdi>")
    assert "<bdi" not in found["مستندات جنگو"] and "<bdi" not in found["این بخش"]
    # (Sphinx apps built earlier in the same process re-register docutils directives: not ours.)
    warnings = [line for line in app.warning.getvalue().splitlines() if "already registered" not in line]
    assert not warnings, warnings


@pytest.mark.sphinx("html", testroot="bidi", confoverrides={"language": "en"})
def test_left_to_right_pages_are_left_alone(app):
    app.build()
    assert all("<bdi" not in inner for inner in links(app).values())


@pytest.mark.parametrize(
    ("text", "isolate"),
    [("Signal.connect()", True), ("ready()", True), ("pre_save", True), ("مستندات جنگو", False),
     ("مرجع AppConfig", False), ("6.1", False), ("", False)],
)  # fmt: skip
def test_which_text_needs_isolation(text, isolate):
    assert needs_isolation(text) is isolate
