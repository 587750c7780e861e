"""Count an image whose alt text was translated as translated.

Why: Sphinx's ``Locale`` transform translates an image's ``alt`` (a figure's
description for screen readers) but, unlike every other node, never marks the
image ``translated``. With ``translation_progress_classes`` on, the Persian page
then shows its diagram with class ``untranslated`` and the build check that no
English reaches a Persian page fails on a correctly translated figure. This
records each image's alt before ``Locale`` runs and marks the image translated
afterwards if the alt changed.
"""

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.transforms import SphinxTransform
from sphinx.transforms.i18n import Locale

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


def setup(app: Sphinx) -> dict:
    app.add_transform(RememberAlt)
    app.add_transform(MarkTranslatedAlt)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
