from csp.middleware import CSPMiddleware
from django.urls import reverse


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's strict policy everywhere, loosened only for the admins' own scripts.

    The Wagtail and Django admins run a few inline scripts; learners' pages run none.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        admin_prefixes = (reverse("wagtailadmin_home"), reverse("admin:index"))
        if request.path.startswith(admin_prefixes) and parts.update is None:
            parts.update = {"script-src": ["'unsafe-inline'"]}
        return parts
