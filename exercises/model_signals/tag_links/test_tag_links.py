import pytest

from model_signals.models import Post, Tag

pytestmark = pytest.mark.django_db


def test_adding_tags_to_a_post(answer):
    post = Post.objects.create(title="Signals")
    django, python = Tag.objects.create(name="django"), Tag.objects.create(name="python")
    post.tags.add(django, python)
    assert sorted(answer.links) == sorted([(post.pk, django.pk), (post.pk, python.pk)])


def test_adding_posts_to_a_tag(answer):
    post = Post.objects.create(title="Signals")
    Tag.objects.create(name="python")
    tag = Tag.objects.create(name="django")  # a key that differs from the post's
    tag.posts.add(post)
    assert answer.links == [(post.pk, tag.pk)]


def test_a_link_already_there_is_not_recorded(answer):
    post = Post.objects.create(title="Signals")
    tag = Tag.objects.create(name="django")
    post.tags.add(tag)
    post.tags.add(tag)
    assert answer.links.count((post.pk, tag.pk)) <= 1
