"""The welcome email: sent once per new subscriber, not on updates, not for fixtures."""

import pytest
from django.core import mail
from django.db.models.signals import post_save

from placement.models import Subscriber
from placement.signals import welcome_subscriber

pytestmark = pytest.mark.django_db


def test_new_subscriber_gets_one_welcome_email():
    subscriber = Subscriber.objects.create(email="reader@example.com")
    subscriber.save()  # an update: no second email
    assert [m.to for m in mail.outbox] == [["reader@example.com"]]


def test_fixture_loading_sends_nothing():
    subscriber = Subscriber(email="fixture@example.com")
    welcome_subscriber(sender=Subscriber, instance=subscriber, created=True, raw=True, signal=post_save)
    assert mail.outbox == []
