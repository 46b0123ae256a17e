from allauth.account.adapter import DefaultAccountAdapter
from django.utils.translation import get_language


class AccountAdapter(DefaultAccountAdapter):
    """allauth's hooks for our accounts: sign-up fills in the profile."""

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
                language=get_language() or "en",
            )
        return user
