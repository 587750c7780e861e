"""Signals of the shop: what they mean and what they carry.

order_shipped
    Sent once an order's shipment is committed to the database.
    sender: the ``Order`` class.
    order: the ``Order`` instance that was shipped.
    tracking_number: the carrier's tracking number, a ``str``.
"""

from django.dispatch import Signal

order_shipped = Signal()
