"""Fixtures shared by the whole suite. Kept here, not in platform/ (see PITFALLS)."""

import os

import pytest
from django.core.cache import cache

from tests.accounts.factories import UserFactory

IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}


@pytest.fixture(autouse=True)
def _empty_cache():
    # Rate limits live in the cache: each test starts with none used.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def password():
    return "Correct-Horse-Battery-9"


@pytest.fixture
def parent(db, password):
    return UserFactory(password=password, profile__audience="parent")


@pytest.fixture
def staff_user(db, password):
    return UserFactory(password=password, is_staff=True, is_superuser=True)


@pytest.fixture
def editor(db, password):
    from django.contrib.auth.models import Group

    user = UserFactory(password=password)
    user.groups.add(Group.objects.get(name="Editors"))
    return user
