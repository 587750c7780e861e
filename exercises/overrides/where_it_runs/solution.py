# For each way an Article is deleted: does this code run? True or False.
PATHS = ("instance", "queryset", "cascade")  # article.delete(), Article.objects.filter(...).delete(), a Section's cascade

MODEL_DELETE = {"instance": True, "queryset": False, "cascade": False}  # Article.delete()
QUERYSET_DELETE = {"instance": False, "queryset": True, "cascade": False}  # ArticleQuerySet.delete()
POST_DELETE = {"instance": True, "queryset": True, "cascade": True}  # a post_delete receiver

# Where code that must run on every deletion belongs: "delete()", "QuerySet.delete()" or "post_delete".
EVERY_DELETION = "post_delete"
