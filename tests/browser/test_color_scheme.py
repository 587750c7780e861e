"""The dark theme in the browser: chosen, remembered across pages and languages, painted first.

See docs/_ext/signals_docs/chrome/color_scheme.py. axe and Lighthouse check both
themes in test_a11y.py and test_lighthouse.py.
"""

import pytest

from sitepaths import LANGUAGES, SAMPLED_LANGUAGE, sampled

pytestmark = pytest.mark.browser

DARK_BACKGROUND = "rgb(27, 30, 34)"  # --sd-content in the dark theme
LIGHT_BACKGROUND = "rgb(252, 252, 252)"


def content_background(page) -> str:
    return page.evaluate("getComputedStyle(document.querySelector('.wy-nav-content')).backgroundColor")


@pytest.mark.parametrize("system", sampled(["light", "dark"], "dark"))
def test_automatic_follows_the_system(new_page, site_url, system):
    page = new_page(color_scheme=system)
    for lang in LANGUAGES:
        page.goto(f"{site_url}/{lang}/model-signals.html")
        assert page.get_attribute("html", "data-theme") == system
        assert content_background(page) == (DARK_BACKGROUND if system == "dark" else LIGHT_BACKGROUND)
        assert page.input_value("#color-scheme-side") == "auto"


def test_a_choice_is_kept_across_reloads_pages_and_languages(new_page, site_url):
    page = new_page(color_scheme="light")
    page.goto(f"{site_url}/en/why-signals.html#why-signals")
    assert page.is_visible("#color-scheme-side"), "the control stays hidden although its script ran"
    page.select_option("#color-scheme-side", "dark")
    assert page.get_attribute("html", "data-theme") == "dark"
    assert content_background(page) == DARK_BACKGROUND
    page.reload()
    assert page.get_attribute("html", "data-theme") == "dark", "the choice is lost on reload"
    page.goto(f"{site_url}/en/testing.html")
    assert page.get_attribute("html", "data-theme") == "dark", "the choice is lost on another page"
    with page.expect_navigation():
        page.click(".wy-side-nav-search .language-switch-link")
    assert "/fa/" in page.url
    assert page.get_attribute("html", "data-theme") == "dark", "the choice is lost in the other language"
    assert page.input_value("#color-scheme-side") == "dark"
    page.select_option("#color-scheme-side", "light")
    page.goto(f"{site_url}/en/index.html")
    assert content_background(page) == LIGHT_BACKGROUND


def test_the_stored_theme_is_applied_before_the_first_paint(new_page, site_url):
    """The init script alone applies it: with the control's deferred script refused, the
    page still opens dark, so nothing waits for the page to load to change colour."""
    page = new_page(color_scheme="light")
    page.goto(f"{site_url}/en/index.html")
    page.evaluate("localStorage.setItem('signals-docs-color-scheme', 'dark')")
    page.route("**/color-scheme.js", lambda route: route.abort())
    first_paint_theme = []
    page.on("console", lambda message: first_paint_theme.append(message.text))
    # Runs before any of the page's scripts: records the theme at the first frame of <body>.
    page.add_init_script(
        "new MutationObserver((m, o) => { if (document.body) { o.disconnect();"
        " console.log('body:' + document.documentElement.getAttribute('data-theme')); } })"
        ".observe(document, {childList: true, subtree: true});"
    )
    page.goto(f"{site_url}/en/testing.html")
    assert "body:dark" in first_paint_theme, f"when <body> began, the theme was {first_paint_theme}"
    assert content_background(page) == DARK_BACKGROUND
    blocking = page.evaluate(
        "[...document.head.querySelectorAll('script[src*=\"color-scheme-init\"]')]"
        ".map(s => s.defer || s.async || s.type === 'module')"
    )
    assert blocking == [False], "the init script must be one blocking script in <head>"


def mean_brightness(page, selector: str) -> float:
    """Mean brightness (0-255) of what the element shows on screen: its screenshot, read back through a canvas."""
    png = page.locator(selector).first.screenshot()
    import base64

    return page.evaluate(
        """async (src) => {
            const img = new Image(); img.src = src; await img.decode();
            const canvas = document.createElement('canvas'); canvas.width = img.width; canvas.height = img.height;
            const ctx = canvas.getContext('2d'); ctx.drawImage(img, 0, 0);
            const data = ctx.getImageData(0, 0, img.width, img.height).data;
            let sum = 0; for (let i = 0; i < data.length; i += 4) sum += (data[i] + data[i + 1] + data[i + 2]) / 3;
            return sum / (data.length / 4);
        }""",
        "data:image/png;base64," + base64.b64encode(png).decode(),
    )


@pytest.mark.parametrize("lang", sampled(LANGUAGES, SAMPLED_LANGUAGE))
def test_code_and_diagrams_turn_dark(new_page, site_url, lang):
    page = new_page(color_scheme="dark")
    page.goto(f"{site_url}/{lang}/why-signals.html")
    assert page.evaluate("getComputedStyle(document.documentElement).colorScheme") == "dark"
    assert (
        page.evaluate("getComputedStyle(document.querySelector('div.highlight')).backgroundColor") == "rgb(39, 40, 34)"
    )
    figure = "img[src*='dispatch-flow']"
    page.wait_for_function(f'document.querySelector("{figure}").complete')
    dark = mean_brightness(page, figure)
    page.select_option("#color-scheme-side", "light")
    light = mean_brightness(page, figure)
    assert dark < 90 < light, (
        f"diagram brightness dark {dark:.0f}, light {light:.0f}: the diagram does not follow the theme"
    )
