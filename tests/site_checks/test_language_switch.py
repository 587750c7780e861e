"""docs/_ext/language_switch.py: twin URLs, and the links it puts on every built page."""

import re
from pathlib import PurePosixPath
from types import SimpleNamespace

import pytest
from signals_docs.i18n.language_switch import LANGUAGES, _check_config, language_links, twin_url
from sitepaths import LANGUAGES as BUILT
from sphinx.errors import ConfigError


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


def test_language_links_name_each_language_in_itself():
    links = language_links("reference/index.html", "fa", LANGUAGES, {"en": "Read this page in English"})
    assert [(l["code"], l["name"], l["dir"], l["current"]) for l in links] == [
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


def built_pages(html_root):
    for lang in BUILT:
        for path in sorted((html_root / lang).rglob("*.html")):
            if "_static" not in path.parts and "_sources" not in path.parts:
                yield lang, path


@pytest.mark.build
def test_every_built_page_links_its_twins(html_root):
    """The switcher's relative links reach the twin page; the head's alternates name it (absolute or relative)."""
    problems = []
    for lang, path in built_pages(html_root):
        html = path.read_text(encoding="utf-8")
        where = path.relative_to(html_root)
        twin_path = where.parts[1:]
        alternates = dict(re.findall(r'<link rel="alternate" hreflang="(\w+)" href="([^"]+)"', html))
        if set(alternates) != set(BUILT):
            problems.append(f"{where}: hreflang alternates {sorted(alternates)}, expected {list(BUILT)}")
        for code, href in alternates.items():
            if not href.split("#")[0].endswith("/".join((code, *twin_path))):
                problems.append(f"{where}: hreflang={code} names {href}, not {code}/{'/'.join(twin_path)}")
        switch = re.findall(r'<a class="language-switch-link" href="([^"]+)" hreflang="(\w+)"', html)
        if not switch or {code for _, code in switch} != set(BUILT) - {lang}:
            problems.append(f"{where}: switcher links {switch}")
        for href, code in switch:
            if href.startswith("/"):  # only the 404 page, which is served at any depth
                target = html_root / href.lstrip("/")
                if path.name != "404.html":
                    problems.append(f"{where}: absolute link {href}; the site must work from any sub-path")
            elif "://" in href:
                problems.append(f"{where}: the switcher links to {href}; it must be relative")
                continue
            else:
                target = path.parent / PurePosixPath(href)
            target = target.resolve()
            if not target.is_file():
                problems.append(f"{where}: the switcher to {code} points to {href}, which was not built")
            elif target.relative_to(html_root.resolve()).parts != (code, *twin_path):
                problems.append(f"{where}: the switcher to {code} points to another page, {href}")
    assert not problems, "\n".join(problems)
