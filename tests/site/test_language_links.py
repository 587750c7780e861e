"""Every built page links its twin in the other language (i18n/language_switch on the real site).

The extension's own tests build a tiny project: tests/extensions/test_language_switch.py.
"""

import re
from pathlib import PurePosixPath

import pytest

import builtsite
from sitepaths import LANGUAGES as BUILT


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
        alternates = dict(builtsite.alternates(html))
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
