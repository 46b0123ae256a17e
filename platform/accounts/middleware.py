import zoneinfo
from functools import cache

from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
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
        if not request.path.startswith(_admin_prefixes()):
            return False
        user = request.user
        if not user.is_authenticated or not user.can_enter_admin:
            return False
        return not user_has_totp(user=user)


class AdminAccessMiddleware:
    """A signed-in person who may not use an admin gets a clear page, not a redirect.

    Wagtail and Django send them to the login page, which sends a signed-in person
    back: a loop. Anonymous visitors still go to sign in.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path
        user = request.user
        if user.is_authenticated and path.startswith(_admin_prefixes()):
            may_enter = (
                user.is_active and user.is_staff
                if path.startswith(_admin_prefixes()[1])
                else user.can_enter_admin
            )
            if not may_enter:
                return render(request, "403.html", {"admin_area": True}, status=403)
        return self.get_response(request)


@cache
def _admin_prefixes() -> tuple[str, ...]:
    """Wagtail's admin, then Django's (built once: every request asks)."""
    return (reverse("wagtailadmin_home"), reverse("admin:index"))


class PrivatePagesMiddleware:
    """Nothing shown to a signed-in person is kept by a browser or a shared cache.

    Their pages show their own progress, or children's data; public pages seen
    anonymously keep the caching their views choose.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            add_never_cache_headers(response)
        return response


# Where the signed-in person's time zone waits for each request: written at sign-in and
# when they change it, so that no page pays a query for it.
TIME_ZONE_SESSION_KEY = "time_zone"


class UserTimeZoneMiddleware:
    """Show times in the signed-in person's time zone (their profile's); UTC otherwise.

    Reads the session only when the browser sent a session cookie, so pages for
    visitors without one stay the same for everyone (courses.middleware caches them).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        name = ""
        if settings.SESSION_COOKIE_NAME in request.COOKIES:
            name = request.session.get(TIME_ZONE_SESSION_KEY, "")
        try:
            timezone.activate(zoneinfo.ZoneInfo(name)) if name else timezone.deactivate()
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            timezone.deactivate()
        try:
            return self.get_response(request)
        finally:
            timezone.deactivate()
