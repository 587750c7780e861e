"""Count requests in the database: one number for every process and every restart."""

from django.db.models import F

from .models import Counter


def count_request_in_db(sender, **kwargs):
    Counter.objects.get_or_create(name="requests")
    # F() makes the database add 1 to the stored value: no lost update between workers.
    Counter.objects.filter(name="requests").update(value=F("value") + 1)
