"""No dead links: every internal link, anchor and asset of both languages resolves.

Parses the built HTML with html.parser (no browser, no network): every
``href``/``src`` of every page, the root chooser and the 404 pages must point
at a file that exists, and a ``#fragment`` at an id on the target page. That
covers the navigation, the hreflang alternates and the language switcher.
External links are checked for form only (https, a known host): nothing is
fetched. Assets (scripts, styles, fonts, images) must all come from the site.
"""

import re
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from builtsite import built_pages, site_conf

#: Hosts a page may link to (conf.py ``extlinks`` builds the Django ones).
EXTERNAL_HOSTS = {
    "docs.djangoproject.com", "code.djangoproject.com", "github.com", "www.djangoproject.com",
    "peps.python.org", "docs.python.org", "www.sphinx-doc.org", "pypi.org", "fonts.google.com",
    "www.w3.org", "developer.mozilla.org", "en.wikipedia.org", "fa.wikipedia.org",
    "readthedocs.org", "docs.readthedocs.io", "pytest-django.readthedocs.io", "docs.pytest.org",
}  # fmt: skip
#: Elements whose URL the browser fetches as part of the page.
ASSET_TAGS = {
    ("script", "src"),
    ("img", "src"),
    ("source", "src"),
    ("iframe", "src"),
    ("video", "src"),
    ("audio", "src"),
}
ASSET_RELS = {"stylesheet", "icon", "preload", "modulepreload", "manifest", "apple-touch-icon"}


class _Links(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[str, str, str]] = []  # (tag, attribute, url) or ("link", rel, url)
        self.ids: set[str] = set()
        self.alternates: dict[str, str] = {}  # hreflang -> href of <link rel="alternate">

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name in ("id", "name") if tag == "a" else ("id",):
            if attrs.get(name):
                self.ids.add(attrs[name])
        if tag == "link" and attrs.get("rel") == "alternate" and attrs.get("hreflang"):
            self.alternates[attrs["hreflang"]] = attrs.get("href") or ""
        if tag == "link" and attrs.get("href"):
            self.links.append(("link", attrs.get("rel") or "", attrs["href"]))
        elif attrs.get("href") is not None and tag in {"a", "area"}:
            self.links.append((tag, "href", attrs["href"]))
        elif attrs.get("src") and (tag, "src") in ASSET_TAGS:
            self.links.append((tag, "src", attrs["src"]))


@cache
def parse(path: Path) -> _Links:
    parser = _Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def html_files(html_root: Path) -> list[Path]:
    return [html_root / "index.html", *(html_root / p for p in built_pages(html_root))]


def url_prefix_of(path: Path, html_root: Path) -> str | None:
    """The 404 pages use root-absolute URLs (sphinx-notfound-page): the prefix they assume."""
    if path.name != "404.html":
        return None
    return site_conf().URL_PREFIX


def resolve(source: Path, url: str, html_root: Path) -> Path:
    parts = urlsplit(url)
    target_path = unquote(parts.path)
    if target_path.startswith("/"):
        prefix = url_prefix_of(source, html_root)
        assert prefix and target_path.startswith(prefix), f"root-absolute URL {url!r}"
        target = html_root / target_path[len(prefix) :]
    else:
        target = source.parent / target_path if target_path else source
    target = target.resolve()
    if target.is_dir():
        target = target / "index.html"
    return target


def check_external(url: str) -> str | None:
    parts = urlsplit(url)
    if parts.scheme != "https":
        return f"not https: {url}"
    if parts.hostname not in EXTERNAL_HOSTS:
        return f"host not in the known list (tests/site/test_links.py EXTERNAL_HOSTS): {url}"
    return None


def test_every_internal_link_and_anchor_resolves(html_root):
    problems = []
    root = html_root.resolve()
    for source in html_files(html_root):
        where = source.relative_to(html_root).as_posix()
        for tag, kind, url in parse(source).links:
            if kind == "canonical" or url.startswith(("mailto:", "data:", "javascript:")):
                continue
            base_url = site_conf().BASE_URL
            if url.startswith(base_url):  # absolute hreflang alternates: the published site itself
                url = "/" + url[len(base_url) :]
                target = (html_root / unquote(urlsplit(url).path).lstrip("/")).resolve()
                if not target.is_file():
                    problems.append(f"{where}: {url!r} -> missing {target}")
                continue
            if urlsplit(url).scheme:
                if problem := check_external(url):
                    problems.append(f"{where}: <{tag} {kind}> {problem}")
                continue
            try:
                target = resolve(source, url, html_root)
            except AssertionError as error:
                problems.append(f"{where}: {error}")
                continue
            if not target.is_relative_to(root):
                problems.append(f"{where}: {url!r} leaves the site")
            elif not target.is_file():
                problems.append(f"{where}: {url!r} -> missing {target.relative_to(root)}")
            elif (fragment := unquote(urlsplit(url).fragment)) and target.suffix == ".html":
                if fragment not in parse(target).ids:
                    problems.append(f"{where}: {url!r} -> no id {fragment!r} in {target.relative_to(root)}")
    assert not problems, f"{len(problems)} broken links:\n" + "\n".join(sorted(set(problems))[:60])


def test_every_page_offers_both_languages(html_root):
    # The targets themselves are checked above with every other link.
    missing = [
        f"{path}: hreflang alternates {sorted(parse(html_root / path).alternates)}"
        for path in built_pages(html_root)
        if not {"en", "fa"} <= parse(html_root / path).alternates.keys()
    ]
    assert not missing, "pages without hreflang alternates for en and fa:\n" + "\n".join(missing)


def test_assets_come_from_the_site_only(html_root):
    # The browser tests also block any request off 127.0.0.1; this catches it without a browser.
    outside = []
    for source in html_files(html_root):
        for tag, kind, url in parse(source).links:
            fetched = (tag, "src") in ASSET_TAGS or (tag == "link" and set(kind.split()) & ASSET_RELS)
            if fetched and (urlsplit(url).scheme or url.startswith("//")):
                outside.append(f"{source.relative_to(html_root)}: <{tag}> {url}")
    for css in sorted(html_root.rglob("*.css")):
        text = css.read_text(encoding="utf-8", errors="replace")
        for url in re.findall(r"""(?:url\(\s*['"]?|@import\s+['"])((?:https?:)?//[^'")\s]+)""", text):
            outside.append(f"{css.relative_to(html_root)}: {url}")
    assert not outside, "assets loaded from outside the site:\n" + "\n".join(outside)
