from django.db.models.signals import post_save

from connecting.connect_method import log_article_saved
from connecting.models import Article


def stop_logging_articles():
    # The key connect() stored: the dispatch_uid and the class the lazy string became.
    return post_save.disconnect(log_article_saved, sender=Article, dispatch_uid="connecting.log_article_saved")
