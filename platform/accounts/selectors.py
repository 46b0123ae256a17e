"""Reads about accounts that apply rules."""

from allauth.mfa.models import Authenticator

from .models import User


def user_has_totp(*, user: User) -> bool:
    """Whether the user has set up an authenticator app."""
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
