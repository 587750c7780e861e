"""Weight budget: what a reader downloads, measured in the browser.

A first visit to any page (empty cache) downloads at most FIRST_LOAD_BUDGET
bytes, uncompressed, counting every response (HTML, CSS, scripts, fonts the
page's text really uses, images); going on from the home page to the next one
costs at most NEXT_PAGE_BUDGET more bytes (files not already fetched), and no
page fetches more than that in files other than its own document and images
(a long page's HTML may itself exceed 30 KB: fa/glossary.html does). The
search index, loaded by search.html only, has a budget of its own. Every page that ends
with exercises may add at most EXERCISE_BUDGET to what it weighed without them (issue 23:
the exercises' markup in the page and whatever of theirs it fetches before any interaction,
measured on its own; their task, starter and hints load when the reader reaches them,
test_exercises.py checks that). sphinx-rtd-theme's
defaults weigh about 775 KB per page; docs/_ext/signals_docs/assets/ is what keeps
this site under budget.
"""

import pytest

from builtsite import FIRST_LOAD_BUDGET, built_pages, transfer_sizes
from sitepaths import LANGUAGES, SAMPLED_LANGUAGE, sampled

pytestmark = pytest.mark.browser

NEXT_PAGE_BUDGET = 30_000
EXERCISE_BUDGET = 5_000
#: The bytes of the page's exercise sections, as served (UTF-8).
EXERCISE_BYTES = """() => [...document.querySelectorAll("section.exercise")]
  .reduce((sum, section) => sum + new TextEncoder().encode(section.outerHTML).length, 0)"""
#: Files of the exercises: their loader (exercise.js) and anything else named so, and the pages' parts.
EXERCISE_FILES = ("exercise", "/_static/exercises/")
#: The search index is data that grows with the site; search.html alone loads it,
#: so it has its own budget instead of counting against the page's.
SEARCH_INDEX = "searchindex.js"
SEARCH_INDEX_BUDGET = 120_000


def exercise_weight(page, sizes: dict[str, int]) -> int:
    """Bytes of the page's exercises as loaded: their sections and the files of theirs it fetched."""
    files = sum(
        size for url, size in sizes.items()
        if url.rsplit("/", 1)[-1].startswith(EXERCISE_FILES[0]) or EXERCISE_FILES[1] in url
    )  # fmt: skip
    return page.evaluate(EXERCISE_BYTES) + files


def pages_with_exercises(html_root, lang: str) -> list[str]:
    return [
        p for p in built_pages(html_root, [lang]) if '<section class="exercise"' in (html_root / p).read_text("utf-8")
    ]


def describe(sizes: dict[str, int]) -> str:
    return ", ".join(
        f"{url.rsplit('/', 1)[-1]} {size // 1000} KB" for url, size in sorted(sizes.items(), key=lambda kv: -kv[1])[:6]
    )


@pytest.mark.slow
def test_every_page_first_load_fits_the_budget(visit, html_root):
    over = []
    for path in built_pages(html_root):
        sizes = visit(path).sizes
        total = sum(size for url, size in sizes.items() if not url.endswith("/" + SEARCH_INDEX))
        if total > FIRST_LOAD_BUDGET:
            over.append(f"{path}: {total // 1000} KB ({describe(sizes)})")
    assert not over, f"pages over the {FIRST_LOAD_BUDGET // 1000} KB first-load budget:\n" + "\n".join(over)


@pytest.mark.parametrize("lang", sampled(LANGUAGES, SAMPLED_LANGUAGE))
def test_the_second_page_costs_little(new_page, site_url, html_root, lang):
    # The reader's usual path: the home page, then its "next" link.
    page = new_page()
    seen = transfer_sizes(page, f"{site_url}/{lang}/index.html")
    next_href = page.get_attribute("link[rel=next]", "href")
    sizes = transfer_sizes(page, f"{site_url}/{lang}/{next_href}")
    extra = {url: size for url, size in sizes.items() if url not in seen}
    exercises = exercise_weight(page, extra)
    assert sum(extra.values()) - exercises <= NEXT_PAGE_BUDGET, (
        f"{lang}/{next_href} after {lang}/index.html: {describe(extra)} ({exercises} bytes of exercises aside)"
    )


