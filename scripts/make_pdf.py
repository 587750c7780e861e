"""Print the built site as one PDF per language: ``make pdf``.

Why: some readers study on paper or on an e-reader, and a release should be
citable as a single file. Chromium — the browser the tests already drive —
prints each built page with the site's print stylesheet (docs/_ext/signals_docs/
chrome/static/print.css), in reading order (the pages' ``rel="next"`` links,
which follow the table of contents), so Persian pages come out right to left in
the Vazirmatn font the pages embed. pypdf joins the pages behind a printed table
of contents and gives the PDF a bookmark per page, with the page's own headings.
"""

from __future__ import annotations

import argparse
import html
import sys
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import _paths  # noqa: F401  (the project's import paths)
from chromium import CHROMIUM, CHROMIUM_ARGS
from signals_docs.site import LANGUAGES, RELEASE


class _PageFacts(HTMLParser):
    """The page's ``<link rel="next">`` and the text of its first ``<h1>``."""

    def __init__(self):
        super().__init__()
        self.next = None
        self.title = ""
        self._in_h1 = False
        self._h1_done = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link" and attrs.get("rel") == "next":
            self.next = attrs.get("href")
        if tag == "h1" and not self._h1_done:
            self._in_h1 = True
        if tag == "a" and self._in_h1 and "headerlink" in (attrs.get("class") or ""):
            self._in_h1 = False  # the ¶ anchor ends the heading's text

    def handle_endtag(self, tag):
        if tag == "h1" and self._in_h1:
            self._in_h1, self._h1_done = False, True

    def handle_data(self, data):
        if self._in_h1:
            self.title += data


def reading_order(language_root: Path) -> list[tuple[Path, str]]:
    """(page, title) from index.html along the ``rel="next"`` links."""
    pages, page, seen = [], language_root.resolve() / "index.html", set()
    while page and page.resolve() not in seen:
        if not page.is_file():
            raise FileNotFoundError(f"{page}: linked as the next page but not built (run 'make html')")
        seen.add(page.resolve())
        facts = _PageFacts()
        facts.feed(page.read_text(encoding="utf-8"))
        title = " ".join(facts.title.split())
        if not title:
            raise ValueError(f"{page}: no <h1> to name the page in the PDF's contents")
        pages.append((page, title))
        page = (page.parent / facts.next.split("#")[0]) if facts.next else None
    return pages


def contents_page(lang: str, entries: list[tuple[str, int]], static: Path | None) -> str:
    """A printed table of contents: titles and the page each starts on.

    ``static`` is the language build's ``_static/``: the language's print fonts
    are declared from there (its font CSS is folded into the page bundle).
    """
    font = LANGUAGES[lang].font
    family = f"{font.family}," if font else ""
    rows = "\n".join(
        f'<li><span class="t">{html.escape(title)}</span><span class="n">{number}</span></li>'
        for title, number in entries
    )
    faces = "".join(
        f"@font-face{{font-family:{font.family};font-weight:{weight};"
        f'src:url("{(static / file).as_uri()}") format("woff2")}}'
        for weight, file in zip(font.weights, font.print_files, strict=True)
    ) if font and static else ""  # fmt: skip
    return f"""<!doctype html><html lang="{lang}" dir="{LANGUAGES[lang].direction}"><head><meta charset="utf-8">
<style>{faces}body{{font-family:{family}system-ui,sans-serif;margin:0}} h1{{font-size:22pt}}
ol{{list-style:none;padding:0}} li{{display:flex;gap:1em;border-bottom:1px dotted #999;padding:4pt 0}}
.t{{flex:1}} .n{{font-variant-numeric:tabular-nums}}</style></head>
<body><h1>{html.escape(LANGUAGES[lang].title)}</h1><h2>{html.escape(LANGUAGES[lang].pdf_contents)}</h2><ol>{rows}</ol></body></html>"""


def print_language(browser, language_root: Path, lang: str, target: Path) -> Path:
    from pypdf import PdfReader, PdfWriter

    language_root = language_root.resolve()
    pages = reading_order(language_root)
    page = browser.new_page()
    page.emulate_media(media="print")
    options = {"format": "A4", "print_background": True, "outline": True, "tagged": True}
    with tempfile.TemporaryDirectory() as tmp:
        printed = []
        for number, (path, title) in enumerate(pages):
            page.goto(path.as_uri(), wait_until="load")
            # An exercise's starter and hints load when a reader reaches it (exercises/static/exercise.js).
            page.evaluate("Promise.all([document.fonts.ready, self.exerciseLoader?.fill()])")
            pdf = Path(tmp, f"{number:03}.pdf")
            page.pdf(path=str(pdf), **options)
            printed.append((pdf, title))
        counts = [len(PdfReader(pdf).pages) for pdf, _ in printed]
        first, entries = 2, []  # one page of contents comes first
        for (_, title), count in zip(printed, counts, strict=True):
            entries.append((title, first))
            first += count
        contents = Path(tmp, "contents.html")
        contents.write_text(contents_page(lang, entries, language_root / "_static"), encoding="utf-8")
        page.goto(contents.as_uri(), wait_until="load")
        page.evaluate("document.fonts.ready")
        page.pdf(path=str(Path(tmp, "contents.pdf")), **options)
        writer = PdfWriter()
        writer.append(str(Path(tmp, "contents.pdf")), outline_item=LANGUAGES[lang].pdf_contents, import_outline=False)
        for pdf, title in printed:
            writer.append(str(pdf), outline_item=title, import_outline=False)
        writer.add_metadata({"/Title": LANGUAGES[lang].title, "/Lang": lang})
        writer.page_mode = "/UseOutlines"
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("wb") as out:
            writer.write(out)
    page.close()
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make_pdf.py", description=__doc__.splitlines()[0])
    parser.add_argument("html", type=Path, help="the built site (_build/html)")
    parser.add_argument("dist", type=Path, help="where the PDFs go (dist/)")
    parser.add_argument("--languages", nargs="+", default=list(LANGUAGES), choices=list(LANGUAGES))
    args = parser.parse_args(argv)
    missing = [
        str(args.html / lang / "index.html")
        for lang in args.languages
        if not (args.html / lang / "index.html").is_file()
    ]
    if missing:
        parser.exit(1, f"make pdf: no built site ({', '.join(missing)} missing): run 'make html'\n")
    if not CHROMIUM.is_file():
        parser.exit(1, f"make pdf: Chromium not found at {CHROMIUM} (Debian: apt-get install chromium)\n")
    from playwright.sync_api import sync_playwright

    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            for lang in args.languages:
                target = print_language(
                    browser, args.html / lang, lang, args.dist / f"django-signals-{RELEASE}-{lang}.pdf"
                )
                print(f"Wrote {target} ({target.stat().st_size / 1024:.0f} KiB)")
            browser.close()
    except (OSError, ValueError) as error:
        parser.exit(1, f"make pdf: {error}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
