"""Code-joined groups: what classes and peer groups share, written once.

A teacher's class and a peer mentor's group are both groups that young people join by
typing a code, under a nickname. Membership, join codes, joining, leaving, removal and
code rotation live here; each app adds its own parts (class sessions, mentoring logs)
and says in a few class attributes what its members are called.
"""

from dataclasses import dataclass
from typing import ClassVar

from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .join_codes import new_join_code, normalise_code


@dataclass(frozen=True)
class GroupWords:
    """What a kind of group says to the people joining it."""

    no_such_code: str
    not_taking_members: str
    nickname_taken: str
    removed: str
    new_code: str


class CodeJoinedGroup(models.Model):
    """A group with a join code that can be opened, closed and rotated."""

    join_code = models.CharField(_("join code"), max_length=12, unique=True, default=new_join_code)
    created_at = models.DateTimeField(auto_now_add=True)

    words: ClassVar[GroupWords]
    # The membership model's name for its link to the group (e.g. "classroom").
    membership_relation: ClassVar[str] = "memberships"

    class Meta:
        abstract = True

    def is_taking_members(self) -> bool:
        # join_open is declared by each kind: its label names who joins (pupils, peers).
        return self.join_open


class GroupMembership(models.Model):
    """One person in a code-joined group, known by nickname only. Leaving or being
    removed ends it; the person's own progress stays with them."""

    nickname = models.CharField(_("nickname"), max_length=30)
    joined_at = models.DateTimeField(auto_now_add=True)
    ended_at = models.DateTimeField(null=True, blank=True)
    removed = models.BooleanField(default=False)

    # The names of the foreign keys to the group and to the member.
    group_field: ClassVar[str]
    member_field: ClassVar[str]

    class Meta:
        abstract = True
        ordering = ["nickname"]

    def __str__(self):
        return self.nickname

    @property
    def is_active(self) -> bool:
        return self.ended_at is None


def _memberships(group: CodeJoinedGroup):
    return getattr(group, group.membership_relation).model


def group_for_code(*, model: type[CodeJoinedGroup], code: str, select_related=()):
    """The group of this kind with this code, taking members; else a ValidationError
    that says what went wrong."""
    group = model.objects.filter(join_code=normalise_code(code)).select_related(*select_related)
    group = group.first()
    if group is None:
        raise ValidationError(model.words.no_such_code)
    if not group.is_taking_members():
        raise ValidationError(model.words.not_taking_members)
    return group


def group_rotate_code(*, group: CodeJoinedGroup) -> CodeJoinedGroup:
    """A new join code; the old one stops working at once."""
    for _attempt in range(5):
        group.join_code = new_join_code()
        try:
            with transaction.atomic():
                group.save(update_fields=["join_code"])
            return group
        except IntegrityError:
            continue
    raise RuntimeError("could not find a free join code")


def group_set_joining(*, group: CodeJoinedGroup, open_: bool) -> CodeJoinedGroup:
    group.join_open = open_
    group.save(update_fields=["join_open"])
    return group


def nickname_check(*, group: CodeJoinedGroup, nickname: str) -> None:
    """Refuse a nickname someone in the group has (or had) already."""
    model = _memberships(group)
    taken = model.objects.filter(
        **{model.group_field: group, "nickname__iexact": nickname.strip()}
    ).exists()
    if taken:
        raise ValidationError({"nickname": group.words.nickname_taken})


@transaction.atomic
def member_join(*, group: CodeJoinedGroup, user, nickname: str) -> GroupMembership:
    """Put an account in the group; joining twice changes nothing, and someone who
    left comes back. Someone who was removed cannot come back with the code."""
    model = _memberships(group)
    key = {model.group_field: group, model.member_field: user}
    existing = model.objects.filter(**key).first()
    if existing is not None:
        if existing.removed:
            raise ValidationError(group.words.removed)
        if existing.ended_at is not None:
            existing.ended_at = None
            existing.save(update_fields=["ended_at"])
        return existing
    nickname = nickname.strip()
    nickname_check(group=group, nickname=nickname)
    try:
        with transaction.atomic():
            return model.objects.create(**key, nickname=nickname)
    except IntegrityError as error:
        # A concurrent request took the nickname or joined this person a moment ago.
        membership = model.objects.filter(**key).first()
        if membership is None:
            raise ValidationError({"nickname": group.words.nickname_taken}) from error
        return membership


def membership_end(*, membership: GroupMembership, removed: bool = False) -> GroupMembership:
    """A member leaves, or is removed by the group's adult or mentor; their own progress
    and attempts stay with them."""
    if membership.ended_at is None:
        membership.ended_at = timezone.now()
        membership.removed = removed
        membership.save(update_fields=["ended_at", "removed"])
    return membership


def membership_of(*, model: type[GroupMembership], user, group_id: int, select_related=()):
    """The user's active membership of the group, or None."""
    if not user.is_authenticated:
        return None
    return (
        model.objects.filter(
            **{f"{model.group_field}_id": group_id, model.member_field: user},
            ended_at__isnull=True,
        )
        .select_related(*select_related)
        .first()
    )
