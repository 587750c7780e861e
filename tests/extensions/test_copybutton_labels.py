"""i18n/copybutton_labels: sphinx-copybutton's labels in the page's language."""

import html
import json
import re

import pytest


def labels_script(app) -> str | None:
    app.build()
    page = (app.outdir / "index.html").read_text(encoding="utf-8")
    tag = re.search(r"<script[^>]*copybutton-labels\.js[^>]*>", page)
    return tag.group(0) if tag else None


@pytest.mark.sphinx(
    "html", testroot="copybutton_labels", srcdir="copybutton_labels-fa", confoverrides={"language": "fa"}
)
def test_persian_pages_get_the_labels_in_persian(app):
    tag = labels_script(app)
    assert tag, "no copybutton-labels.js on a Persian page"
    labels = json.loads(html.unescape(re.search(r'data-labels="([^"]+)"', tag).group(1)))
    assert labels["Copy"] == "کپی"
    assert set(labels) <= {"Copy", "Copy to clipboard", "Copied!", "Failed to copy"}
    assert (app.outdir / "_static" / "copybutton-labels.js").is_file()


@pytest.mark.sphinx("html", testroot="copybutton_labels")
def test_english_pages_load_nothing(app):
    assert labels_script(app) is None
