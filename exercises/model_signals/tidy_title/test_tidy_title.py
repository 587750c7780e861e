import pytest

from model_signals.models import Post

pytestmark = pytest.mark.django_db


def stored_title(post):
    return Post.objects.get(pk=post.pk).title


def test_title_is_tidied_in_the_database(answer):
    post = Post.objects.create(title="  Signals   in  Django ")
    assert stored_title(post) == "Signals in Django"


def test_fixtures_are_stored_as_written(answer):
    post = Post(title="  as   dumped ")
    post.save_base(raw=True)  # what loaddata does
    assert stored_title(post) == "  as   dumped "


def test_tidied_when_only_the_title_is_saved(answer):
    post = Post.objects.create(title="Plain")
    post.title = "  Edited    title "
    post.save(update_fields=["title"])
    assert stored_title(post) == "Edited title"
