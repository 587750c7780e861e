from django.db.models.signals import post_save

from pitfalls.models import Place, Restaurant

saved = []  # the name of every saved place


def log_place(sender, instance, **kwargs):
    saved.append(instance.name)


# A save is sent once, with the saved class as sender: connect once per class.
for model in (Place, Restaurant):
    post_save.connect(log_place, sender=model, dispatch_uid=f"pitfalls.exercise.log_place.{model.__name__}")