def exercises_over_budget(new_page, site_url, pages: list[str]) -> list[str]:
    """Each of ``pages`` on a first visit, before any interaction (issue 23), at the top: those
    whose exercises weigh more than EXERCISE_BUDGET."""
    weights = {}
    for path in pages:
        page = new_page()
        weights[path] = exercise_weight(page, transfer_sizes(page, f"{site_url}/{path}"))
        page.context.close()
    return [f"{path}: {weight} bytes" for path, weight in weights.items() if weight > EXERCISE_BUDGET]


def heaviest_exercises(html_root, lang: str) -> str:
    """The page of ``lang`` whose exercise sections weigh most in the built HTML. The browser ranks
    the pages the same way: the file their exercises fetch before any interaction (exercise.js)
    is the same on every page, and their markup is what the build wrote."""
    return max(pages_with_exercises(html_root, lang), key=lambda path: len(sections_html(html_root / path)))


def sections_html(page) -> bytes:
    """The exercise sections of a built page, as written (nested sections included)."""
    html = page.read_bytes()
    found, start = b"", html.find(b'<section class="exercise"')
    while start >= 0:
        depth, at = 0, start
        while True:
            opened, closed = html.find(b"<section", at), html.find(b"</section>", at)
            if 0 <= opened < closed:
                depth, at = depth + 1, opened + 1
            else:
                depth, at = depth - 1, closed + len(b"</section>")
                if depth == 0:
                    break
        found += html[start:at]
        start = html.find(b'<section class="exercise"', at)
    return found


@pytest.mark.slow  # a first visit to each page with exercises; make test weighs the heaviest, below
@pytest.mark.parametrize("lang", LANGUAGES)
def test_exercises_add_at_most_5_kb_to_every_page_they_end(new_page, site_url, html_root, lang):
    pages = pages_with_exercises(html_root, lang)
    assert pages, f"no page of {lang} ends with an exercise"
    over = exercises_over_budget(new_page, site_url, pages)
    assert not over, f"pages whose exercises add over {EXERCISE_BUDGET} bytes to the first load:\n" + "\n".join(over)


def test_exercises_add_at_most_5_kb_to_the_page_where_they_weigh_most(new_page, site_url, html_root):
    """The sample of the test above in every make test: the page, of either language, closest to the budget."""
    page = max(
        (heaviest_exercises(html_root, lang) for lang in LANGUAGES), key=lambda p: len(sections_html(html_root / p))
    )
    over = exercises_over_budget(new_page, site_url, [page])
    assert not over, f"the page whose exercises weigh most adds over {EXERCISE_BUDGET} bytes: {over}"


@pytest.mark.slow
@pytest.mark.parametrize("lang", LANGUAGES)
def test_other_pages_fetch_nothing_but_their_own_html(new_page, site_url, html_root, lang):
    # After one page, any other page may add its own document and images, and at most
    # NEXT_PAGE_BUDGET of other files (page-specific scripts or styles).
    page = new_page()
    seen = transfer_sizes(page, f"{site_url}/{lang}/index.html")
    over = []
    # search.html loads the search machinery and index: it is held to the first-load budget.
    for path in [p for p in built_pages(html_root, [lang]) if not p.endswith("/search.html")]:
        url = f"{site_url}/{path}"
        sizes = transfer_sizes(page, url)
        extra = {u: n for u, n in sizes.items() if u not in seen and u != url and "/_images/" not in u}
        seen.update(sizes)
        if sum(extra.values()) > NEXT_PAGE_BUDGET:
            over.append(f"{path}: {describe(extra)}")
    assert not over, f"pages fetching over {NEXT_PAGE_BUDGET // 1000} KB of extra files:\n" + "\n".join(over)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_search_index_fits_its_budget(html_root, lang):
    size = (html_root / lang / SEARCH_INDEX).stat().st_size
    assert size <= SEARCH_INDEX_BUDGET, (
        f"{lang}/{SEARCH_INDEX} is {size // 1000} KB (budget {SEARCH_INDEX_BUDGET // 1000} KB)"
    )
