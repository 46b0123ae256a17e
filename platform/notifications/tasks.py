"""Reminder jobs: sweeps choose in batches and fan out; delivery sends each message once."""

from celery import shared_task

from . import services, sweeps

NETWORK_ERRORS = services.NETWORK_ERRORS


@shared_task(autoretry_for=NETWORK_ERRORS, retry_backoff=10, retry_backoff_max=600, max_retries=8)
def notifications_deliver_task(ids: list[int]) -> dict:
    """Send these notifications if they are due (claimed first: never twice)."""
    return services.deliver(ids=ids)


def _fan_out(ids: list[int]) -> int:
    for batch in sweeps.batches(ids):
        notifications_deliver_task.delay(batch)
    return len(ids)


@shared_task
def notifications_deliver_due_task() -> int:
    """Every few minutes: what quiet hours postponed, or what a lost task left pending."""
    services.release_stale_claims()
    services.certificates_ready_missing()
    return _fan_out(services.due_ids(limit=10_000))


@shared_task
def reminders_inactive_sweep_task() -> int:
    """Hourly: enrolments without activity, one task per batch of 1,000."""
    ids = sweeps.inactive_candidate_ids()
    for batch in sweeps.batches(ids):
        reminders_inactive_batch_task.delay(batch)
    return len(ids)


@shared_task
def reminders_inactive_batch_task(enrolment_ids: list[int]) -> int:
    due = sweeps.inactive_queue_batch(enrolment_ids=enrolment_ids)
    return _fan_out(due)


@shared_task
def reminders_sessions_sweep_task() -> int:
    return _fan_out(sweeps.upcoming_sessions_queue())


@shared_task
def reminders_digest_sweep_task() -> int:
    return _fan_out(sweeps.digests_queue())
