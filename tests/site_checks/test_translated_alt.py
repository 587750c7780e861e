"""docs/_ext/translated_alt.py: a figure with translated alt text counts as translated."""

import re

import polib
from sphinx.application import Sphinx


def build(tmp_path, extensions):
    src = tmp_path / "src"
    (src / "locale" / "fa" / "LC_MESSAGES").mkdir(parents=True)
    (src / "conf.py").write_text(
        f"extensions = {extensions!r}\nlanguage = 'fa'\nlocale_dirs = ['locale']\n"
        "gettext_compact = False\ntranslation_progress_classes = True\n"
    )
    (src / "index.rst").write_text("Title\n=====\n\n.. image:: diagram.png\n   :alt: A diagram\n")
    (src / "diagram.png").write_bytes(b"")
    catalog = polib.POFile()
    catalog.metadata = {"Content-Type": "text/plain; charset=UTF-8"}
    catalog.append(polib.POEntry(msgid="Title", msgstr="عنوان"))
    catalog.append(polib.POEntry(msgid="A diagram", msgstr="یک نمودار"))
    catalog.save_as_mofile(str(src / "locale" / "fa" / "LC_MESSAGES" / "index.mo"))
    out = tmp_path / "out"
    app = Sphinx(str(src), str(src), str(out), str(tmp_path / "doctrees"), "html", status=None, warning=None)
    app.build()
    return re.search(r"<img[^>]*>", (out / "index.html").read_text()).group(0)


def test_the_translated_alt_is_marked_translated(tmp_path):
    img = build(tmp_path, ["signals_docs.i18n.translated_alt"])
    assert 'alt="یک نمودار"' in img
    assert "untranslated" not in img


def test_without_it_sphinx_calls_the_image_untranslated(tmp_path):
    # The Sphinx behaviour this extension works around; if this starts failing,
    # Sphinx has fixed it and the extension can go.
    img = build(tmp_path, [])
    assert 'alt="یک نمودار"' in img
    assert 'class="untranslated"' in img
