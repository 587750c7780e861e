"""A signal sent often, always by a class: worth use_caching=True."""

from django.dispatch import Signal

# Sent with sender=<a model class>, instance=<its instance>, quantity=<int>.
# use_caching=True remembers, per sender, which receivers apply; every sender
# must therefore be hashable and weak-referenceable (a class is; None is not).
stock_changed = Signal(use_caching=True)
