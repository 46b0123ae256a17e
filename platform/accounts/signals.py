from django.conf import settings
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from .models import Membership
from .selectors import roles_forget
from .services import profile_ensure


@receiver(post_save, sender=settings.AUTH_USER_MODEL, dispatch_uid="accounts_profile_ensure")
def create_profile(sender, instance, created, raw=False, **kwargs):
    # Every user has a profile, whichever way they were created (sign-up, join
    # code, createsuperuser), so that templates can rely on user.profile.
    if created and not raw:
        profile_ensure(user=instance)


@receiver(post_save, sender=Membership, dispatch_uid="accounts_roles_changed")
@receiver(post_delete, sender=Membership, dispatch_uid="accounts_roles_removed")
def forget_roles(sender, instance, **kwargs):
    roles_forget(user_id=instance.user_id)
