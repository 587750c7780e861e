from django.db import models


class Counter(models.Model):
    """A named number that any process can increment atomically."""

    name = models.CharField(max_length=50, primary_key=True)
    value = models.PositiveBigIntegerField(default=0)

    def __str__(self):
        return f"{self.name}={self.value}"
