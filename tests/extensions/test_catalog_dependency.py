"""signals_docs.i18n.catalog_dependency: a translated page depends on its catalog."""

import pytest


@pytest.mark.sphinx("html", testroot="catalog_dependency")
def test_the_translated_page_depends_on_its_po_file(app):
    app.build()
    deps = {str(d) for d in app.env.dependencies["index"]}
    assert any(d.endswith("locale/fa/LC_MESSAGES/index.po") for d in deps), deps
    assert "متن." in (app.outdir / "index.html").read_text()


@pytest.mark.sphinx("html", testroot="catalog_dependency", confoverrides={"language": "en"})
def test_the_source_language_depends_on_no_catalog(app):
    app.build()
    assert not [d for d in app.env.dependencies["index"] if str(d).endswith(".po")]
