"""The order in which the built site is rewritten once Sphinx has written it.

Why: eight extensions rewrite the written pages and static files at ``build-finished``,
and each must see what the one before it left (the icon font can only be subset to the
rules css_purge kept; the Content-Security-Policy hashes the inline blocks as finally
written). Their order is this table, by name, rather than numbers scattered over eight
files: each extension asks ``connect_rewrite`` for its place.
"""

from __future__ import annotations

from collections.abc import Callable

from sphinx.application import Sphinx

#: Each rewrite, first to last, with what it needs from those before it.
ORDER = (
    "index_letter_bar",  # the Persian index: its Latin letters in one left-to-right run (persian/index_order)
    "css_purge",  # drop the theme's CSS rules no page uses
    "icon_font",  # subset the icon font to the icons the remaining rules draw
    "plain_tokens",  # unwrap highlighted tokens that no style colours (reads pygments.css)
    "css_bundle",  # one stylesheet per page set, pygments.css included then removed
    "minify",  # minify the static CSS and scripts, bundle included
    "html_indent",  # drop the pages' indentation
    "csp",  # last: hash every inline block as finally written into each page's policy
)
#: Sphinx's priorities, in steps of 50 from 500 (after every default listener).
PRIORITY = {name: 500 + 50 * place for place, name in enumerate(ORDER)}


def connect_rewrite(app: Sphinx, name: str, callback: Callable) -> int:
    """Connect ``callback`` to ``build-finished`` at ``name``'s place in ORDER."""
    if name not in PRIORITY:
        raise ValueError(f"rewrites: {name!r} is not in ORDER ({', '.join(ORDER)}); add it where it must run")
    return app.connect("build-finished", callback, priority=PRIORITY[name])
