# For each way an Article is deleted, does this code run? True or False.
#   "instance": article.delete()
#   "queryset": Article.objects.filter(...).delete()
#   "cascade":  the article's Section is deleted (on_delete=CASCADE)

MODEL_DELETE = {"instance": True, "queryset": False, "cascade": False}  # Article.delete()
QUERYSET_DELETE = {"instance": False, "queryset": True, "cascade": False}  # ArticleQuerySet.delete()
POST_DELETE = {"instance": True, "queryset": True, "cascade": True}  # a post_delete receiver

# Where code that must run on every deletion belongs: "delete()", "QuerySet.delete()" or "post_delete".
EVERY_DELETION = "post_delete"
