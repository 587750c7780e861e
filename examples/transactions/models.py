from django.db import models


class Plan(models.Model):
    code = models.SlugField(unique=True)


class Account(models.Model):
    email = models.EmailField(unique=True)
    plan = models.ForeignKey(Plan, null=True, on_delete=models.SET_NULL)
