"""Fixtures of the site checks (defined in sitepaths, shared with plain imports)."""

from sitepaths import html_root  # noqa: F401
