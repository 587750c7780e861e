"""The ``{django}`` role: a claim's words on the page, each version in a left-to-right ``<bdi>``."""

from __future__ import annotations

from pathlib import Path

from docutils import nodes
from sphinx.locale import get_translation
from sphinx.util import logging
from sphinx.util.docutils import SphinxRole

from signals_docs.site import DjangoSeries, supported_django

from .markers import check_claim
from .spec import BODY, ClaimError, VersionRange

_ = get_translation("signals_docs")
logger = logging.getLogger(__name__)


class django_version(nodes.inline):
    """One version number, isolated left to right (``<bdi dir="ltr">``)."""


class django_claim(nodes.inline):
    """A version claim; the HTML title names the test that pins it."""


def _words(claimed: VersionRange | None, supported: tuple[DjangoSeries, ...]) -> tuple[str, list[str]]:
    """A label with ``{}`` where the versions go, and the version strings to put there."""
    if claimed is None:  # {django}`supported`
        versions = [f"{s.series} LTS" if s.lts else s.series for s in supported]
        return _("Django {}"), versions
    if claimed.low is not None and claimed.high is None:
        return _("Django {} and later"), ["{}.{}".format(*claimed.low)]
    if claimed.low is not None and claimed.low == claimed.high:
        return _("Django {}"), ["{}.{}".format(*claimed.low)]
    return _("Django {}"), [s.series for s in claimed.series(supported)]


def _version_nodes(versions: list[str]) -> list[nodes.Node]:
    out: list[nodes.Node] = []
    for i, version in enumerate(versions):
        if i:
            out.append(nodes.Text(_(" and ") if i == len(versions) - 1 else _(", ")))
        out.append(django_version(version, version, classes=["django-version"]))
    return out


class DjangoRole(SphinxRole):
    def run(self) -> tuple[list[nodes.Node], list[nodes.system_message]]:
        supported = supported_django()
        body = self.text.strip()
        try:
            if body == "supported":
                claimed, test = None, ""
            else:
                match = BODY.match(body)
                if not match:
                    raise ClaimError(
                        f"{body!r}: write {{django}}`<range> <tests/<app>/test_<mod>.py::test_name>`"
                        " (range: 6.1, 6.1+, 5.2-6.0 or *), or {django}`supported`"
                    )
                test = match["test"]
                claimed = check_claim(match["spec"], test, Path(self.config.version_claims_root), supported)
        except ClaimError as error:
            logger.error("version claim: %s", error, location=self.get_location(), type="version_claims")
            return [nodes.inline(body, body, classes=["django-claim", "broken"])], []
        label, versions = _words(claimed, supported)
        before, _sep, after = label.partition("{}")
        node = django_claim("", classes=["django-claim"])
        node["pinned_by"] = test
        node += nodes.Text(before)
        node.extend(_version_nodes(versions))
        node += nodes.Text(after)
        self.set_source_info(node)
        return [node], []


def visit_version(self, node: nodes.Element) -> None:
    self.body.append(self.starttag(node, "bdi", "", dir="ltr"))


def depart_version(self, node: nodes.Element) -> None:
    self.body.append("</bdi>")


def visit_claim(self, node: nodes.Element) -> None:
    title = {"title": _("pinned by {}").format(node["pinned_by"])} if node.get("pinned_by") else {}
    self.body.append(self.starttag(node, "span", "", **title))


def depart_claim(self, node: nodes.Element) -> None:
    self.body.append("</span>")


# Builders other than HTML render both nodes as the plain inline they subclass.
_AS_INLINE = (lambda self, node: self.visit_inline(node), lambda self, node: self.depart_inline(node))
OTHER_BUILDERS = dict.fromkeys(("latex", "text", "man", "texinfo"), _AS_INLINE)
