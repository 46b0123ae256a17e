"""A concern nobody opens is not left waiting: a reminder, then the organisation's admins."""

from datetime import timedelta

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from accounts.services import organisation_add_member
from outbox.delivery import deliver
from outbox.models import Message
from safeguarding import services
from safeguarding.contexts import contexts_for
from safeguarding.models import ConcernAuditEntry
from tests.accounts.factories import UserFactory
from tests.mentoring.factories import mentoring_world

pytestmark = pytest.mark.django_db

HOUR = timedelta(hours=1)


@pytest.fixture
def w(db):
    w = mentoring_world()
    w.admin = UserFactory(email="admin@org-a.example")
    organisation_add_member(organisation=w.org_a, user=w.admin, role="org_admin")
    return w


@pytest.fixture
def concern(w):
    context = next(c for c in contexts_for(user=w.mentor_a) if c.key.startswith("group:"))
    concern = services.concern_raise(
        reporter=w.mentor_a, context=context, description="Something worrying.", urgency="soon"
    )
    deliver(kind=services.CONCERN_MAIL)
    mail.outbox.clear()
    return concern


def _escalations(concern):
    return list(
        concern.audit_entries.filter(action=ConcernAuditEntry.Action.ESCALATED).values_list(
            "detail", flat=True
        )
    )


def _send(now):
    deliver(kind=services.ESCALATION_MAIL, now=now)
    return {tuple(m.to): m for m in mail.outbox}


def test_unopened_a_day_the_lead_and_coach_are_reminded_after_two_the_admins_are_told(concern, w):
    start = concern.created_at

    assert services.concerns_escalate(now=start + 23 * HOUR) == 0
    assert services.concerns_escalate(now=start + 25 * HOUR) == 1
    assert services.concerns_escalate(now=start + 26 * HOUR) == 0, "each step once"
    [reminder] = _escalations(concern)
    assert w.lead_a.get_display_name() in reminder and w.coach_a.get_display_name() in reminder

    sent = _send(start + 25 * HOUR)
    assert set(sent) == {(w.lead_a.email,), (w.coach_a.email,)}
    lead_mail = sent[(w.lead_a.email,)]
    assert "has not been opened" in lead_mail.subject.lower() or "reminder" in (
        lead_mail.subject.lower()
    )
    assert f"/help/concerns/{concern.pk}/" in lead_mail.body
    assert "Something worrying" not in lead_mail.body

    mail.outbox.clear()
    assert services.concerns_escalate(now=start + 49 * HOUR) == 1
    assert services.concerns_escalate(now=start + 100 * HOUR) == 0, "two steps, no more"
    sent = _send(start + 49 * HOUR)
    assert set(sent) == {(w.admin.email,)}
    admin_mail = sent[(w.admin.email,)].body
    assert f"/organisation/{w.org_a.slug}/" in admin_mail
    assert f"/help/concerns/{concern.pk}/" not in admin_mail, "admins cannot open it"
    assert len(_escalations(concern)) == 2
    assert w.admin.get_display_name() in _escalations(concern)[1]


def test_a_concern_opened_in_time_is_not_escalated(concern, w):
    client = Client()
    client.force_login(w.lead_a)
    assert client.get(f"/en/help/concerns/{concern.pk}/").status_code == 200

    assert services.concerns_escalate(now=concern.created_at + 100 * HOUR) == 0
    assert _escalations(concern) == []


def test_a_reminder_owed_but_not_yet_sent_is_dropped_once_the_concern_is_opened(concern, w):
    assert services.concerns_escalate(now=concern.created_at + 25 * HOUR) == 1
    services.concern_viewed(concern=concern, viewer=w.lead_a)

    assert _send(concern.created_at + 25 * HOUR) == {}
    assert set(
        Message.objects.filter(kind=services.ESCALATION_MAIL).values_list("outcome", flat=True)
    ) == {"skipped"}


def test_each_organisation_sets_its_own_time(concern, w):
    w.org_a.concern_escalation_hours = 2
    w.org_a.save()

    assert services.concerns_escalate(now=concern.created_at + 90 * timedelta(minutes=1)) == 0
    assert services.concerns_escalate(now=concern.created_at + 3 * HOUR) == 1


def test_escalation_runs_every_15_minutes():
    from django_celery_beat.models import PeriodicTask

    task = PeriodicTask.objects.get(task="safeguarding.tasks.concerns_escalate_task")
    assert task.enabled and task.interval.every == 900


def test_the_escalation_of_many_concerns_reads_a_fixed_number_of_queries(w):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    context = next(c for c in contexts_for(user=w.mentor_a) if c.key.startswith("group:"))
    for n in range(5):
        services.concern_raise(
            reporter=w.mentor_a, context=context, description=f"Worry {n}.", urgency="soon"
        )
    later = timezone.now() + 2 * HOUR  # none is due yet: the candidates are read once
    with CaptureQueriesContext(connection) as queries:
        assert services.concerns_escalate(now=later) == 0
    assert len(queries) == 1
