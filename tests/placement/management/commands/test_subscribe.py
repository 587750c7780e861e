"""A management command runs with every app's receivers connected: ready() ran first."""

import pytest
from django.core import mail
from django.core.management import call_command

from placement.models import Subscriber


@pytest.mark.django_db
def test_command_triggers_the_receiver(capsys, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("subscribe", "cli@example.com")
    assert Subscriber.objects.filter(email="cli@example.com").exists()
    assert [m.to for m in mail.outbox] == [["cli@example.com"]]
    assert capsys.readouterr().out == "Subscribed cli@example.com\n"
