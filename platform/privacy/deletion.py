"""Deleting an account: everything in the registry goes, but what must stay (and says
why in the registry) stays with the least data.

The person (or a teacher for a pupil of their class, or a parent from their consent
link) first sees `deletion_summary`: what will be deleted, what stays and why, and
anything that must be settled first (`deletion_blockers`). Deleting is one transaction
that locks the account row first: deleting twice, or downloading the data while it is
deleted, finds either the whole account or none of it.
"""

from dataclasses import dataclass

from django.apps import apps
from django.db import models, transaction
from django.db.models import Count, Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _

from accounts.models import Membership, Role, User

from .personal_data import KEPT_WORK, REGISTRY, Kind


@dataclass(frozen=True)
class Summary:
    deleted: list[tuple[Kind, int]]
    kept: list[str]
    blockers: list[str]


def deletion_blockers(user) -> list[str]:
    """What must be settled before this account can go, in words the person can act on."""
    blockers = []
    if user.is_staff or user.is_superuser:
        blockers.append(_("This account can open the admin. Another administrator must remove it."))
    PeerMentor = apps.get_model("mentoring", "PeerMentor")
    MentorGroup = apps.get_model("mentoring", "MentorGroup")
    if (
        PeerMentor.objects.filter(coach=user).exists()
        or MentorGroup.objects.filter(coach=user).exists()
    ):
        blockers.append(
            _(
                "You coach peer mentors. Ask your organisation's admin to give them another "
                "coach first: a peer mentor is never left without an adult."
            )
        )
    Classroom = apps.get_model("classrooms", "Classroom")
    ClassMembership = apps.get_model("classrooms", "ClassMembership")
    alone = (
        Classroom.objects.filter(
            archived_at__isnull=True,
            pk__in=apps.get_model("classrooms", "ClassTeacher")
            .objects.filter(teacher=user)
            .values("classroom"),
        )
        .annotate(teacher_count=Count("teacher_links"))
        .filter(
            Exists(ClassMembership.objects.filter(classroom=OuterRef("pk"), ended_at=None)),
            teacher_count=1,
        )
        .exists()
    )
    if alone:
        blockers.append(
            _(
                "You are the only teacher of a class that still has pupils. Archive the "
                "class, or add a co-teacher, first."
            )
        )
    only_lead = (
        Membership.objects.filter(user=user, role=Role.SAFEGUARDING_LEAD)
        .annotate(
            leads=Count(
                "organisation__memberships",
                filter=Q(organisation__memberships__role=Role.SAFEGUARDING_LEAD),
            )
        )
        .filter(leads=1)
        .exists()
    )
    if only_lead:
        blockers.append(
            _(
                "You are your organisation's only safeguarding lead. Ask its admin to name "
                "another lead first, so that no concern goes unread."
            )
        )
    return blockers


def deletion_summary(user) -> Summary:
    """What deleting this account would delete (counts per kind), keep, and wait for."""
    deleted, kept = [], []
    for kind in REGISTRY:
        count = kind.queryset(user).count()
        if not count:
            continue
        if kind.kept:
            kept.append(kind.kept)
        else:
            deleted.append((kind, count))
    for label, person, reason in KEPT_WORK:
        if apps.get_model(label).objects.filter(**{person: user.pk}).exists():
            kept.append(reason)
    return Summary(deleted=deleted, kept=kept, blockers=deletion_blockers(user))


def _protected(kind: Kind) -> bool:
    """Whether the relation to the person refuses to cascade (the rows go first)."""
    if kind.person == "pk":
        return False
    field = apps.get_model(kind.model)._meta.get_field(kind.person.split("__")[0])
    return getattr(field.remote_field, "on_delete", None) is models.PROTECT


class NotDeletable(Exception):
    def __init__(self, blockers: list[str]):
        super().__init__("; ".join(str(b) for b in blockers))
        self.blockers = blockers


def account_delete(*, user_id: int) -> bool:
    """Delete the account and everything that names the person, keeping what the
    registry says stays, blanked. False if the account was gone already."""
    with transaction.atomic():
        user = User.objects.select_for_update().filter(pk=user_id).first()
        if user is None:
            return False
        blockers = deletion_blockers(user)
        if blockers:
            raise NotDeletable(blockers)
        accounts_erase([user.pk])
    return True


def accounts_erase(user_ids: list[int]) -> int:
    """Delete these accounts as the registry says, in a fixed number of queries whatever
    their number (the retention job erases hundreds at a time). Callers check blockers.
    Returns how many accounts went."""
    files: list[tuple[object, str]] = []
    with transaction.atomic():
        for kind in REGISTRY:
            rows = kind.queryset_of(user_ids)
            for name in kind.files:
                storage = rows.model._meta.get_field(name).storage
                stored = rows.exclude(**{name: ""}).values_list(name, flat=True)
                files += [(storage, path) for path in stored]
            if kind.anonymise:
                update = dict(kind.anonymise)
                update.update({name: "" for name in kind.files})
                rows.update(**update)
            elif _protected(kind):
                # A peer mentor's own groups close with them (their peers keep their
                # accounts; the groups' session logs were the mentor's own writing).
                rows.delete()
        deleted = User.objects.filter(pk__in=user_ids).delete()[1].get(User._meta.label, 0)
        transaction.on_commit(lambda: _delete_files(files))
    return deleted


def _delete_files(files) -> None:
    for storage, path in files:
        storage.delete(path)
