"""Write ``dir="rtl"`` on the ``<html>`` tag of right-to-left languages.

Why: sphinx-rtd-theme prints ``<html lang="fa">`` outside every Jinja block of
its layout.html, so no template override can add the direction. Wrapping the
template renderer is the smallest change that does not fork the theme.
"""

from sphinx.application import Sphinx

RTL_LANGUAGES = {"fa", "ar", "he", "ur"}


def add_dir_attribute(html: str, language: str) -> str:
    """Return ``html`` with ``dir="rtl"`` on its first ``<html`` tag."""
    return html.replace("<html ", '<html dir="rtl" ', 1)


def _wrap_renderer(app: Sphinx) -> None:
    language = (app.config.language or "en").split("_")[0]
    if language not in RTL_LANGUAGES or not hasattr(app.builder, "templates"):
        return
    templates = app.builder.templates
    render = templates.render

    def render_rtl(template: str, context: dict) -> str:
        return add_dir_attribute(render(template, context), language)

    templates.render = render_rtl


def setup(app: Sphinx) -> dict:
    app.connect("builder-inited", _wrap_renderer)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
