"""Lay out right-to-left languages right to left, in a typeface that has their script.

Why: sphinx-rtd-theme has no right-to-left support. Its layout.html prints
``<html lang="fa">`` outside every Jinja block, so no template override can add
the direction: wrapping the template renderer is the smallest change that does
not fork the theme. On those pages it also loads ``_static/rtl.css`` (the
theme's physical ``left``/``right`` rules restated as logical properties) and the
language's self-hosted font CSS, so other languages never download them.
"""

from sphinx.application import Sphinx

RTL_LANGUAGES = {"fa", "ar", "he", "ur"}
# Font CSS per language, under _static/ (made by scripts/subset_fonts.py).
FONT_CSS = {"fa": "fonts/vazirmatn/vazirmatn.css"}
# After theme.css and the html_css_files (priority 800), so these rules win.
PRIORITY = 900


def add_dir_attribute(html: str, language: str) -> str:
    """Return ``html`` with ``dir="rtl"`` on its first ``<html`` tag."""
    return html.replace("<html ", '<html dir="rtl" ', 1)


def stylesheets(language: str) -> list[str]:
    """The stylesheets, under _static/, that pages in ``language`` add to the theme's."""
    language = language.split("_")[0]
    return ([FONT_CSS[language]] if language in FONT_CSS else []) + (["rtl.css"] if language in RTL_LANGUAGES else [])


def _wrap_renderer(app: Sphinx) -> None:
    language = (app.config.language or "en").split("_")[0]
    for filename in stylesheets(language):
        app.add_css_file(filename, priority=PRIORITY)
    if language not in RTL_LANGUAGES or not hasattr(app.builder, "templates"):
        return
    templates = app.builder.templates
    render = templates.render

    def render_rtl(template: str, context: dict) -> str:
        return add_dir_attribute(render(template, context), language)

    templates.render = render_rtl


def setup(app: Sphinx) -> dict:
    app.setup_extension("signals_docs.persian")  # rtl.css, fonts/
    app.connect("builder-inited", _wrap_renderer)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
