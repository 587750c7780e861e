"""Signals used by the pitfalls examples.

cache_cleared
    Sent after the site's cache was cleared. sender: the caller's class or None.
"""

from django.dispatch import Signal

cache_cleared = Signal()
