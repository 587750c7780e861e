"""``make dist``: the whole bilingual site in one reproducible zip.

tests/browser/test_offline.py reads the unpacked zip from ``file://``.
"""

import hashlib
import time
import zipfile

import pytest

from make_dist import dist_entries, make_dist
from signals_docs import site
from signals_docs.reproducible_zip import ZIP_EPOCH, source_date_epoch, write_zip
from sitepaths import LANGUAGES

RELEASE = site.RELEASE
TOP = f"django-signals-{RELEASE}/"


@pytest.fixture(scope="module")
def dist_zip(html_root, tmp_path_factory):
    return make_dist(html_root, tmp_path_factory.mktemp("dist"))


# --- the archive -------------------------------------------------------------------


def test_the_zip_is_named_by_release_and_holds_both_languages_and_the_chooser(dist_zip, html_root):
    assert dist_zip.name == f"django-signals-{RELEASE}.zip"
    with zipfile.ZipFile(dist_zip) as archive:
        names = archive.namelist()
    assert all(name.startswith(TOP) for name in names)
    for lang in LANGUAGES:
        for required in ("index.html", "search.html", "searchindex.js", "_downloads/django-signals-examples.zip"):
            assert f"{TOP}{lang}/{required}" in names
    assert TOP + "index.html" in names
    assert not [n for n in names if n.endswith(".buildinfo")], "Sphinx's bookkeeping is left out"
    built = {
        p.relative_to(html_root).as_posix()
        for p in html_root.rglob("*")
        if p.is_file() and not p.name.startswith(".buildinfo")
    }
    assert {n.removeprefix(TOP) for n in names} == built


def test_the_zip_is_reproducible(dist_zip, html_root, tmp_path):
    again = make_dist(html_root, tmp_path)
    assert hashlib.sha256(again.read_bytes()).digest() == hashlib.sha256(dist_zip.read_bytes()).digest()
    with zipfile.ZipFile(dist_zip) as archive:
        infos = archive.infolist()
    assert [i.filename for i in infos] == sorted(i.filename for i in infos)
    assert {i.date_time for i in infos} == {time.gmtime(source_date_epoch())[:6]}
    assert {i.external_attr >> 16 for i in infos} == {0o100644}


def test_an_odd_source_date_epoch_is_rounded_to_what_a_zip_can_hold():
    assert source_date_epoch({"SOURCE_DATE_EPOCH": "1764201601"}) == 1764201600


def test_source_date_epoch_sets_the_timestamps(tmp_path):
    path = write_zip(tmp_path / "a.zip", {"x/a.txt": b"a"}, epoch=1764201600)  # 2025-11-27
    with zipfile.ZipFile(path) as archive:
        assert archive.infolist()[0].date_time == (2025, 11, 27, 0, 0, 0)
    assert source_date_epoch({}) == ZIP_EPOCH
    assert source_date_epoch({"SOURCE_DATE_EPOCH": "0"}) == ZIP_EPOCH  # zip cannot go before 1980
    with pytest.raises(ValueError, match="SOURCE_DATE_EPOCH must be a number of seconds"):
        source_date_epoch({"SOURCE_DATE_EPOCH": "yesterday"})


def test_an_incomplete_build_is_refused_with_what_to_run(tmp_path):
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "index.html").write_text("<html></html>")
    with pytest.raises(FileNotFoundError, match=r"fa/index.html.*run 'make html'"):
        dist_entries(tmp_path, "x")


def test_names_that_escape_the_archive_are_refused(tmp_path):
    with pytest.raises(ValueError, match="names must stay inside the archive"):
        write_zip(tmp_path / "bad.zip", {"../evil": b""})


@pytest.mark.build
@pytest.mark.parametrize("lang", LANGUAGES)
def test_only_the_search_page_carries_the_offline_search_switch(html_root, lang):
    from signals_docs.search.offline_search import SCRIPT

    assert SCRIPT in (html_root / lang / "search.html").read_text(encoding="utf-8")
    assert SCRIPT not in (html_root / lang / "index.html").read_text(encoding="utf-8")
