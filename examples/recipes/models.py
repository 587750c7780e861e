"""Models for the recipes page: one small model (or two) per job."""

from django.conf import settings
from django.db import models


class Document(models.Model):
    title = models.CharField(max_length=100)
    file = models.FileField(upload_to="documents/")


class Product(models.Model):
    name = models.CharField(max_length=100)
    price = models.DecimalField(max_digits=8, decimal_places=2)


class Article(models.Model):
    title = models.CharField(max_length=200)
    status = models.CharField(max_length=20, default="draft")
    # Signals never see the request: the view records who edited the row, on the row.
    edited_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)


class AuditEntry(models.Model):
    """One changed field of one save: who, which field, from what, to what."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="audit_entries")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL)
    field = models.CharField(max_length=50)
    old = models.TextField(null=True)  # None: the row was created
    new = models.TextField()
    at = models.DateTimeField(auto_now_add=True)


class Topic(models.Model):
    title = models.CharField(max_length=200)
    reply_count = models.PositiveIntegerField(default=0)


class Reply(models.Model):
    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="replies")
    text = models.TextField()


class Page(models.Model):
    title = models.CharField(max_length=200)
    body = models.TextField(blank=True)


class Ticket(models.Model):
    email = models.EmailField()
    subject = models.CharField(max_length=200)


class TicketReply(models.Model):
    ticket = models.ForeignKey(Ticket, on_delete=models.CASCADE, related_name="replies")
    text = models.TextField()


class Preferences(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, primary_key=True)
    newsletter = models.BooleanField(default=False)


class Label(models.Model):
    name = models.CharField(max_length=50, unique=True)
