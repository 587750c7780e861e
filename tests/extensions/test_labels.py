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
