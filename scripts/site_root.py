#!/usr/bin/env python3
"""Write the site root's robots.txt and sitemap.xml, after both languages are built.

Usage: scripts/site_root.py BUILDDIR/html

Each language is a separate Sphinx build, so sphinx-sitemap writes one
``<lang>/sitemap.xml`` per language (every URL with its hreflang alternates).
The root gets a sitemap index pointing at both and a robots.txt naming it;
crawlers only look for robots.txt at the root. The language sitemaps are
rewritten sorted by URL: parallel builds record pages in any order, and the
site must build byte for byte the same twice (tests/site_checks/test_reproducible.py).
Absolute URLs come from conf.py's BASE_URL (env DOCS_BASE_URL).
"""

import sys
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parents[1]
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
LANGUAGES = ("en", "fa")


def sort_sitemap(path: Path) -> int:
    """Rewrite a urlset sitemap with its ``<url>`` entries sorted by ``<loc>``; return their count."""
    ElementTree.register_namespace("", SITEMAP_NS)
    ElementTree.register_namespace("xhtml", "http://www.w3.org/1999/xhtml")
    tree = ElementTree.parse(path)
    urlset = tree.getroot()
    urls = sorted(urlset, key=lambda url: url.findtext(f"{{{SITEMAP_NS}}}loc") or "")
    urlset[:] = urls
    tree.write(path, xml_declaration=True, encoding="utf-8")
    return len(urls)


def sitemap_index(base_url: str, languages=LANGUAGES) -> str:
    entries = "".join(f"<sitemap><loc>{base_url}{lang}/sitemap.xml</loc></sitemap>" for lang in languages)
    return f'<?xml version="1.0" encoding="utf-8"?>\n<sitemapindex xmlns="{SITEMAP_NS}">{entries}</sitemapindex>\n'


def robots_txt(base_url: str) -> str:
    return f"User-agent: *\nAllow: /\n\nSitemap: {base_url}sitemap.xml\n"


def main(html_root: Path) -> None:
    sys.path.insert(0, str(ROOT))
    from conf import BASE_URL

    for lang in LANGUAGES:
        sitemap = html_root / lang / "sitemap.xml"
        if not sitemap.is_file():
            sys.exit(f"site_root: {sitemap} is missing: build both languages first (make html)")
        sort_sitemap(sitemap)
    (html_root / "sitemap.xml").write_text(sitemap_index(BASE_URL), encoding="utf-8")
    (html_root / "robots.txt").write_text(robots_txt(BASE_URL), encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__.split("\n\n")[1])
    main(Path(sys.argv[1]))
