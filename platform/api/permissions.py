"""A token may do what its scopes say (accounts.capabilities.Scope), for its own
organisation only: every view names the scope each method needs."""

from django.utils.translation import gettext as _
from rest_framework.permissions import BasePermission

from .models import ApiToken

# A view every token may read, whatever its scopes (the token's own organisation).
ANY_SCOPE = "*"


class HasScope(BasePermission):
    def has_permission(self, request, view) -> bool:
        token = request.auth
        if not isinstance(token, ApiToken):
            return False
        method = "GET" if request.method == "HEAD" else request.method
        needed = view.scopes_needed.get(method)
        if needed is None:
            # A method the view does not have answers 405 (OPTIONS too: the API
            # describes itself in its schema); one it has but names no scope for is
            # refused.
            return method == "OPTIONS" or not hasattr(view, method.lower())
        if needed == ANY_SCOPE or needed in token.scopes:
            return True
        self.message = _("This token may not do this: it needs the scope “%(scope)s”.") % {
            "scope": needed
        }
        return False
