from django.db import models


class Label(models.Model):
    name = models.CharField(max_length=50)


class Document(models.Model):
    title = models.CharField(max_length=100)
    labels = models.ManyToManyField(Label)


class Comment(models.Model):
    document = models.ForeignKey(Document, on_delete=models.CASCADE)
    text = models.TextField()
