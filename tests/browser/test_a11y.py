"""Accessibility: axe-core finds no serious or critical violation on any built page.

axe-core comes from npm (package.json, ``npm ci``) and is injected into each
page by Playwright; every page of both languages is checked, so new pages are
covered as they are written. Keyboard checks: the skip link is the first Tab
stop and moves focus to the text; the language switcher is reachable by Tab.
"""

import pytest

from builtsite import AXE_JS, axe_violations, built_pages, require
from sitepaths import LANGUAGES, SAMPLED_LANGUAGE, other_language, sampled

pytestmark = pytest.mark.browser


def describe(violation: dict) -> str:
    nodes = violation["nodes"]
    first = nodes[0]
    return f"{violation['id']} ({violation['impact']}, {len(nodes)} elements) e.g. {first['target']}: {first['failureSummary'][:160]}"


@pytest.fixture(scope="module")
def axe_available():
    require(AXE_JS.is_file(), f"axe-core not installed ({AXE_JS} missing): run 'npm ci'")


@pytest.mark.slow
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_no_serious_violations_on_any_page(axe_available, visit, html_root, theme):
    # The system's preference picks the theme; the site follows it (color_scheme.py).
    found = []
    for path in built_pages(html_root):
        seen = visit(path, axe=True, theme=theme)
        if seen.theme != theme:
            found.append(f"{path}: the {theme} theme is not applied (data-theme={seen.theme!r})")
        found += [f"{path} ({theme}): {describe(v)}" for v in seen.axe]
    assert not found, "axe-core violations:\n" + "\n".join(found)


@pytest.mark.parametrize("width", sampled([1280, 390], 390))
def test_no_serious_violations_at_phone_width_with_the_menu_open(axe_available, new_page, site_url, width):
    page = new_page(width=width, height=844)
    for lang in LANGUAGES:
        page.goto(f"{site_url}/{lang}/why-signals.html", wait_until="load")
        if width < 768:
            page.click("[data-toggle='wy-nav-top']")
        violations = axe_violations(page)
        assert not violations, f"{lang}/why-signals.html at {width}px: " + "; ".join(map(describe, violations))


@pytest.mark.parametrize("lang", sampled(LANGUAGES, SAMPLED_LANGUAGE))
def test_the_first_tab_stop_skips_to_the_text(page, site_url, lang):
    page.goto(f"{site_url}/{lang}/why-signals.html")
    page.keyboard.press("Tab")
    skip = page.evaluate("[document.activeElement.className, document.activeElement.getAttribute('href')]")
    assert skip == ["skip-link", "#main-content"], f"{lang}: first Tab stop is {skip}, not the skip link"
    assert page.locator(".skip-link").bounding_box()["y"] >= 0, "the focused skip link is off-screen"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main-content"
    page.keyboard.press("Tab")
    inside = page.evaluate("!!document.activeElement.closest('[role=main]')")
    assert inside, f"{lang}: after the skip link, Tab does not continue inside the text"


@pytest.mark.parametrize("lang", sampled(LANGUAGES, SAMPLED_LANGUAGE))
def test_the_phone_menu_opens_from_the_keyboard(new_page, site_url, lang):
    page = new_page(width=390, height=844)
    page.goto(f"{site_url}/{lang}/why-signals.html")
    button = page.locator("[data-toggle='wy-nav-top']")
    button.focus()
    page.keyboard.press("Enter")
    assert "shift" in page.get_attribute("nav.wy-nav-side", "class"), (
        f"{lang}: Enter on the menu button does not open the menu"
    )
    assert button.get_attribute("aria-expanded") == "true"


@pytest.mark.parametrize("lang", sampled(LANGUAGES, SAMPLED_LANGUAGE))
def test_the_language_switcher_is_reachable_by_keyboard(page, site_url, lang):
    page.goto(f"{site_url}/{lang}/why-signals.html")
    other = other_language(lang)
    for _ in range(40):
        page.keyboard.press("Tab")
        hreflang = page.evaluate("document.activeElement.getAttribute('hreflang')")
        if hreflang == other:
            break
    else:
        pytest.fail(f"{lang}: the language switcher is not among the first 40 Tab stops")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.split("?")[0].endswith(f"/{other}/why-signals.html")
