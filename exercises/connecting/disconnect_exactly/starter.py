from django.db.models.signals import post_save

from connecting.connect_method import log_article_saved


def stop_logging_articles():
    return post_save.disconnect(log_article_saved)
