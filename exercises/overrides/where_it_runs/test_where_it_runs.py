import pytest
from django.db.models.signals import post_delete

from overrides.models import Article, Section, Tombstone
from overrides.receivers import bury

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def receiver():
    post_delete.connect(bury, sender=Article)
    yield
    post_delete.disconnect(bury, sender=Article)


def ran(delete):
    """Delete an article one way; return which code ran, from the tombstones it left."""
    section = Section.objects.create(name="news")
    Article.objects.create(section=section, title="Hello")
    Tombstone.objects.all().delete()
    delete(section)
    vias = set(Tombstone.objects.values_list("via", flat=True))
    return {
        "MODEL_DELETE": "delete()" in vias,
        "QUERYSET_DELETE": "queryset" in vias,
        "POST_DELETE": "post_delete" in vias,
    }


def predicted(answer, path):
    return {name: getattr(answer, name)[path] for name in ("MODEL_DELETE", "QUERYSET_DELETE", "POST_DELETE")}


def test_an_instance_delete(answer):
    assert predicted(answer, "instance") == ran(lambda section: Article.objects.get(title="Hello").delete())


def test_a_queryset_delete(answer):
    assert predicted(answer, "queryset") == ran(lambda section: Article.objects.filter(title="Hello").delete())


def test_a_cascade(answer):
    assert predicted(answer, "cascade") == ran(lambda section: section.delete())


def test_the_pick(answer):
    assert answer.EVERY_DELETION == "post_delete"
