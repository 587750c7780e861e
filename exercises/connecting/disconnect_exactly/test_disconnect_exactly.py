import pytest
from django.db.models.signals import post_save

from connecting.connect_method import connect_article_log, log_article_saved
from connecting.models import Article

SAVED = {"created": True, "raw": False, "using": "default", "update_fields": None}  # what save() sends


@pytest.fixture(autouse=True)
def connected_again():
    yield
    connect_article_log()  # as ready() connected it: the answer disconnected it


@pytest.mark.django_db
def test_the_log_stops(answer):
    answer.stop_logging_articles()
    replies = dict(post_save.send(sender=Article, instance=Article(title="Hello"), **SAVED))
    assert log_article_saved not in replies


def test_reports_what_it_removed(answer):
    assert (answer.stop_logging_articles(), answer.stop_logging_articles()) == (True, False)
