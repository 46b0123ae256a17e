"""Which organisations a person belongs to now: what an organisation's own courses and
help entries are shown to.

A person belongs to an organisation through a membership (any role), and through the
ways the apps above add: a pupil through a class she is still in (classrooms), a peer
through a peer group he is still in (mentoring). Those apps register their way in
their AppConfig.ready, so that this bottom layer never imports them. Each way gives a
subquery of organisation ids: the person's organisations are one query, and a filter
on them is no query at all.
"""

from collections.abc import Callable

from django.db.models import OuterRef, Q, QuerySet

from .models import Membership, Organisation

# A way of belonging: the user -> a values() queryset of organisation ids.
Way = Callable[[object], QuerySet]

_ways: list[Way] = []


def belonging_register(way: Way) -> None:
    """Called from an app's ready(): another way a person belongs to an organisation."""
    if way not in _ways:
        _ways.append(way)


def _memberships(user) -> QuerySet:
    return Membership.objects.filter(user=user).values("organisation")


def _subqueries(user) -> list[QuerySet]:
    return [_memberships(user), *(way(user) for way in _ways)]


def belonging_of_rows_filter(*, user_field: str, field: str) -> Q:
    """Rows whose `field` (an organisation) the row's own `user_field` belongs to: for
    a sweep over many people's rows at once (subqueries on the outer row, no query)."""
    condition = Q()
    for subquery in _subqueries(OuterRef(user_field)):
        condition |= Q(**{f"{field}__in": subquery})
    return condition


def belonging_filter(*, user, field: str = "organisation") -> Q:
    """Rows whose `field` (an organisation) is one the user belongs to; none for a
    visitor without an account."""
    if not user.is_authenticated:
        return Q(pk__in=[])
    condition = Q()
    for subquery in _subqueries(user):
        condition |= Q(**{f"{field}__in": subquery})
    return condition


def organisations_of(*, user) -> frozenset[int]:
    """The ids of the organisations the user belongs to now (one query, then kept on
    the user object for the rest of the request)."""
    if not user.is_authenticated:
        return frozenset()
    known = getattr(user, "_organisations_belonged_to", None)
    if known is None:
        known = frozenset(
            Organisation.objects.filter(belonging_filter(user=user, field="pk")).values_list(
                "pk", flat=True
            )
        )
        user._organisations_belonged_to = known
    return known
