from django.conf import settings
from django.db.models.signals import post_save
from django.dispatch import receiver

from .services import profile_ensure


@receiver(post_save, sender=settings.AUTH_USER_MODEL, dispatch_uid="accounts_profile_ensure")
def create_profile(sender, instance, created, raw=False, **kwargs):
    # Every user has a profile, whichever way they were created (sign-up, join
    # code, createsuperuser), so that templates can rely on user.profile.
    if created and not raw:
        profile_ensure(user=instance)
