"""Page chrome: navigation, accessibility fixes, tables, images, themes, around every page."""

from sphinx.application import Sphinx

from signals_docs import add_static_folder


def mix_into_translator(app: Sphinx, mixin: type) -> None:
    """Make the HTML builder's translator ``mixin`` on top of the one it has (``builder-inited``):
    each extension of this group that rewrites what the translator writes (tables, inline code,
    its line breaks) adds its mixin this way, so all of them apply, whatever else set one."""
    if app.builder.format != "html":
        return
    base = app.builder.get_translator_class()
    if not issubclass(base, mixin):
        translator = type(f"{mixin.__name__.removesuffix('Mixin')}{base.__name__}", (mixin, base), {})
        app.set_translator(app.builder.name, translator, override=True)


def setup(app: Sphinx) -> dict:
    """Serve this group's ``static/`` folder under ``_static/``."""
    return add_static_folder(app, __file__)
