"""Count an image whose alt text was translated as translated; keep the mark out of ``<meta>`` tags.

Why: Sphinx's ``Locale`` transform translates an image's ``alt`` (a figure's
description for screen readers) but, unlike every other node, never marks the
image ``translated``. With ``translation_progress_classes`` on, the Persian page
then shows its diagram with class ``untranslated`` and the build check that no
English reaches a Persian page fails on a correctly translated figure. This
records each image's alt before ``Locale`` runs and marks the image translated
afterwards if the alt changed.

The HTML writer prints every attribute of a ``meta`` node, so a translated page
description came out as ``<meta ... translated="True">``, an attribute HTML does not
have. Once Sphinx has read the marks (its ``untranslated`` class is what the build
check looks for), the meta nodes lose theirs.
"""

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.transforms import SphinxTransform
from sphinx.transforms.i18n import AddTranslationClasses, Locale

ORIGINAL = "alt_before_translation"


class RememberAlt(SphinxTransform):
    """Before Locale: keep each image's source-language alt text."""

    default_priority = Locale.default_priority - 1

    def apply(self, **kwargs) -> None:
        for image in self.document.findall(nodes.image):
            if "alt" in image:
                image[ORIGINAL] = image["alt"]


class MarkTranslatedAlt(SphinxTransform):
    """After Locale: an image whose alt text changed has been translated."""

    default_priority = Locale.default_priority + 1

    def apply(self, **kwargs) -> None:
        for image in self.document.findall(nodes.image):
            original = image.attributes.pop(ORIGINAL, None)
            if original is not None and image.get("alt") != original:
                image["translated"] = True


class UnmarkMeta(SphinxTransform):
    """After the translation classes are added: no ``translated`` attribute on a meta node."""

    default_priority = AddTranslationClasses.default_priority + 1

    def apply(self, **kwargs) -> None:
        for meta in self.document.findall(nodes.meta):
            meta.attributes.pop("translated", None)


def setup(app: Sphinx) -> dict:
    app.add_transform(RememberAlt)
    app.add_transform(MarkTranslatedAlt)
    app.add_transform(UnmarkMeta)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
