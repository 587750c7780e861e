"""Give every ``<img>`` its intrinsic ``width`` and ``height`` attributes.

Why: docutils writes an image's size only as an inline style, and often only
the width (``:width: 360px``), so the browser cannot reserve the image's box
before the file arrives and the text jumps when it does: Lighthouse measured a
layout shift of 0.53 on a page with one diagram. With both attributes (and the
theme's ``height: auto``), the browser knows the aspect ratio up front.
"""

import re
from pathlib import Path

import imagesize
from sphinx.application import Sphinx
from sphinx.util import logging

logger = logging.getLogger(__name__)

IMG = re.compile(r"<img\b[^>]*>")
SRC = re.compile(r'\ssrc="([^"]+)"')


def add_size(tag: str, size: tuple[int, int]) -> str:
    """Return the ``<img ...>`` tag with ``width``/``height``, unless it already has either."""
    if re.search(r"\s(width|height)=", tag):
        return tag
    width, height = size
    end = -2 if tag.endswith("/>") else -1
    return f'{tag[:end].rstrip()} width="{width}" height="{height}"{tag[end:]}'


def intrinsic_size(path: Path) -> tuple[int, int] | None:
    try:
        width, height = imagesize.get(str(path))
    except (OSError, ValueError):
        return None
    return (round(width), round(height)) if width > 0 and height > 0 else None


def _size_images(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    body = context.get("body")
    images = getattr(app.builder, "images", {})
    if not isinstance(body, str) or "<img" not in body or not images:
        return
    by_name = {Path(dest).name: Path(app.srcdir) / source for source, dest in images.items()}

    def sized(match: re.Match) -> str:
        tag = match.group(0)
        src = SRC.search(tag)
        source = by_name.get(Path(src.group(1)).name) if src else None
        size = intrinsic_size(source) if source else None
        if size is None:
            logger.warning("image_sizes: no intrinsic size for %s on page %s", src.group(1) if src else tag, pagename)
            return tag
        return add_size(tag, size)

    context["body"] = IMG.sub(sized, body)


def setup(app: Sphinx) -> dict:
    app.connect("html-page-context", _size_images)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
