"""Link every page to the same page in the site's other language.

Why: sphinx-rtd-theme's language flyout exists only on Read the Docs. Here each
language is built from the same sources into its own folder (``en/``, ``fa/``),
so the twin of ``en/reference/index.html`` is ``../../fa/reference/index.html``.
The links are relative, so the site works from any sub-path and from file://.

Templates get ``language_links`` (every language, for ``<link rel="alternate"
hreflang>`` in layout.html) and ``language_switch`` (the other languages, for the
visible switcher in language-switch.html). ``static/language-switch.js`` adds
the reader's current section to the link and remembers the choice for the root
language chooser (written by scripts/site_root.py).
"""

from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.errors import ConfigError, ExtensionError

from signals_docs import site
from signals_docs.i18n.labels import _

# Each language's name in itself: a reader looks for the language they can read.
LANGUAGES = {code: lang.name for code, lang in site.LANGUAGES.items()}


def _titles() -> dict[str, str]:
    # Called per page, after the catalogs are loaded, so the titles are in the page's language.
    template = _("Read this page in %(language)s")
    return {code: template % {"language": _(lang.english_name)} for code, lang in site.LANGUAGES.items()}


def twin_url(target_uri: str, language: str, site_root: str = "") -> str:
    """URL, from the page at ``target_uri`` in one language folder, of the same page in ``language``.

    Relative unless ``site_root`` (the path the site is served under) is given:
    a 404 page is served at any depth, so its links must be absolute.

    >>> twin_url("reference/index.html", "fa")
    '../../fa/reference/index.html'
    >>> twin_url("404.html", "fa", site_root="/docs/")
    '/docs/fa/404.html'
    >>> twin_url("", "fa")  # the dirhtml builder's root index
    '../fa/'
    """
    if target_uri.startswith(("/", "#")) or "://" in target_uri or ".." in target_uri.split("/"):
        raise ValueError(f"language_switch: {target_uri!r} is not a page path inside the build folder")
    if not language or "/" in language:
        raise ValueError(f"language_switch: {language!r} is not a language code")
    if site_root:
        if not site_root.endswith("/"):
            raise ValueError(f"language_switch: the site root {site_root!r} must end with '/'")
        return f"{site_root}{language}/{target_uri}"
    return "../" * (target_uri.count("/") + 1) + f"{language}/{target_uri}"


def language_links(
    target_uri: str, current: str, languages: dict[str, str], titles: dict[str, str], site_root: str = ""
) -> list[dict]:
    """One entry per language: code, name (in that language), href, title, dir, current."""
    return [
        {
            "code": code,
            "name": name,
            "href": twin_url(target_uri, code, site_root),
            "title": titles.get(code, name),
            "dir": site.direction(code),
            "current": code == current,
        }
        for code, name in languages.items()
    ]


def _check_config(app: Sphinx, config: Config) -> None:
    languages = config.language_switch_languages
    current = site.build_code(config)
    if not isinstance(languages, dict) or len(languages) < 2:
        raise ConfigError(
            f"language_switch_languages in conf.py must map two or more language codes to names, not {languages!r}"
        )
    if current not in languages:
        raise ConfigError(
            f"language_switch: the build language {current!r} is not in language_switch_languages "
            f"({', '.join(languages)}); add it in conf.py or build another language"
        )


def _site_root(app: Sphinx, pagename: str, current: str) -> str:
    """The absolute site root for sphinx-notfound-page's 404 page ("" for every other page)."""
    prefix = getattr(app.config, "notfound_urls_prefix", None)
    if pagename != getattr(app.config, "notfound_pagename", None) or not prefix:
        return ""
    suffix = f"{current}/"
    if not prefix.endswith(suffix):
        raise ExtensionError(
            f"language_switch: notfound_urls_prefix {prefix!r} should end with the language folder {suffix!r}"
        )
    return prefix[: -len(suffix)]


def _add_context(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    current = site.build_code(app.config)
    root = _site_root(app, pagename, current)
    try:
        links = language_links(
            app.builder.get_target_uri(pagename), current, app.config.language_switch_languages, _titles(), root
        )
    except ValueError as error:
        raise ExtensionError(f"{error} (page {pagename!r})") from error
    context["language_links"] = links
    context["language_switch"] = [link for link in links if not link["current"]]


def setup(app: Sphinx) -> dict:
    app.setup_extension("signals_docs.i18n.labels")
    app.setup_extension("signals_docs.i18n")  # language-switch.js/.css
    app.add_config_value("language_switch_languages", LANGUAGES, "html", dict)
    app.connect("config-inited", _check_config)
    app.connect("html-page-context", _add_context)
    app.add_js_file("language-switch.js")
    app.add_css_file("language-switch.css")
    return {"parallel_read_safe": True, "parallel_write_safe": True}
