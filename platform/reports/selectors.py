"""An organisation's impact figures, counted in a fixed number of queries and suppressed
before anything can show them (suppression.py).

The organisation's learners are the people it reaches: its members (any role), the
pupils of its classes and the peers of its mentors' groups, each counted once.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Q

from accounts.models import Membership, Organisation, Profile
from certificates.models import Certificate
from classrooms.models import ClassMembership
from courses.models import Enrolment
from mentoring.models import PeerMembership
from safeguarding.models import Concern

from .suppression import Breakdown, suppress

UNKNOWN_COUNTRY = ""


@dataclass(frozen=True)
class Figures:
    """What a report shows of one organisation: every breakdown already suppressed."""

    learners_by_audience: Breakdown
    learners_by_country: Breakdown
    enrolments_by_course: Breakdown
    completions_by_course: Breakdown
    certificates_by_kind: Breakdown
    concerns_by_status: Breakdown


def learner_ids(*, organisation: Organisation) -> set[int]:
    """Everyone the organisation reaches (one query)."""
    # No ordering inside the union's parts: SQLite refuses it (the models order by default).
    members = Membership.objects.filter(organisation=organisation).values("user_id").order_by()
    pupils = (
        ClassMembership.objects.filter(classroom__organisation=organisation)
        .values("pupil_id")
        .order_by()
    )
    peers = (
        PeerMembership.objects.filter(group__organisation=organisation).values("peer_id").order_by()
    )
    return set(members.union(pupils, peers).values_list("user_id", flat=True))


def organisation_figures(*, organisation: Organisation) -> Figures:
    """The organisation's figures, suppressed (six queries, whatever its size)."""
    learners = learner_ids(organisation=organisation)
    profiles = Profile.objects.filter(user_id__in=learners)
    by_audience = dict(
        profiles.values_list("audience").annotate(n=Count("pk")).order_by("audience")
    )
    by_country = dict(profiles.values_list("country").annotate(n=Count("pk")).order_by("country"))
    courses = (
        Enrolment.objects.filter(user_id__in=learners)
        .values_list("course__title")
        .annotate(enrolled=Count("pk"), completed=Count("pk", filter=Q(completed_at__isnull=False)))
        .order_by("course__title")
    )
    enrolled = {title: n for title, n, _completed in courses}
    completed = {title: n for title, _enrolled, n in courses}
    certificates = dict(
        Certificate.objects.filter(user_id__in=learners, revoked_at__isnull=True)
        .values_list("kind")
        .annotate(n=Count("pk"))
        .order_by("kind")
    )
    concerns = dict(
        Concern.objects.filter(organisation=organisation)
        .values_list("status")
        .annotate(n=Count("pk"))
        .order_by("status")
    )
    statuses = {status: concerns.get(status, 0) for status in Concern.Status.values}
    return Figures(
        learners_by_audience=suppress(by_audience),
        learners_by_country=suppress(
            {country or UNKNOWN_COUNTRY: n for country, n in by_country.items()}
        ),
        enrolments_by_course=suppress(enrolled),
        completions_by_course=suppress(completed),
        certificates_by_kind=suppress(
            {kind: certificates.get(kind, 0) for kind in Certificate.Kind.values}
        ),
        concerns_by_status=suppress(statuses),
    )
