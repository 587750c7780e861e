"""No page logs an error or asks for anything outside the site.

Every page's first visit is the one the weight and accessibility checks share
(the ``visit`` fixture): a script that throws, a stylesheet or font that is not
there (the browser logs a failed load as a console error), or a request that
leaves 127.0.0.1 fails here, naming the page.
"""

import pytest

from builtsite import built_pages
from sitepaths import LANGUAGES, SAMPLED_LANGUAGE, sampled

pytestmark = pytest.mark.browser


def problems(visit, paths) -> list[str]:
    found = []
    for path in paths:
        seen = visit(path)
        found += [f"{path}: {error}" for error in seen.errors]
        found += [f"{path}: requested {url} (outside the site)" for url in seen.outside]
    return found


@pytest.mark.parametrize("lang", sampled(LANGUAGES, SAMPLED_LANGUAGE))
def test_the_home_and_model_pages_log_no_error(visit, lang):
    found = problems(visit, [f"{lang}/index.html", f"{lang}/why-signals.html", f"{lang}/search.html"])
    assert not found, "\n".join(found)


@pytest.mark.slow
def test_no_page_logs_an_error(visit, html_root):
    found = problems(visit, built_pages(html_root))
    assert not found, "\n".join(found)
