"""What accounts does when Django tells it something happened: a profile for each new
user, cached capabilities and admin permissions forgotten when roles, groups or an age
band change, the time zone remembered at sign-in. (Signals accounts sends: none.)"""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.auth.signals import user_logged_in
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from django.dispatch import receiver

from .capabilities import capabilities_forget
from .middleware import TIME_ZONE_SESSION_KEY
from .models import Membership, Profile, User
from .selectors import admin_permission_forget
from .services import profile_ensure


@receiver(post_save, sender=settings.AUTH_USER_MODEL, dispatch_uid="accounts_profile_ensure")
def create_profile(sender, instance, created, raw=False, **kwargs):
    # Every user has a profile, whichever way they were created (sign-up, join
    # code, createsuperuser), so that templates can rely on user.profile.
    if created and not raw:
        profile_ensure(user=instance)


@receiver(post_save, sender=Membership, dispatch_uid="accounts_roles_changed")
@receiver(post_delete, sender=Membership, dispatch_uid="accounts_roles_removed")
@receiver(post_save, sender=Profile, dispatch_uid="accounts_age_band_changed")
def forget_capabilities(sender, instance, **kwargs):
    # A changed age band changes what the person may do (no adult capability under 18).
    capabilities_forget(user_id=instance.user_id)
    transaction.on_commit(lambda: capabilities_forget(user_id=instance.user_id))


# The cached answer to "may this user enter the admin?" is forgotten for everyone whose
# groups or permissions change. Clearing and deleting are caught before they happen,
# while the rows still say whom they concern.
@receiver(m2m_changed, sender=User.groups.through, dispatch_uid="accounts_admin_groups")
@receiver(m2m_changed, sender=User.user_permissions.through, dispatch_uid="accounts_admin_perms")
def forget_admin_permission_of_users(sender, instance, action, reverse, pk_set, **kwargs):
    # instance is the user, or (reverse) the group or permission whose users change.
    if action in {"post_add", "post_remove"}:
        admin_permission_forget(user_ids=pk_set if reverse else [instance.pk])
    elif action == "pre_clear":
        users = instance.user_set.values_list("pk", flat=True) if reverse else [instance.pk]
        admin_permission_forget(user_ids=users)


@receiver(m2m_changed, sender=Group.permissions.through, dispatch_uid="accounts_admin_group_perms")
def forget_admin_permission_of_groups(sender, instance, action, reverse, pk_set, **kwargs):
    # instance is the group, or (reverse) the permission whose groups change.
    if action in {"post_add", "post_remove", "pre_clear"}:
        groups = [instance] if not reverse else pk_set or instance.group_set.all()
        members = User.objects.filter(groups__in=groups).values_list("pk", flat=True)
        admin_permission_forget(user_ids=members)


@receiver(pre_delete, sender=Group, dispatch_uid="accounts_admin_group_deleted")
@receiver(pre_delete, sender=Permission, dispatch_uid="accounts_admin_permission_deleted")
def forget_admin_permission_before_delete(sender, instance, **kwargs):
    users = (
        User.objects.filter(groups__in=[instance])
        if sender is Group
        else (
            User.objects.filter(user_permissions=instance)
            | User.objects.filter(groups__permissions=instance)
        )
    )
    admin_permission_forget(user_ids=users.values_list("pk", flat=True))


@receiver(user_logged_in, dispatch_uid="accounts_time_zone_at_sign_in")
def remember_time_zone(sender, request, user, **kwargs):
    """Pages show times in the person's time zone (UserTimeZoneMiddleware reads this)."""
    if request is not None and hasattr(request, "session"):
        time_zone = (
            Profile.objects.filter(user_id=user.pk).values_list("time_zone", flat=True).first()
        )
        request.session[TIME_ZONE_SESSION_KEY] = time_zone or ""
