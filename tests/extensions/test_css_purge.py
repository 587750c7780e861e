"""assets/css_purge: the theme's stylesheet without unused rules and without its Latin web fonts."""

import pytest
import tinycss2

from signals_docs.assets.css_purge import FONT_STACKS, purge, selector_is_used, selectors
from signals_docs.assets.selector_match import Site
from signals_docs.css import parse


def test_selectors_split_at_top_level_commas_only():
    rule = parse('a:not(.x, .y),b[title="a,b"] , .c{color:red}')[0]
    assert selectors(rule) == ["a:not(.x, .y)", 'b[title="a,b"]', ".c"]


def test_selectors_are_dropped_only_for_missing_classes_or_ids():
    tokens = {"used", "here"}
    assert selector_is_used(".used .here > a:hover", tokens)
    assert selector_is_used("a[href]", tokens)
    assert not selector_is_used(".used .gone", tokens)
    assert not selector_is_used("#gone", tokens)
    assert selector_is_used(".used:not(.gone)", tokens)  # :not() matches more without its class


def test_purge_keeps_used_rules_and_drops_web_fonts_with_their_files():
    css = (
        '/*! licence */@import url(x.css);@font-face{font-family:Lato;src:url(fonts/lato.woff2?v=1) format("woff2")}'
        "@font-face{font-family:FontAwesome;src:url(fonts/fa.woff2)}"
        'body{font-family:Lato}.used,.gone{color:red}.gone{color:blue}.used:after{content:"{"}'
        "@media (max-width:768px){.gone{x:y}.used{x:y}}@media print{.gone{x:y}}"
    )
    purged, files = purge(css, {"used"})
    assert files == ["fonts/lato.woff2"]
    assert "Lato;" not in purged and "lato.woff2" not in purged
    assert "@font-face{font-family:FontAwesome;src:url(fonts/fa.woff2)}" in purged
    assert f"body{{font-family:{FONT_STACKS['Lato']}}}" in purged
    assert '.used{color:red}.used:after{content:"{"}' in purged and ".gone" not in purged
    assert "@media (max-width:768px){.used{x:y}}" in purged and "print" not in purged
    assert purged.startswith("@import url(x.css);")


def test_a_stylesheet_that_does_not_parse_is_an_error():
    with pytest.raises(ValueError, match="line 1"):
        purge("a{color:red} b", set())


@pytest.mark.sphinx("html", testroot="css_purge")
def test_the_built_theme_css_keeps_what_pages_use(app, built):
    css = built("_static/css/theme.css")
    rules = parse(css)
    kept = {s for rule in rules if rule.type == "qualified-rule" for s in selectors(rule)}
    assert ".wy-nav-content" in kept  # the theme's main column, on every page
    assert not any(".wy-alert-danger" in s for s in kept)  # an admonition class no page writes
    faces = [tinycss2.serialize(r.content) for r in rules if r.type == "at-rule" and r.lower_at_keyword == "font-face"]
    assert not [face for face in faces if "Lato" in face or "Roboto Slab" in face]
    fonts = {p.name for p in (app.outdir / "_static" / "css" / "fonts").iterdir()}
    assert not [name for name in fonts if name.startswith(("lato", "Roboto"))]
    assert not (app.outdir / "_static" / "fonts" / "Lato").exists()
    assert len(css) < 60_000
    assert not app.warning.getvalue()


def site_of(*pages, fragments=(), unverifiable=()):
    return Site(list(pages), list(fragments), set(unverifiable))


def test_a_selector_is_kept_only_where_some_element_of_the_pages_matches_it():
    site = site_of(
        '<html class="w"><body><div class="rst-content"><section><p>x <code class="literal">y</code></p>'
        '<ul><li>a</li><li class="b">b</li></ul></section></div></body></html>'
    )
    assert site.matches(".rst-content code.literal")
    assert site.matches("html.w .rst-content section > p")
    assert not site.matches(".rst-content tt.literal")  # the theme's rule for markup Sphinx no longer writes
    assert not site.matches(".rst-content .section p")  # the class twin of <section>
    assert not site.matches(".rst-content > p")  # p is a grandchild, not a child
    assert site.matches("li + li.b") and site.matches("li ~ .b") and not site.matches(".b + li")
    # A form field's type is checked (the theme styles a dozen the site has none of), unless a script sets it.
    page = site_of('<form><input type="text"><input type="radio"></form>', unverifiable={"checkbox"})
    assert page.matches("input[type=text]") and page.matches("form input[type='radio']:checked")
    assert not page.matches("input[type=week]") and page.matches("input[type=checkbox]")
    # Not checked: pseudo-classes, pseudo-elements and other attributes (scripts set them), :not(...).
    assert site.matches(".rst-content code:hover::after") and site.matches("html[data-theme=dark] li:not(.b)")


def test_markup_scripts_write_is_matched_or_trusted():
    site = site_of(
        '<div class="rst-content"><section class="exercise"></section></div>',
        fragments=['<details class="exercise-hint"><p><code class="literal">x</code></p></details>'],
        unverifiable={"shift"},
    )
    # A fragment's ancestors are unknown: a selector that needs more of them matches.
    assert site.matches(".rst-content .exercise-hint code.literal")
    assert not site.matches(".exercise-hint tt")  # no page nor fragment has a <tt>
    assert site.matches(".wy-nav-side.shift")  # a class some script writes: kept unchecked


def test_strings_of_scripts_that_read_markup_do_not_make_classes_unverifiable(tmp_path):
    static = tmp_path / "_static"
    static.mkdir()
    (static / "ui.js").write_text(
        'a.classList.add("opened");if(b.classList.contains("closed"))c.querySelector("div.shut pre");'
        'd.insertAdjacentHTML("beforeend","<p class=\\"made\\">x</p>");'
    )
    (static / "unused.js").write_text('e.classList.add("never")')  # no page loads it
    (tmp_path / "index.html").write_text('<div class="closed"></div><script src="_static/ui.js"></script>')
    site = Site.from_output(tmp_path)
    assert "opened" in site.unverifiable
    assert not {"closed", "shut", "div", "pre", "never", "made"} & site.unverifiable
    # The inserted paragraph may land in any <div>, but in no <tt>: no page has one.
    assert site.matches("div p.made") and not site.matches("tt p.made")
