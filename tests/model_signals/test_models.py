"""The models of the model-signals page: codes are six digits; a profile's key is its user."""

import re

import pytest
from django.contrib.auth import get_user_model

from model_signals.models import Profile, new_verification_code


def test_verification_codes_are_six_digits():
    assert all(re.fullmatch(r"\d{6}", new_verification_code()) for _ in range(50))


def test_verification_codes_span_every_six_digit_number(monkeypatch):
    import secrets

    monkeypatch.setattr(secrets, "randbelow", lambda bound: bound - 1)
    assert new_verification_code() == "999999"
    monkeypatch.setattr(secrets, "randbelow", lambda bound: 42)
    assert new_verification_code() == "000042"  # zero-padded


@pytest.mark.django_db
def test_profile_primary_key_is_the_user():
    user = get_user_model().objects.create_user("reza")
    profile = Profile.objects.get(user=user)
    assert profile.pk == user.pk
    assert Profile._meta.pk.name == "user"
