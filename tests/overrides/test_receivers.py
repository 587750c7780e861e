from overrides.models import Article, Tombstone
from overrides.receivers import bury, fill_search_title


def test_fill_search_title_lowers_the_title():
    article = Article(title="Signals")
    fill_search_title(Article, article)
    assert article.search_title == "signals"


def test_bury_leaves_a_tombstone(db):
    bury(Article, Article(title="Gone"))
    assert Tombstone.objects.values_list("title", "via").get() == ("Gone", "post_delete")
