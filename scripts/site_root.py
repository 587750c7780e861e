#!/usr/bin/env python3
"""Write the site root's robots.txt and sitemap.xml, after both languages are built.

Usage: scripts/site_root.py BUILDDIR/html

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
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "docs" / "_ext"))

from signals_docs import site  # noqa: E402

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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("html_root", type=Path, help="the built site: BUILDDIR/html, holding one folder per language")
    html_root = parser.parse_args(argv).html_root
    base_url = site.base_url()
    for lang in LANGUAGES:
        if not (html_root / lang / "index.html").is_file():
            parser.error(f"{html_root / lang} is not built: build every language first (make html)")
        (html_root / lang / "sitemap.xml").write_text(language_sitemap(html_root, lang, base_url), encoding="utf-8")
    (html_root / "sitemap.xml").write_text(sitemap_index(base_url), encoding="utf-8")
    (html_root / "robots.txt").write_text(robots_txt(base_url), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
