"""search/search_page_labels: the search page's script speaks the project catalog's words."""

import json

import polib
import pytest

from signals_docs.search.search_page_labels import merge, read_translations_js, used


def test_search_translations_take_the_project_catalog_over_sphinx():
    sphinx_js = 'Documentation.addTranslations({"locale": "fa", "messages": {"Searching": "", "Go": "برو"},' \
                ' "plural_expr": "(n > 1)"});'  # fmt: skip
    catalog = polib.POFile()
    catalog.append(polib.POEntry(msgid="Searching", msgstr="در حال جست‌وجو"))
    catalog.append(polib.POEntry(msgid="Next", msgstr="بعدی", flags=["fuzzy"]))
    catalog.append(polib.POEntry(msgid="one", msgid_plural="${n} many", msgstr_plural={0: "یک", 1: "${n} تا"}))
    merged = merge(read_translations_js(sphinx_js), catalog)
    assert merged["messages"] == {"Searching": "در حال جست‌وجو", "Go": "برو", "one": ["یک", "${n} تا"]}
    assert merged["plural_expr"] == "(n > 1)"


def test_only_the_messages_a_script_asks_for_stay():
    translations = {"locale": "fa", "messages": {"Searching": "در حال جست‌وجو", "Collapse sidebar": "تا کردن"}}
    kept = used(translations, 'x.textContent = _("Searching");')
    assert kept == {"locale": "fa", "messages": {"Searching": "در حال جست‌وجو"}}


def test_unreadable_translations_js_is_an_error():
    with pytest.raises(ValueError, match="addTranslations"):
        read_translations_js("not javascript at all")


@pytest.mark.sphinx("html", testroot="search_page_labels", copy_test_root=True)
def test_the_built_translations_js_carries_the_projects_words(app, built):
    script = built("_static/translations.js")
    messages = json.loads(script[script.find("{") : script.rfind("}") + 1])["messages"]
    assert messages["Searching"] == "در حال جست‌وجو"
    assert messages["Hide Search Matches"] == "پنهان کردن نتیجه‌ها"
    assert messages.get("Search Results") != "نتیجه‌ها؟", "a fuzzy entry is not a translation"
    assert "Collapse sidebar" not in messages  # the basic theme's sidebar button: no script of this site
    assert not app.warning.getvalue()
