"""The built site, for the tests of this folder (``make html`` builds it)."""

from sitepaths import html_root  # noqa: F401  (a fixture)
