"""Enqueue a Django task from a receiver, once the row is committed (Django 6.0+)."""

from functools import partial

from django.db import transaction
from django.tasks import task

from .welcome import send_welcome


@task
def welcome(email):
    send_welcome(email)


def enqueue_welcome(sender, instance, created, raw, using, **kwargs):
    if created and not raw:
        transaction.on_commit(partial(welcome.enqueue, instance.email), using=using)
