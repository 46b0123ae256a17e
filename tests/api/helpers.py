"""An organisation's admin and a token of theirs, made through the product's services."""

from __future__ import annotations

from django.test import Client

from accounts.capabilities import Scope
from accounts.models import Audience, Role
from api.services import api_token_create
from tests.roles import member

ALL_SCOPES = tuple(Scope.values)


def an_admin(organisation):
    return member(organisation, Role.ORG_ADMIN, audience=Audience.TEACHER)


def a_token(organisation, scopes=ALL_SCOPES, days: int = 90, admin=None):
    """A new token's key and row."""
    made = api_token_create(
        user=admin or an_admin(organisation),
        organisation=organisation,
        name="Funder dashboard",
        scopes=list(scopes),
        days=days,
    )
    return made.key, made.token


def api(key: str | None = None, **headers) -> Client:
    """A client that calls the API with the token, as another system would."""
    if key is not None:
        headers["Authorization"] = f"Bearer {key}"
    return Client(headers=headers)
