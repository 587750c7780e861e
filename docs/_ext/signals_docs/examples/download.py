"""Link the examples zip from the home page and from every verified snippet.

Why: the zip (``examples.project_zip``) is only useful if a reader finds it
where they meet the code. On the pages:

* every caption made by ``verified_examples`` (a container with ``verified_by``)
  gets a "runnable project (.zip)" link after its "verified" badge;
* the ``{examples-download}`` directive writes a paragraph that offers the zip
  (the home page uses it). Its sentences are labels of this extension, translated
  in ``i18n/locales``, so no page catalog has to carry them.

Links are made relative to the page at write time, so the site works from any
sub-path and from ``file://``.
"""

from __future__ import annotations

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective
from sphinx.util.osutil import relative_uri

from signals_docs import site
from signals_docs.examples.project_zip import ZIP_NAME, ZIP_PATH
from signals_docs.i18n.labels import _


def download_reference(text: str, title: str = "") -> nodes.reference:
    """A link to the examples zip, made relative to its page when the page is written (_resolve_links)."""
    # internal: a file of this site, so the theme shows no "external link" icon.
    link = nodes.reference(text, text, refuri=ZIP_PATH, internal=True, classes=["examples-download"])
    link["examples_download"] = True  # made relative to its page in _resolve_links
    if title:
        link["reftitle"] = title
    return link


class ExamplesDownload(SphinxDirective):
    """``{examples-download}``: a paragraph offering the examples zip."""

    has_content = False

    def run(self) -> list[nodes.Node]:
        # Not translatable (no source): the labels come translated from the labels catalog.
        paragraph = nodes.paragraph("", "", classes=["examples-download-offer"], translatable=False)
        paragraph += nodes.strong("", str(_("Run the examples yourself:")))
        paragraph += nodes.Text(" ")
        paragraph += download_reference(ZIP_NAME)
        paragraph += nodes.Text(" ")
        # The Django releases come from site.py: a series drops out on the day its support ends.
        versions = str(_(", ")).join(series.series for series in site.supported_django())
        paragraph += nodes.Text(
            str(
                _(
                    "holds every snippet of this guide with its tests, as a small Django project for the "
                    "supported Django releases ({versions}). Its README, in English and Persian, gives the "
                    "commands to run it."
                )
            ).format(versions=versions)
        )
        return [paragraph]


def _resolve_links(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    if app.builder.format != "html":
        return
    title = str(_("Every example of this guide with its tests, as a Django project you can run"))
    for container in doctree.findall(nodes.container):
        caption = next(iter(container.findall(nodes.caption)), None)
        if container.get("verified_by") and caption is not None:
            caption += nodes.Text(" · ")
            caption += download_reference(str(_("runnable project (.zip)")), title)
    here = app.builder.get_target_uri(docname)
    for link in doctree.findall(nodes.reference):
        if link.get("examples_download"):
            link["refuri"] = relative_uri(here, ZIP_PATH)


def setup(app: Sphinx) -> dict:
    app.setup_extension("signals_docs.i18n.labels")
    app.setup_extension("signals_docs.examples.project_zip")  # the zip these links point at
    app.add_directive("examples-download", ExamplesDownload)
    app.connect("doctree-resolved", _resolve_links)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
