"""signals_docs.chrome.color_scheme: both code styles readable, the dark one written, the control labelled."""

import pytest
import tinycss2

from signals_docs.chrome.color_scheme import DARK_CSS, dark_stylesheet

AA = 4.5


def luminance(hex_colour: str) -> float:
    value = hex_colour.lstrip("#")
    if len(value) == 3:
        value = "".join(c * 2 for c in value)
    channels = [int(value[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def highlight_rules(css: str) -> dict[str, dict[str, str]]:
    """``.highlight …`` selector -> {property: value}, from a Pygments stylesheet (media blocks included)."""
    rules = {}

    def walk(nodes):
        for node in nodes:
            if node.type == "at-rule" and node.content:
                walk(tinycss2.parse_rule_list(node.content, skip_whitespace=True, skip_comments=True))
            elif node.type == "qualified-rule":
                selector = tinycss2.serialize(node.prelude).strip()
                declarations = tinycss2.parse_declaration_list(node.content, skip_whitespace=True, skip_comments=True)
                props = {d.name: tinycss2.serialize(d.value).strip() for d in declarations if d.type == "declaration"}
                if ".highlight" in selector:
                    rules.setdefault(selector, {}).update(props)

    walk(tinycss2.parse_stylesheet(css, skip_whitespace=True, skip_comments=True))
    return rules


def low_contrast_tokens(css: str) -> list[str]:
    """Every token rule whose colour is under 4.5:1 on its background (its own, else the block's)."""
    rules = highlight_rules(css)
    failures = []
    blocks = {
        sel: props.get("background", props.get("background-color"))
        for sel, props in rules.items()
        if sel.endswith(".highlight")
    }
    assert blocks, "no .highlight background in the stylesheet"
    for selector, props in rules.items():
        colour = props.get("color", "").split()[0] if props.get("color") else ""
        if not colour.startswith("#"):
            continue
        block = next(sel for sel in blocks if selector.startswith(sel))
        background = props.get("background-color") or blocks[block]
        ratio = contrast(colour, background)
        if ratio < AA:
            failures.append(f"{selector}: {colour} on {background} is {ratio:.2f}:1")
    return failures


def test_contrast_measure_catches_a_faint_token():
    css = ".highlight { background: #ffffff; }\n.highlight .c { color: #bbbbbb }"
    assert low_contrast_tokens(css) == [".highlight .c: #bbbbbb on #ffffff is 1.92:1"]


def test_every_dark_token_meets_aa():
    assert not low_contrast_tokens(dark_stylesheet())


def test_dark_rules_apply_only_to_a_dark_page_and_carry_no_comments():
    css = dark_stylesheet()
    rules = highlight_rules(css)
    assert rules and all(selector.startswith('html[data-theme="dark"] .highlight') for selector in rules)
    assert "/*" not in css
    # Paper is light: the dark code style applies on screen only.
    assert css.startswith("@media screen {") and css.rstrip().endswith("}")


@pytest.mark.sphinx("html", testroot="color_scheme")
def test_build_ships_both_code_styles_readable(app):
    app.build()
    static = app.outdir / "_static"
    light = (static / "pygments.css").read_text()
    assert not low_contrast_tokens(light), "light code style"
    assert not low_contrast_tokens((static / DARK_CSS).read_text()), "dark code style"
    html = (app.outdir / "index.html").read_text()
    assert "color-scheme.css" in html and "color-scheme.js" in html
    assert DARK_CSS not in html, "light pages must not download the dark code colours"
    assert DARK_CSS in (static / "color-scheme-init.js").read_text(), "the init script loads them on dark pages"
    assert not app.warning.getvalue()


@pytest.mark.sphinx("html", testroot="color_scheme", confoverrides={"language": "fa"})
def test_control_labels_are_translated(app):
    app.build()
    from signals_docs.chrome.color_scheme import add_labels

    context = {}
    add_labels(app, "index", "page.html", context, None)
    assert context["color_scheme"]["label"] == "پوسته"
    assert [text for _, text in context["color_scheme"]["options"]] == ["خودکار", "روشن", "تیره"]
