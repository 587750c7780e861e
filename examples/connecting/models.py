"""The models whose signals the connecting examples listen to."""

from django.db import models


class Article(models.Model):
    title = models.CharField(max_length=200)


class FeaturedArticle(Article):
    """A proxy model: the same table, but a different sender."""

    class Meta:
        proxy = True
