from django.db import models


class Order(models.Model):
    customer_email = models.EmailField()
    tracking_number = models.CharField(max_length=40, blank=True)
    shipped_at = models.DateTimeField(null=True, blank=True)

    def __str__(self):
        return f"order {self.pk}"


class Notification(models.Model):
    """A message shown to a customer inside the site."""

    recipient = models.EmailField()
    message = models.CharField(max_length=200)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return self.message
