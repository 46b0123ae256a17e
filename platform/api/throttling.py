"""Rate limits: per token, and per client address for calls without a valid token.

The counts live in the shared cache; when Redis is down the cache answers nothing and
the limits pause rather than refusing every call (config.cache)."""

from rest_framework.throttling import SimpleRateThrottle

from .models import ApiToken


class TokenRateThrottle(SimpleRateThrottle):
    scope = "token"

    def get_cache_key(self, request, view):
        if not isinstance(request.auth, ApiToken):
            return None
        return self.cache_format % {"scope": self.scope, "ident": request.auth.pk}


class AddressRateThrottle(SimpleRateThrottle):
    scope = "address"

    def get_cache_key(self, request, view):
        if isinstance(request.auth, ApiToken):
            return None
        # The connection's address, as the join-code limit uses: REST framework's own
        # would believe an X-Forwarded-For header that any caller can write.
        address = request.META.get("REMOTE_ADDR", "unknown")
        return self.cache_format % {"scope": self.scope, "ident": address}
