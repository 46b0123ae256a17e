from functools import cache

from csp.constants import HEADER
from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import build_policy
from django.urls import reverse


@cache
def _admin_prefixes() -> tuple[str, ...]:
    return (reverse("wagtailadmin_home"), reverse("admin:index"))


@cache
def _policy(admin: bool) -> str:
    update = {"script-src": ["'unsafe-inline'"]} if admin else None
    return build_policy(update=update)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's strict policy everywhere, loosened only for the admins' own scripts.

    The Wagtail and Django admins run a few inline scripts; learners' pages run none.
    No page uses a nonce or a per-view policy, so the two headers are built once per
    process; a response that asks for its own policy still gets django-csp's.
    """

    def process_response(self, request, response):
        own_policy = any(
            getattr(response, name, None) is not None
            for name in ("_csp_config", "_csp_update", "_csp_replace", "_csp_exempt")
        )
        if own_policy or getattr(request, "_csp_nonce", None) is not None or HEADER in response:
            return super().process_response(request, response)
        response[HEADER] = _policy(request.path.startswith(_admin_prefixes()))
        return response

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if request.path.startswith(_admin_prefixes()) and parts.update is None:
            parts.update = {"script-src": ["'unsafe-inline'"]}
        return parts
