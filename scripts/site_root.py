#!/usr/bin/env python3
"""Write the site root's robots.txt and sitemap.xml, after both languages are built.

Usage: scripts/site_root.py BUILDDIR/html

Each language is a separate Sphinx build. sphinx-sitemap writes one
``<lang>/sitemap.xml`` per build, but lists only the pages that build wrote, so
an incremental build leaves pages out; this script rewrites each language's
sitemap from the built files (sorted, every page with its hreflang twins), then
gives the root a sitemap index pointing at both and a robots.txt naming it;
crawlers only look for robots.txt at the root. Sorted output keeps the site
byte-for-byte reproducible. Absolute URLs come from conf.py's BASE_URL
(env DOCS_BASE_URL).
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
LANGUAGES = ("en", "fa")


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


def main(html_root: Path) -> None:
    sys.path.insert(0, str(ROOT))
    from conf import BASE_URL

    for lang in LANGUAGES:
        if not (html_root / lang / "index.html").is_file():
            sys.exit(f"site_root: {html_root / lang} is not built: build both languages first (make html)")
        (html_root / lang / "sitemap.xml").write_text(language_sitemap(html_root, lang, BASE_URL), encoding="utf-8")
    (html_root / "sitemap.xml").write_text(sitemap_index(BASE_URL), encoding="utf-8")
    (html_root / "robots.txt").write_text(robots_txt(BASE_URL), encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__.split("\n\n")[1])
    main(Path(sys.argv[1]))
