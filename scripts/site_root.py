#!/usr/bin/env python3
"""Write the site root's language chooser, robots.txt and sitemap.xml, after every language is built.

Usage: scripts/site_root.py BUILDDIR/html

The chooser (``index.html``) is written from ``site.LANGUAGES``: a link per edition in
its own language, direction and font, and a script that sends a reader on to the
edition they chose before or their browser prefers. A new language appears in it,
in the sitemaps and in the hreflang alternates with no change here.

Each language is a separate Sphinx build, and a sitemap made during a build would
list only the pages that build wrote (an incremental build would leave pages out).
So this script writes each language's ``<lang>/sitemap.xml`` from the built files
(sorted, every page with its hreflang twins), then gives the root a sitemap index
pointing at each and a robots.txt naming it;
crawlers only look for robots.txt at the root. Sorted output keeps the site
byte-for-byte reproducible. Absolute URLs come from ``site.base_url()``
(env DOCS_BASE_URL).
"""

import argparse
import html
import json
import sys
from pathlib import Path

import _paths  # noqa: F401  (the project's import paths)
from signals_docs import site

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
LANGUAGES = tuple(site.LANGUAGES)


#: Pages that are not content: never in a sitemap.
NOT_LISTED = {"404.html", "search.html", "genindex.html"}


def site_pages(lang_root: Path) -> list[str]:
    """Every content page of one language build, as paths relative to it."""
    return sorted(
        path.relative_to(lang_root).as_posix()
        for path in lang_root.rglob("*.html")
        if path.name not in NOT_LISTED and not any(part.startswith("_") for part in path.relative_to(lang_root).parts)
    )


def language_sitemap(html_root: Path, lang: str, base_url: str, languages=LANGUAGES) -> str:
    """A urlset of every page of ``lang`` with ``xhtml:link`` alternates for its existing twins."""
    urls = []
    for page in site_pages(html_root / lang):
        alternates = "".join(
            f'<xhtml:link rel="alternate" hreflang="{other}" href="{base_url}{other}/{page}" />'
            for other in languages
            if (html_root / other / page).is_file()
        )
        urls.append(f"<url><loc>{base_url}{lang}/{page}</loc>{alternates}</url>")
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f'<urlset xmlns="{SITEMAP_NS}" xmlns:xhtml="http://www.w3.org/1999/xhtml">{"".join(urls)}</urlset>\n'
    )


def sitemap_index(base_url: str, languages=LANGUAGES) -> str:
    entries = "".join(f"<sitemap><loc>{base_url}{lang}/sitemap.xml</loc></sitemap>" for lang in languages)
    return f'<?xml version="1.0" encoding="utf-8"?>\n<sitemapindex xmlns="{SITEMAP_NS}">{entries}</sitemapindex>\n'


def robots_txt(base_url: str) -> str:
    return f"User-agent: *\nAllow: /\n\nSitemap: {base_url}sitemap.xml\n"


#: The chooser's look, light and dark, without JavaScript (the script only saves a click).
CHOOSER_CSS = """:root { color-scheme: light dark; }
* { box-sizing: border-box; }
body { margin: 0; min-height: 100vh; display: flex; align-items: center; justify-content: center; padding: 1.5rem 1rem;
  background: #f3f6f9; color: #1a1a1a; font: 1.05rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main { width: 100%; max-width: 44rem; }
h1 { margin: 0 0 1.5rem; text-align: center; font-size: 1.5rem; line-height: 1.4; color: #1d5f8c; }
h1 span { display: block; }
ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); }
a.choice { display: block; height: 100%; padding: 1.25rem 1.5rem; border: 1px solid #c9d6e2; border-top: 4px solid #2472a4;
  border-radius: 6px; background: #fff; color: inherit; text-decoration: none; }
a.choice:hover { border-color: #2472a4; box-shadow: 0 2px 8px rgba(0, 0, 0, .08); }
a.choice:focus-visible { outline: 3px solid #f0a500; outline-offset: 2px; box-shadow: 0 0 0 5px #1a1a1a; }
a.choice strong { display: block; font-size: 1.25rem; color: #1f6fa3; text-decoration: underline; text-underline-offset: .15em; }
a.choice span { display: block; margin-top: .5rem; color: #404040; }
/* A dark system gets a dark page, script or not (the colours of the site's dark theme). */
@media (prefers-color-scheme: dark) {
  body { background: #121417; color: #d5d9de; }
  h1 { color: #9acbf5; }
  a.choice { background: #1b1e22; border-color: #3a3f47; border-top-color: #80bdf2; }
  a.choice:hover { border-color: #80bdf2; box-shadow: none; }
  a.choice:focus-visible { box-shadow: 0 0 0 5px #f3f6f9; }
  a.choice strong { color: #80bdf2; }
  a.choice span { color: #c9ced4; }
}"""

