"""The site opens in a real browser: the root chooser, and a page in each language."""

import pytest

pytestmark = pytest.mark.browser


def test_root_sends_a_persian_browser_to_persian(new_page, site_url):
    page = new_page(locale="fa-IR")
    page.goto(f"{site_url}/index.html")
    page.wait_for_url("**/fa/index.html")
    assert page.evaluate("document.documentElement.dir") == "rtl"


def test_root_sends_other_browsers_to_english(new_page, site_url):
    page = new_page(locale="de-DE")
    page.goto(f"{site_url}/index.html")
    page.wait_for_url("**/en/index.html")
    assert page.evaluate("document.documentElement.lang") == "en"
