from django.db import models
from django.utils.text import slugify


class Tombstone(models.Model):
    """What a deletion leaves behind, and which code path left it."""

    title = models.CharField(max_length=200)
    via = models.CharField(max_length=20)


class ArticleQuerySet(models.QuerySet):
    def delete(self):
        Tombstone.objects.bulk_create(
            Tombstone(title=title, via="queryset") for title in self.values_list("title", flat=True)
        )
        return super().delete()


class Section(models.Model):
    name = models.CharField(max_length=50)


class Article(models.Model):
    section = models.ForeignKey(Section, null=True, on_delete=models.CASCADE)
    title = models.CharField(max_length=200)
    slug = models.SlugField(blank=True)  # set by save()
    search_title = models.CharField(max_length=200, blank=True)  # set by a pre_save receiver

    objects = ArticleQuerySet.as_manager()

    def save(self, *args, **kwargs):
        self.slug = slugify(self.title)
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        Tombstone.objects.create(title=self.title, via="delete()")
        return super().delete(*args, **kwargs)


class Headline(models.Model):
    """Abstract: no table, never a sender of model signals."""

    title = models.CharField(max_length=200)

    class Meta:
        abstract = True


class NewsFlash(Headline):
    pass
