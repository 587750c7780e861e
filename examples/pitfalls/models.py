from django.db import models


class Article(models.Model):
    body = models.TextField()
    word_count = models.PositiveIntegerField(default=0)


class Place(models.Model):
    name = models.CharField(max_length=50)


class Restaurant(Place):
    """Multi-table inheritance: a Restaurant row plus a Place row."""

    serves_pizza = models.BooleanField(default=False)


class Landmark(Place):
    """A proxy: the same table as Place, another Python class."""

    class Meta:
        proxy = True
