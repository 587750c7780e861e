"""``make pdf``: one PDF per language that opens, renders, and holds every page's heading in order."""

import re
import shutil
import subprocess
import unicodedata

import pytest

from builtsite import require
from make_pdf import main, print_language, reading_order
from signals_docs.site import LANGUAGES as RECORDS
from sitepaths import LANGUAGES

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def text_key(text: str) -> str:
    """Text as PDF extraction and HTML agree on it: ligatures unfolded, no spaces, no ZWNJ, one form of «هٔ»."""
    text = unicodedata.normalize("NFKC", text).replace("ۀ", "ه").replace("\u0654", "")
    return re.sub(r"[\s\u200c\u200f\u200e\u2066-\u2069]", "", text)


def headings_out_of_order(page_texts: list[str], titles: list[str]) -> list[str]:
    """Titles that do not open a PDF page after the previous title's page.

    Every site page starts a new PDF page with its heading, so its title is the
    first line of that page's text; a title found only in running text (a link
    to the page) does not count.
    """
    problems, position = [], 0
    first_lines = [text_key(next((line for line in text.splitlines() if line.strip()), "")) for text in page_texts]
    for title in titles:
        # Word by word: a heading that mixes directions («API سیگنال») is extracted in visual order.
        words = [text_key(word) for word in title.split()]
        found = next(
            (i for i in range(position, len(first_lines)) if all(word in first_lines[i] for word in words)), None
        )
        if found is None:
            problems.append(f"{title!r} opens no PDF page from page {position + 1} on")
        else:
            position = found + 1
    return problems


def test_order_check_notices_a_missing_or_misplaced_heading():
    pages = ["Why signals\nsee Writing receivers", "Writing receivers\nbody", "more body"]
    assert headings_out_of_order(pages, ["Why signals", "Writing receivers"]) == []
    assert headings_out_of_order(pages, ["Writing receivers", "Why signals"]) == [
        "'Why signals' opens no PDF page from page 3 on"
    ]
    assert headings_out_of_order(pages[1:], ["Why signals", "Writing receivers"])[0].startswith(
        "'Why signals' opens no"
    )
    assert headings_out_of_order(["نوشتن گیرنده ها"], ["نوشتن گیرنده‌ها"]) == []


def font_names(page) -> set[str]:
    """The fonts a PDF page draws text with: embedded names without the subset tag, or the font type."""
    fonts = page["/Resources"].get("/Font", {})
    names = set()
    for font in fonts.values():
        font = font.get_object()
        name = str(font.get("/BaseFont", font["/Subtype"])).lstrip("/")
        names.add(name.split("+", 1)[-1])
    return names


@pytest.fixture(scope="module")
def pdfs(html_root, tmp_path_factory, browser):
    """The PDFs ``make pdf`` writes, printed by the session's browser (one Playwright per process)."""
    require(bool(shutil.which("pdftoppm")), "pdftoppm not found (Debian: apt-get install poppler-utils)")
    out = tmp_path_factory.mktemp("pdf")
    return {
        lang: print_language(browser, html_root / lang, lang, out / f"django-signals-{lang}.pdf") for lang in LANGUAGES
    }


@pytest.mark.parametrize("lang", LANGUAGES)
def test_pdf_renders_and_holds_every_heading_in_reading_order(pdfs, html_root, lang, tmp_path):
    from pypdf import PdfReader

    pdf = pdfs[lang]
    subprocess.run(["pdftoppm", "-f", "1", "-l", "2", "-r", "30", "-png", str(pdf), str(tmp_path / "p")], check=True)
    assert len(list(tmp_path.glob("p-*.png"))) == 2, "pdftoppm did not render the first two pages"
    reader = PdfReader(pdf)
    titles = [title for _, title in reading_order(html_root / lang)]
    assert len(titles) >= 20
    bookmarks = [item.title for item in reader.outline if not isinstance(item, list)]
    assert bookmarks[1:] == titles, "the PDF's bookmarks do not follow the table of contents"
    font = RECORDS[lang].font
    if font:  # Its own typeface, embedded as a font: Chromium writes a variable font as Type 3 drawings.
        for number in (0, 1, len(reader.pages) - 1):  # the contents, the first page, the last
            names = font_names(reader.pages[number])
            assert any(name.startswith(font.family) for name in names), (
                f"{pdf.name}, page {number + 1}: {font.family} is not embedded, only {sorted(names)}"
            )
    problems = headings_out_of_order([page.extract_text() for page in reader.pages[1:]], titles)
    assert not problems, f"{pdf.name}: " + "; ".join(problems)
    assert reader.metadata.title


def test_make_pdf_says_what_is_missing(tmp_path, capsys):
    with pytest.raises(SystemExit) as stop:
        main([str(tmp_path), str(tmp_path / "out"), "--languages", "en"])
    assert stop.value.code == 1
    assert "index.html" in capsys.readouterr().err


def test_a_page_without_a_heading_is_a_clear_error(tmp_path):
    (tmp_path / "index.html").write_text('<html><link rel="next" href="b.html"><h1>A</h1></html>')
    (tmp_path / "b.html").write_text("<html><p>no heading</p></html>")
    with pytest.raises(ValueError, match=r"b\.html: no <h1>"):
        reading_order(tmp_path)
