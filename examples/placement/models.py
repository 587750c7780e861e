"""A newsletter subscriber: the model whose receivers live in signals.py."""

from django.db import models


class Subscriber(models.Model):
    email = models.EmailField(unique=True)
