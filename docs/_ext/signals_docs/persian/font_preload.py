"""Preload the web fonts that a page's own stylesheets declare.

Why: a browser only asks for a web font once it has the CSS and has laid out
text that uses it; until the font arrives it draws a fallback (font-display:
swap), then redraws. For Persian the fallback's metrics differ so much that the
whole page moves: Lighthouse measured a layout shift of 0.2-0.6 on fa pages.
A preload starts the download with the HTML, so the font is there for the
first paint. The preloads are added by a small async script
(static/font-preload.js) and only over http(s): a font preload is always a
CORS request, which file:// (the offline zip) refuses with a console error per
font, although the stylesheet's own font load works there. Only the project's stylesheets are read
(html_static_path, e.g. the Vazirmatn CSS on fa pages); the theme's own fonts
are left to ``assets/css_purge``, which removes most of them.
"""

import html
import json
from pathlib import Path

from sphinx.application import Sphinx

from signals_docs.css import parse, urls


def font_urls(css: str) -> list[str]:
    """The woff2 URLs of the top-level ``@font-face`` rules in ``css``, in order, once each.

    Faces inside ``@media print`` are not preloaded: a screen never uses them.
    """
    found = [
        url
        for rule in parse(css)
        if rule.type == "at-rule" and rule.lower_at_keyword == "font-face"
        for url in urls(rule)
        if url.endswith(".woff2")
    ]
    return list(dict.fromkeys(found))


def _add_preloads(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    outdir = Path(app.outdir)
    links = []
    for css in context.get("css_files", []):
        filename = str(getattr(css, "filename", css))
        if "://" in filename or filename.startswith("_static/css/"):  # the theme's own
            continue
        path = outdir / filename
        if not path.is_file():
            continue
        for url in font_urls(path.read_text(encoding="utf-8")):
            font = (path.parent / url).resolve().relative_to(outdir.resolve()).as_posix()
            href = context["pathto"](font, 1)
            links.append(href)
    if links:
        # Not <link rel="preload">: from file:// each one logs a CORS error (see font-preload.js).
        script = context["pathto"]("_static/font-preload.js", 1)
        fonts = html.escape(json.dumps(links), quote=True)
        context["metatags"] = (
            context.get("metatags", "") + f'\n<script async src="{script}" data-fonts="{fonts}"></script>'
        )


def setup(app: Sphinx) -> dict:
    app.setup_extension("signals_docs.persian")  # font-preload.js
    # After the extensions that add stylesheets per page (rtl.py adds the Persian font CSS).
    app.connect("html-page-context", _add_preloads, priority=700)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
