"""Models for the model-signals page: phone verification, profiles, posts and tags."""

import secrets

from django.conf import settings
from django.db import models


def new_verification_code():
    return f"{secrets.randbelow(10**6):06d}"


class PhoneNumber(models.Model):
    number = models.CharField(max_length=20, unique=True)
    verification_code = models.CharField(max_length=6, default=new_verification_code)


class Note(models.Model):
    # Django fills these in during save(), after pre_save: see the save lifecycle.
    text = models.CharField(max_length=200)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)


class Profile(models.Model):
    # The user *is* the primary key: there is no separate "id" field to set.
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, primary_key=True)
    full_name = models.CharField(max_length=100, blank=True)


class Tag(models.Model):
    name = models.CharField(max_length=50, unique=True)


class Post(models.Model):
    title = models.CharField(max_length=200)
    published = models.BooleanField(default=False)
    tags = models.ManyToManyField(Tag, related_name="posts", blank=True)
    tag_names = models.CharField(max_length=500, blank=True, editable=False)


class Comment(models.Model):
    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="comments")
    text = models.TextField()
