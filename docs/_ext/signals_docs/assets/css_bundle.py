"""Serve each page's stylesheets as one file: one render-blocking request, not ten.

Why: every ``<link rel="stylesheet">`` in ``<head>`` blocks the first paint until
it has arrived, and a phone on a slow network pays a round trip for each (the
browser opens at most six connections to a host). The theme, Sphinx, the copy
button and each of this project's extensions bring their own small stylesheet,
so a Persian page linked ten; Lighthouse measured the longest one's first paint
at 2.3 s, over the budget of ``tests/browser/test_lighthouse.py``.

After each HTML build (after ``css_purge`` and ``icon_font`` have rewritten the
theme's stylesheet, before ``html_indent`` and the Content-Security-Policy), each
run of consecutive stylesheet links that apply to every medium (no ``media``) and
name files of the site becomes one link to ``_static/site-<names>.css``: the
files in order, their relative ``url(...)``\\ s rebased (``minify`` then minifies it). The
name hashes the members' names, so an incremental build that does not rewrite a
page keeps a valid link; ``?v=`` hashes the content, as Sphinx's own links do.
Links with a ``media`` (print) keep their place after the bundle, so the cascade
order is the one the page asked for. Bundled files that no page links any more
are removed from the output.
"""

from __future__ import annotations

import hashlib
import posixpath
import re
from collections import Counter
from pathlib import Path

import tinycss2
import tinycss2.ast
from sphinx.application import Sphinx
from sphinx.errors import ExtensionError
from sphinx.util import logging

from signals_docs.rewrites import connect_rewrite

logger = logging.getLogger(__name__)

BUNDLE = re.compile(r"^_static/site-[0-9a-f]{10}\.css$")
_LINK = re.compile(r"<link\b[^>]*>")
_LINK_AND_SPACE = re.compile(r"(<link\b[^>]*>)(\s*)")
_ATTRIBUTE = re.compile(r'([\w-]+)(?:="([^"]*)")?')
_NOT_REBASED = re.compile(r"^(?:[a-zA-Z][\w+.-]*:|/|#)")


def attributes(tag: str) -> dict[str, str]:
    return {name.lower(): value or "" for name, value in _ATTRIBUTE.findall(tag[len("<link") :])}


def member(tag: str, base: str) -> tuple[str, str] | None:
    """For a ``<link>`` that loads a file of the site as a stylesheet for every medium: the
    file's path under the output and how the page addresses the output's root
    (``../`` from ``base``, the page's folder, or an absolute ``/en/`` as the 404 page
    writes it). None for any other link."""
    attrs = attributes(tag)
    href = attrs.get("href", "").split("?")[0].split("#")[0]
    if attrs.get("rel") != "stylesheet" or "media" in attrs or not href:
        return None
    if href.startswith("/") and "/_static/" in href:
        root = href[: href.index("/_static/") + 1]
        return href[len(root) :], root
    if _NOT_REBASED.match(href):
        return None
    root = posixpath.relpath(".", base) + "/" if base else ""
    return posixpath.normpath(posixpath.join(base, href)), root


def rebase(css: str, source_dir: str, bundle_dir: str) -> str:
    """``css`` with each relative ``url(...)`` made relative to ``bundle_dir`` instead of ``source_dir``."""

    def new_url(node, target: str):
        if _NOT_REBASED.match(target):  # another host, data:, root-absolute or #fragment
            return node
        path, _, rest = target.partition("?")
        moved = posixpath.relpath(posixpath.normpath(posixpath.join(source_dir, path)), bundle_dir)
        moved += f"?{rest}" if rest else ""
        quoted = moved.replace("\\", "\\\\").replace('"', '\\"')
        return tinycss2.ast.URLToken(node.source_line, node.source_column, moved, f'url("{quoted}")')

    def walk(nodes):
        out = []
        for node in nodes or ():
            if node.type == "url":
                node = new_url(node, node.value)
            elif node.type == "function" and node.lower_name == "url":
                strings = [t for t in node.arguments if t.type == "string"]
                node = new_url(node, strings[0].value) if strings else node
            for attribute in ("prelude", "content", "arguments"):
                if isinstance(getattr(node, attribute, None), list):
                    setattr(node, attribute, walk(getattr(node, attribute)))
            out.append(node)
        return out

    return tinycss2.serialize(walk(tinycss2.parse_stylesheet(css)))


