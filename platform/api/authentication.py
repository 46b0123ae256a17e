"""Calls carry an organisation's token: `Authorization: Bearer aw_...`."""

from django.utils.translation import gettext as _
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework import authentication, exceptions

from .selectors import token_for_key


class TokenClient:
    """Who is calling: one of an organisation's systems, never a person. Django's
    permission checks and capability lookups that expect a user find nobody here."""

    is_authenticated = True
    is_anonymous = False
    is_active = False
    pk = None

    def __init__(self, token):
        self.token = token
        self.organisation = token.organisation

    def __str__(self):
        return f"API token {self.token.hint}…"


class TokenAuthentication(authentication.BaseAuthentication):
    keyword = "bearer"

    def authenticate(self, request):
        parts = authentication.get_authorization_header(request).split()
        if not parts:
            return None
        if parts[0].lower() != self.keyword.encode() or len(parts) != 2:
            raise exceptions.AuthenticationFailed(
                _("Send the token as “Authorization: Bearer <token>”.")
            )
        try:
            key = parts[1].decode("ascii")
        except UnicodeDecodeError:
            raise exceptions.AuthenticationFailed(_("This token is not valid.")) from None
        token = token_for_key(key=key)
        if token is None:
            raise exceptions.AuthenticationFailed(_("This token is not valid."))
        # Which token called is logged even when it is refused (see views.ApiView).
        request.api_token = token
        if token.is_revoked:
            raise exceptions.AuthenticationFailed(_("This token was revoked."))
        if token.is_expired():
            raise exceptions.AuthenticationFailed(_("This token has expired."))
        return TokenClient(token), token

    def authenticate_header(self, request):
        return 'Bearer realm="api"'


class TokenAuthenticationScheme(OpenApiAuthenticationExtension):
    target_class = TokenAuthentication
    name = "organisationToken"

    def get_security_definition(self, auto_schema):
        return {
            "type": "http",
            "scheme": "bearer",
            "description": _(
                "A token created by an organisation admin on the organisation's API page."
            ),
        }
