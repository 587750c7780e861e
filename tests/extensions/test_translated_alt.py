"""i18n/translated_alt: a figure whose alt text was translated counts as translated."""

import re

import pytest


def image(app) -> str:
    app.build()
    return re.search(r"<img[^>]*>", (app.outdir / "index.html").read_text(encoding="utf-8")).group(0)


@pytest.mark.sphinx("html", testroot="translated_alt", copy_test_root=True)
def test_the_translated_alt_is_marked_translated(app):
    img = image(app)
    assert 'alt="یک نمودار"' in img
    assert "untranslated" not in img


@pytest.mark.sphinx(
    "html", testroot="translated_alt", srcdir="translated_alt-without", confoverrides={"extensions": []}
)
def test_without_it_sphinx_calls_the_image_untranslated(app):
    # Pins the Sphinx behaviour this extension works around: when this fails,
    # Sphinx marks translated alt text itself and the extension can go.
    img = image(app)
    assert 'alt="یک نمودار"' in img
    assert 'class="untranslated"' in img


def meta(app) -> str:
    return re.search(r'<meta[^>]*name="description"[^>]*>', (app.outdir / "index.html").read_text(encoding="utf-8"))[0]


@pytest.mark.sphinx("html", testroot="translated_alt", srcdir="translated_alt-meta", copy_test_root=True)
def test_a_translated_description_carries_no_translated_attribute(app):
    app.build()
    tag = meta(app)
    assert 'content="صفحه‌ای با یک نمودار"' in tag
    assert "translated=" not in tag


@pytest.mark.sphinx(
    "html", testroot="translated_alt", srcdir="translated_alt-meta-without", confoverrides={"extensions": []}
)
def test_without_it_sphinx_writes_a_translated_attribute(app):
    # Pins the writer behaviour worked around: when this fails, the transform can go.
    app.build()
    assert 'translated="True"' in meta(app)
