"""Signed-in learners without signing in: sessions written directly, clear of login limits."""

from importlib import import_module

from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY

from accounts.models import User


def sessions_for(user_ids: list[int]) -> list[str]:
    """One session key per user, in the order given, as a login would leave it."""
    store_class = import_module(settings.SESSION_ENGINE).SessionStore
    users = User.objects.in_bulk(user_ids)
    keys = []
    for pk in user_ids:
        user = users[pk]
        store = store_class()
        store[SESSION_KEY] = str(user.pk)
        store[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
        store[HASH_SESSION_KEY] = user.get_session_auth_hash()
        store.save()
        keys.append(store.session_key)
    return keys
