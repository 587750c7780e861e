"""Lay out right-to-left languages right to left, in a typeface that has their script.

Why: sphinx-rtd-theme has no right-to-left support (readthedocs/sphinx_rtd_theme#291,
open since 2016; Sphinx itself: sphinx-doc/sphinx#10385). On right-to-left pages
this loads ``static/rtl.css`` (the theme's physical ``left``/``right`` rules restated
as logical properties) and the language's self-hosted font CSS, so other languages
never download them, and puts ``dir="rtl"`` on the ``<html>`` tag.
"""

from sphinx.application import Sphinx

from signals_docs import site

# After theme.css and the html_css_files (priority 800), so these rules win.
PRIORITY = 900


def add_dir_attribute(html: str) -> str:
    """Return ``html`` with ``dir="rtl"`` on its first ``<html`` tag."""
    return html.replace("<html ", '<html dir="rtl" ', 1)


def stylesheets(language: str) -> list[str]:
    """The stylesheets, under _static/, that pages in ``language`` add to the theme's."""
    font = site.language(language).font if language.split("_")[0] in site.LANGUAGES else None
    rtl = ["rtl.css"] if site.direction(language) == "rtl" else []
    return ([font.css] if font else []) + rtl


def _setup_language(app: Sphinx) -> None:
    language = site.build_code(app.config)
    for filename in stylesheets(language):
        app.add_css_file(filename, priority=PRIORITY)
    if site.direction(language) == "rtl" and hasattr(app.builder, "templates"):
        _render_with_direction(app.builder.templates)


def _render_with_direction(templates) -> None:
    # PINNED PATCH (no public hook): sphinx-rtd-theme's layout.html prints
    # ``<html class="writer-html5" lang="...">`` outside every Jinja block, so no template
    # override can add ``dir`` (readthedocs/sphinx_rtd_theme#291). Wrapping the builder's
    # template renderer is the smallest change that does not fork the theme.
    # tests/extensions/test_rtl.py fails when the theme starts writing ``dir`` itself:
    # then drop this function.
    render = templates.render

    def render_rtl(template: str, context: dict) -> str:
        return add_dir_attribute(render(template, context))

    templates.render = render_rtl


def setup(app: Sphinx) -> dict:
    app.setup_extension("signals_docs.persian")  # rtl.css, fonts/
    app.connect("builder-inited", _setup_language)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