#: Sends the visitor to the edition they chose before (language-switch.js stores it), else
#: the first their browser prefers that the site has, else the source language.
CHOOSER_SCRIPT = """(function () {
  var known = %s, lang = null;
  try { lang = localStorage.getItem("signals-docs-language"); } catch (e) {}
  if (known.indexOf(lang) < 0) {
    var prefs = navigator.languages || [navigator.language || ""];
    lang = %s;
    for (var i = 0; i < prefs.length; i++) {
      var code = String(prefs[i]).toLowerCase().split("-")[0];
      if (known.indexOf(code) >= 0) { lang = code; break; }
    }
  }
  location.replace(lang + "/index.html" + location.hash);
})();"""


def _attrs(lang: site.Language) -> str:
    return f'lang="{lang.code}"' + (' dir="rtl"' if lang.direction == "rtl" else "")


def chooser_html(languages: dict[str, site.Language] = site.LANGUAGES, source: str = site.SOURCE_LANGUAGE) -> str:
    """The root page: every edition, each named and described in its own language."""
    esc = html.escape
    fonts = []
    for lang in languages.values():
        if lang.font:
            for weight, file in zip(lang.font.weights, lang.font.files, strict=True):
                fonts.append(
                    f"@font-face {{ font-family: {lang.font.family}; font-weight: {weight}; font-display: swap; "
                    f'src: url({lang.code}/_static/{file}) format("woff2"); }}'
                )
            fonts.append(f'[lang="{lang.code}"] {{ font-family: {lang.font.family}, system-ui, sans-serif; }}')
    alternates = "".join(f'<link rel="alternate" hreflang="{code}" href="{code}/index.html">\n' for code in languages)
    titles = " ".join(f"<span {_attrs(lang)}>{esc(lang.title)}</span>" for lang in languages.values())
    choices = "\n".join(
        f'<li><a class="choice" href="{code}/index.html" hreflang="{code}" {_attrs(lang)}>'
        f"<strong>{esc(lang.name)}</strong>\n  <span>{esc(lang.tagline)}</span></a></li>"
        for code, lang in languages.items()
    )
    names = ", ".join(lang.english_name or lang.name for lang in languages.values())
    script = CHOOSER_SCRIPT % (json.dumps(list(languages)), json.dumps(source))
    return f"""<!DOCTYPE html>
<html lang="{source}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(" · ".join(lang.title for lang in languages.values()))}</title>
<meta name="description" content="{esc(languages[source].tagline)} ({esc(names)})">
{alternates}<script>
{script}
</script>
<style>
{chr(10).join(fonts)}
{CHOOSER_CSS}
</style>
</head>
<body>
<main>
<h1>{titles}</h1>
<ul>
{choices}
</ul>
</main>
</body>
</html>
"""


def write(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` unless it holds it already: a language's folder is left untouched
    when nothing changed (scripts/unless_unchanged.py tells a built language by its files' times)."""
    if not path.is_file() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("html_root", type=Path, help="the built site: BUILDDIR/html, holding one folder per language")
    html_root = parser.parse_args(argv).html_root
    base_url = site.base_url()
    for lang in LANGUAGES:
        if not (html_root / lang / "index.html").is_file():
            parser.error(f"{html_root / lang} is not built: build every language first (make html)")
        write(html_root / lang / "sitemap.xml", language_sitemap(html_root, lang, base_url))
    write(html_root / "index.html", chooser_html())
    write(html_root / "sitemap.xml", sitemap_index(base_url))
    write(html_root / "robots.txt", robots_txt(base_url))
    return 0


if __name__ == "__main__":
    sys.exit(main())
