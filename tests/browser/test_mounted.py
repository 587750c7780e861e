"""The built site works wherever it is mounted (Read the Docs serves it under
/en/latest/, GitHub Pages under /<repository>/): here, under PREFIX only.
"""

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from builtsite import serve
from sitepaths import LANGUAGES, LOCALES, SAMPLED_LANGUAGE, sampled

PREFIX = "/docs/signals/"


@pytest.fixture(scope="module")
def mounted_url(html_root):
    with serve(html_root, PREFIX) as url:
        yield url + "/"


@pytest.mark.browser
@pytest.mark.parametrize("lang", sampled(LANGUAGES, SAMPLED_LANGUAGE))
def test_the_site_works_mounted_under_a_sub_path(new_page, mounted_url, lang):
    page = new_page(locale=LOCALES[lang])
    failed, errors = [], []
    page.on("response", lambda r: failed.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(mounted_url + "index.html")
    page.wait_for_url(f"{mounted_url}{lang}/index.html")
    assert page.evaluate("getComputedStyle(document.querySelector('.wy-nav-side')).position") != "static"
    page.locator('a[rel="next"]').first.click()
    page.wait_for_load_state()
    assert page.url.startswith(mounted_url + lang + "/") and page.url != f"{mounted_url}{lang}/index.html"
    page.goto(mounted_url + f"{lang}/search.html?q=signal")
    try:
        page.wait_for_selector("#search-results li a", timeout=15_000)
    except PlaywrightTimeout:
        pytest.fail(f"search found nothing under {PREFIX}; page errors: {errors}")
    page.goto(mounted_url + f"{lang}/index.html")
    zip_url = page.locator("a.examples-download").first.evaluate("link => link.href")  # resolved by the browser
    zip_response = page.request.get(zip_url)
    assert zip_url.startswith(mounted_url) and zip_response.ok and zip_response.body()[:2] == b"PK"
    assert not failed, f"requests that failed under {PREFIX}: {failed}"
