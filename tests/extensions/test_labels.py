"""i18n/labels: the extensions' own labels, translated from i18n/locales."""

import shutil

import pytest

from signals_docs.i18n import labels


def test_compile_catalogs_writes_a_mo_beside_each_po_once(tmp_path):
    shutil.copytree(labels.LOCALES, tmp_path, dirs_exist_ok=True)
    mo = tmp_path / "fa" / "LC_MESSAGES" / "signals_docs.mo"
    mo.unlink(missing_ok=True)
    labels.compile_catalogs(tmp_path)
    assert mo.is_file() and mo.stat().st_size > 100
    written = mo.stat().st_mtime_ns
    labels.compile_catalogs(tmp_path)
    assert mo.stat().st_mtime_ns == written, "an up-to-date .mo is left alone"


@pytest.mark.sphinx("html", testroot="labels")
def test_a_persian_build_reads_the_labels_in_persian(app):
    assert str(labels._("verified")) == "آزموده"
    assert str(labels._("Skip to content")) == "رفتن به متن اصلی"


def test_an_edited_catalog_makes_every_page_be_read_again(make_app, rootdir, tmp_path, monkeypatch):
    """An incremental build after a label's translation changed writes the new label on every page."""
    locales = tmp_path / "locales"
    shutil.copytree(labels.LOCALES, locales, ignore=shutil.ignore_patterns("*.mo"))
    monkeypatch.setattr(labels, "LOCALES", locales)
    srcdir = tmp_path / "src"
    shutil.copytree(rootdir / "test-labels", srcdir)
    (srcdir / "other.rst").write_text("Other\n=====\n", encoding="utf-8")
    read = []

    def build():
        app = make_app("html", srcdir=srcdir)
        app.connect("env-before-read-docs", lambda app, env, docnames: read.append(sorted(docnames)))
        app.build()

    build()
    build()
    po = locales / "fa" / "LC_MESSAGES" / "signals_docs.po"
    po.write_text(po.read_text(encoding="utf-8").replace('msgstr "آزموده"', 'msgstr "آزموده‌شده"'), encoding="utf-8")
    build()
    build()
    assert read == [["index", "other"], [], ["index", "other"], []]
