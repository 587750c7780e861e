"""The site's own Sphinx extensions, grouped by concern.

Each sub-package holds one concern and its assets; each module in it does one job
and is listed by name in conf.py. ``site`` holds the facts every part reads.
"""
