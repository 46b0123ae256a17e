from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from .selectors import user_has_totp


class StaffTwoFactorMiddleware:
    """Send staff without an authenticator app to set one up before the admin.

    On when ACCOUNTS_STAFF_MFA_REQUIRED is (production); off in the local demo.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if self._must_set_up_totp(request):
            messages.warning(
                request,
                _("Set up two-factor authentication before you use the admin."),
            )
            return redirect(f"{reverse('mfa_activate_totp')}?next={request.path}")
        return self.get_response(request)

    def _must_set_up_totp(self, request) -> bool:
        if not settings.ACCOUNTS_STAFF_MFA_REQUIRED:
            return False
        if not request.path.startswith(self._admin_prefixes()):
            return False
        user = request.user
        if not user.is_authenticated or not user.can_enter_admin:
            return False
        return not user_has_totp(user=user)

    @staticmethod
    def _admin_prefixes() -> tuple[str, ...]:
        return (reverse("wagtailadmin_home"), reverse("admin:index"))