def bundle(static_root: Path, members: list[str]) -> str:
    """The concatenation of ``members`` (paths under the output, ``_static/...``); ``minify`` minifies it."""
    parts = []
    for name in members:
        path = static_root / name
        if not path.is_file():
            raise ExtensionError(f"css_bundle: a page links {name}, which the build did not write")
        css = path.read_text(encoding="utf-8")
        if re.search(r"@(import|charset)\b", css, re.IGNORECASE):
            raise ExtensionError(f"css_bundle: {name} has @import or @charset, which must open a stylesheet")
        parts.append(rebase(css, posixpath.dirname(name), "_static"))
    return "\n".join(parts)


def _head(html: str) -> str:
    end = html.find("</head>")
    return html[:end] if end >= 0 else ""


def _links_of(head: str, base: str) -> list[tuple[str, tuple[str, str] | None]]:
    """Each ``<link>`` of a head with what ``member()`` finds in it."""
    return [(tag, member(tag, base)) for tag in _LINK.findall(head)]


def bundle_pages(app: Sphinx, exception: Exception | None) -> None:
    if exception or app.builder.format != "html":
        return
    outdir = Path(app.outdir)
    pages = {}  # page -> (html, its head, its links)
    for page in sorted(outdir.rglob("*.html")):
        html = page.read_text(encoding="utf-8")
        if head := _head(html):
            base = page.parent.relative_to(outdir).as_posix().removeprefix(".")
            pages[page] = (html, head, _links_of(head, base))
    # A stylesheet most pages link joins the bundle; one page's own (the glossary's) keeps
    # its link, so the next page a reader opens finds the bundle in the cache. Counted on
    # the pages this build wrote (not yet bundled), which always include search and genindex.
    uses: Counter[str] = Counter()
    fresh = 0
    for _, _, links in pages.values():
        members = {found[0] for _, found in links if found}
        if members and not any(BUNDLE.match(m) for m in members):
            fresh += 1
            uses.update(members)
    shared = {name for name, count in uses.items() if count * 2 > fresh}

    written: dict[tuple[str, ...], tuple[str, str]] = {}  # members -> (bundle under outdir, ?v=)
    bundled: set[str] = set()
    linked: set[str] = set()

    def bundle_link(root: str, members: tuple[str, ...]) -> str:
        if members not in written:
            css = bundle(outdir, list(members))
            target = f"_static/site-{hashlib.sha256(chr(10).join(members).encode()).hexdigest()[:10]}.css"
            (outdir / target).write_text(css, encoding="utf-8")
            written[members] = (target, hashlib.sha256(css.encode()).hexdigest()[:8])
        target, version = written[members]
        bundled.update(members)
        linked.add(target)
        return f'<link rel="stylesheet" type="text/css" href="{root}{target}?v={version}" />'

    def rewrite(head: str, links: list) -> str:
        """``head`` with each run of consecutive shared members replaced by one bundle link."""
        tags = [tag for tag, _ in links]
        found = [member for _, member in links]
        replacements: list[str | None] = list(tags)  # None: the tag goes
        run: list[int] = []  # indexes of consecutive shared members

        def close_run():
            roots = {found[i][1] for i in run}
            if len(run) > 1 and len(roots) == 1:
                replacements[run[0]] = bundle_link(roots.pop(), tuple(found[i][0] for i in run))
                for i in run[1:]:
                    replacements[i] = None
            else:
                linked.update(found[i][0] for i in run)
            run.clear()

        for i, entry in enumerate(found):
            if entry and entry[0] in shared:
                run.append(i)
                continue
            close_run()
            if entry:
                linked.add(entry[0])
        close_run()
        if replacements == tags:
            return head
        each = iter(replacements)

        def put(match: re.Match) -> str:
            new = next(each)
            return "" if new is None else new + match.group(2)

        return _LINK_AND_SPACE.sub(put, head)

    for page, (html, head, links) in pages.items():
        lean = rewrite(head, links)
        if lean != head:
            page.write_text(lean + html[len(head) :], encoding="utf-8")
    for stale in sorted(bundled - linked):
        (outdir / stale).unlink(missing_ok=True)
    for old in sorted((outdir / "_static").glob("site-*.css")):
        if old.relative_to(outdir).as_posix() not in linked:
            old.unlink()
    if written:
        logger.info("css_bundle: %d stylesheets -> %s", len(bundled), ", ".join(t for t, _ in written.values()))


def setup(app: Sphinx) -> dict:
    connect_rewrite(app, "css_bundle", bundle_pages)  # its place: signals_docs.rewrites.ORDER
    return {"parallel_read_safe": True, "parallel_write_safe": True}
