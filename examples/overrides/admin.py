from django.contrib import admin

from .models import Article


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    actions = ["delete_selected"]  # the admin's bulk action, named here to show it
