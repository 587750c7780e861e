"""The explicit alternative: when your code creates the user, create the profile right there."""

from django.contrib.auth import get_user_model
from django.db import transaction

from .models import Profile


def register_member(*, username, email, password, full_name):
    with transaction.atomic():
        # create_user() hashes the password; never pass password= to objects.create().
        user = get_user_model().objects.create_user(username=username, email=email, password=password)
        Profile.objects.update_or_create(user=user, defaults={"full_name": full_name})
    return user
