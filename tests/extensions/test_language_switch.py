"""i18n/language_switch: every page links the same page in the other language."""

from types import SimpleNamespace

import pytest
from sphinx.errors import ConfigError

from builtsite import alternates
from signals_docs import site
from signals_docs.i18n.language_switch import LANGUAGES, _check_config, language_links, twin_url


@pytest.mark.parametrize(
    ("uri", "language", "root", "expected"),
    [
        ("index.html", "fa", "", "../fa/index.html"),
        ("why-signals.html", "en", "", "../en/why-signals.html"),
        ("reference/index.html", "fa", "", "../../fa/reference/index.html"),
        ("a/b/c.html", "en", "", "../../../en/a/b/c.html"),
        ("", "fa", "", "../fa/"),  # dirhtml: the root index
        ("reference/", "fa", "", "../../fa/reference/"),  # dirhtml: a folder index
        ("404.html", "fa", "/", "/fa/404.html"),
        ("404.html", "en", "/docs/signals/", "/docs/signals/en/404.html"),
    ],
)
def test_twin_url(uri, language, root, expected):
    assert twin_url(uri, language, root) == expected


@pytest.mark.parametrize(
    ("uri", "language", "root"),
    [("#top", "fa", ""), ("/abs.html", "fa", ""), ("https://x/y.html", "fa", ""), ("../up.html", "fa", ""),
     ("index.html", "", ""), ("index.html", "f/a", ""), ("404.html", "fa", "/docs")],
)  # fmt: skip
def test_twin_url_rejects_what_is_not_a_page_path(uri, language, root):
    with pytest.raises(ValueError, match="language_switch"):
        twin_url(uri, language, root)


def test_the_languages_are_the_sites():
    assert LANGUAGES == {code: lang.name for code, lang in site.LANGUAGES.items()}


def test_language_links_name_each_language_in_itself():
    links = language_links("reference/index.html", "fa", LANGUAGES, {"en": "Read this page in English"})
    assert [(link["code"], link["name"], link["dir"], link["current"]) for link in links] == [
        ("en", "English", "ltr", False),
        ("fa", "فارسی", "rtl", True),
    ]
    assert links[0]["href"] == "../../en/reference/index.html" and links[0]["title"] == "Read this page in English"
    assert links[1]["title"] == "فارسی", "a language without a title falls back to its name"


@pytest.mark.parametrize("languages", [{"en": "English"}, ["en", "fa"], {"de": "Deutsch", "fr": "Français"}])
def test_a_build_language_missing_from_the_switcher_is_a_clear_error(languages):
    config = SimpleNamespace(language="en", language_switch_languages=languages)
    with pytest.raises(ConfigError, match="language_switch_languages"):
        _check_config(None, config)


@pytest.mark.sphinx("html", testroot="language_switch")
def test_each_page_links_its_twin_relatively(app, built):
    page = built("reference/signals.html")
    assert alternates(page) == [
        ("en", "../../en/reference/signals.html"),
        ("fa", "../../fa/reference/signals.html"),
    ]
    assert (
        '<a class="switch" href="../../fa/reference/signals.html" hreflang="fa" dir="rtl" title="Read this page in Persian">فارسی</a>'
        in page
    )
    # The group's static folder is served: the switcher's script and stylesheet.
    assert 'src="../_static/language-switch.js' in page and 'href="../_static/language-switch.css' in page
    assert (app.outdir / "_static" / "language-switch.js").is_file()
    assert not app.warning.getvalue()
