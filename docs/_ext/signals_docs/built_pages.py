"""Rewrite every page of an HTML build in place: a helper, not an extension.

Why: several extensions (``assets/html_indent``, ``assets/plain_tokens``,
``chrome/csp``) finish their job on the written pages once the build is over;
this is their one loop over the output, so each says only what it changes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path


def rewrite_pages(outdir: str | Path, transform: Callable[[str, Path], str]) -> None:
    """Replace each ``*.html`` under ``outdir`` by ``transform(html, path)``; unchanged pages are not written."""
    for page in sorted(Path(outdir).rglob("*.html")):
        html = page.read_text(encoding="utf-8")
        new = transform(html, page)
        if new != html:
            page.write_text(new, encoding="utf-8")
