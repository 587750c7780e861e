"""What search engines and link previews read: descriptions, titles, sitemap, robots.txt.

Every source page has a ``myst.html_meta.description`` front matter that the
Persian catalog translates; the sitemaps (one per language and the root
index, all written by scripts/site_root.py) lists every page with both languages,
and robots.txt at the root names it. Lighthouse's SEO audit checks the same
on a few pages (test_lighthouse.py); these checks cover every page.
"""

import re
from html.parser import HTMLParser
from xml.etree import ElementTree

import pytest

from builtsite import site_conf
from sitepaths import LANGUAGES, source_pages

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
PERSIAN_LETTER = re.compile("[\u0600-\u06ff]")
LATIN_LETTER = re.compile("[A-Za-z]")


class _Head(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.title, self._in_title, self.canonical = "", False, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and attrs.get("name"):
            self.meta[attrs["name"]] = attrs.get("content") or ""
        elif tag == "title":
            self._in_title = True
        elif tag == "link" and attrs.get("rel") == "canonical":
            self.canonical = attrs.get("href")

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data


def head(html_root, lang, page) -> _Head:
    parser = _Head()
    parser.feed((html_root / lang / f"{page}.html").read_text(encoding="utf-8"))
    return parser


@pytest.mark.parametrize("page", source_pages())
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_has_a_description_in_its_language(html_root, lang, page):
    parsed = head(html_root, lang, page)
    description = parsed.meta.get("description", "").strip()
    assert description, (
        f"{lang}/{page}.html has no <meta name='description'>: add myst.html_meta.description to docs/{page}.md"
    )
    assert 50 <= len(description) <= 300, (
        f"{lang}/{page}.html: description is {len(description)} characters (50-300 reads well in results)"
    )
    assert parsed.title.strip(), f"{lang}/{page}.html has no <title>"
    if lang == "fa":
        persian, latin = len(PERSIAN_LETTER.findall(description)), len(LATIN_LETTER.findall(description))
        assert persian > latin, (
            f"fa/{page}.html: the description is not Persian ({description[:80]!r}): translate it in locale/fa/LC_MESSAGES/{page}.po"
        )


def test_descriptions_are_not_shared_between_pages(html_root):
    seen: dict[str, str] = {}
    for page in source_pages():
        description = head(html_root, "en", page).meta.get("description", "")
        assert description not in seen, f"{page} and {seen.get(description)} share one description"
        seen[description] = page


def test_canonical_urls_name_the_language_and_page(html_root):
    conf = site_conf()

    for lang in LANGUAGES:
        for page in source_pages():
            if page == "404":
                continue
            canonical = head(html_root, lang, page).canonical
            assert canonical == f"{conf.BASE_URL}{lang}/{page}.html", f"{lang}/{page}.html: canonical {canonical!r}"


def test_sitemaps_list_every_page_with_both_languages(html_root):
    conf = site_conf()

    index = ElementTree.parse(html_root / "sitemap.xml").getroot()
    listed = [loc.text for loc in index.findall("s:sitemap/s:loc", NS)]
    assert listed == [f"{conf.BASE_URL}{lang}/sitemap.xml" for lang in LANGUAGES]
    for lang in LANGUAGES:
        urls = ElementTree.parse(html_root / lang / "sitemap.xml").getroot().findall("s:url", NS)
        locs = {url.findtext("s:loc", namespaces=NS) for url in urls}
        expected = {f"{conf.BASE_URL}{lang}/{page}.html" for page in source_pages() if page != "404"}
        assert expected <= locs, f"{lang}/sitemap.xml misses {sorted(expected - locs)[:5]}"
        for url in urls:
            hreflangs = {link.get("hreflang") for link in url.findall("x:link", NS)}
            assert hreflangs == set(LANGUAGES), f"{url.findtext('s:loc', namespaces=NS)}: alternates {hreflangs}"


def test_robots_txt_at_the_root_names_the_sitemap(html_root):
    conf = site_conf()

    robots = (html_root / "robots.txt").read_text(encoding="utf-8")
    assert f"Sitemap: {conf.BASE_URL}sitemap.xml" in robots.splitlines()
    assert "Disallow: /" not in robots.splitlines()
