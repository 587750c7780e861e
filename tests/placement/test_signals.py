"""The welcome email: sent once per new subscriber, not on updates, not for fixtures."""

import pytest
from django.core import mail
from django.db.models.signals import post_save

from placement.models import Subscriber
from placement.signals import welcome_subscriber

pytestmark = pytest.mark.django_db


def test_new_subscriber_gets_one_welcome_email(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        subscriber = Subscriber.objects.create(email="reader@example.com")
        assert mail.outbox == []  # not before the commit
        subscriber.save()  # an update: no second email
    assert [m.to for m in mail.outbox] == [["reader@example.com"]]


def test_the_welcome_email_says_hello_from_the_site(django_capture_on_commit_callbacks, settings):
    with django_capture_on_commit_callbacks(execute=True):
        Subscriber.objects.create(email="reader@example.com")
    [message] = mail.outbox
    assert (message.subject, message.body) == ("Welcome!", "Thanks for subscribing.")
    assert message.from_email == settings.DEFAULT_FROM_EMAIL  # from_email=None: the project's sender


def test_a_rolled_back_subscription_sends_nothing(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        Subscriber.objects.create(email="reader@example.com")
    assert len(callbacks) == 1  # registered, and dropped: the test's transaction rolls back
    assert mail.outbox == []


def test_fixture_loading_sends_nothing():
    subscriber = Subscriber(email="fixture@example.com")
    welcome_subscriber(
        sender=Subscriber, instance=subscriber, created=True, raw=True, using="default", signal=post_save
    )
    assert mail.outbox == []


@pytest.mark.django_db(transaction=True, databases=["default", "other"])
def test_the_email_waits_for_the_database_the_subscriber_is_saved_to():
    from django.db import transaction

    with transaction.atomic(using="other"):
        Subscriber.objects.using("other").create(email="reader@example.com")
        assert mail.outbox == []  # "other" has not committed yet
    assert [m.to for m in mail.outbox] == [["reader@example.com"]]
