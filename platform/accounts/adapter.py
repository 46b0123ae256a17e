from dataclasses import dataclass
from urllib.parse import urlsplit

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from django.conf import settings
from django.utils import translation
from django.utils.translation import get_language

from .models import User


@dataclass(frozen=True)
class PublicSite:
    """What allauth's mails call the site: our name and public address, never the
    host a request happened to come in on (it said "Hello from 127.0.0.1:8100")."""

    name: str
    domain: str


class AccountAdapter(DefaultAccountAdapter):
    """allauth's hooks for our accounts: sign-up fills in the profile, mails speak as
    the product in the person's language, failed sign-ins count per address."""

    def get_login_stages(self):
        return [
            "accounts.stages.EmailVerificationUnlessNoEmailStage"
            if stage == "allauth.account.stages.EmailVerificationStage"
            else stage
            for stage in super().get_login_stages()
        ]

    def save_user(self, request, user, form, commit=True):
        user = super().save_user(request, user, form, commit=commit)
        if commit:
            from .services import profile_ensure, profile_update

            data = form.cleaned_data
            profile_update(
                profile=profile_ensure(user=user),
                display_name=data.get("display_name") or user.email.split("@")[0][:60],
                audience=data.get("audience") or "parent",
                age_band=data.get("age_band") or "18+",
                country=data.get("country") or "",
                language=get_language() or "en",
            )
        return user

    def _get_login_attempts_cache_key(self, request, **credentials) -> str:
        # allauth counts failed sign-ins per account ("key") and per client address.
        # Counting per account *from this address* means five wrong passwords from
        # one place stop that place only: the owner still signs in from another.
        login = credentials.get("email", credentials.get("username", "")).lower()
        return f"{self.get_client_ip(request)}:{login}"

    def format_email_subject(self, subject: str) -> str:
        prefix = settings.ACCOUNT_EMAIL_SUBJECT_PREFIX or f"{settings.WAGTAIL_SITE_NAME}: "
        return f"{prefix}{subject}"

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        """In the language the account holder chose (the page's language otherwise),
        signed with the product's name and public address."""
        profile_language = (
            User.objects.filter(email__iexact=email)
            .values_list("profile__language", flat=True)
            .first()
        )
        language = profile_language or get_language() or settings.LANGUAGE_CODE
        # allauth builds its links (confirm, reset, sign up) from the request's host;
        # they point at the public address instead, like every other mail's links.
        request = allauth_context.request
        if request is not None:
            here = request.build_absolute_uri("/")
            context = {
                key: f"{settings.SITE_URL}/{value.removeprefix(here)}"
                if isinstance(value, str) and value.startswith(here)
                else value
                for key, value in context.items()
            }
        with translation.override(language):
            site = PublicSite(
                name=str(settings.WAGTAIL_SITE_NAME), domain=urlsplit(settings.SITE_URL).netloc
            )
            super().send_mail(
                template_prefix,
                email,
                {"current_site": site, "site_url": settings.SITE_URL, **context},
            )
