"""Reminder jobs: sweeps choose in batches and write what is owed; the outbox delivers."""

from celery import shared_task

from . import services, sweeps


@shared_task
def notifications_deliver_due_task() -> int:
    """Every few minutes, a repair: "certificate ready" for a certificate never
    announced (older data). Delivery itself is the outbox's (outbox.tasks)."""
    return services.certificates_ready_missing()


@shared_task
def reminders_inactive_sweep_task() -> int:
    """Hourly: enrolments without activity, one task per batch of 1,000."""
    ids = sweeps.inactive_candidate_ids()
    for batch in sweeps.batches(ids):
        reminders_inactive_batch_task.delay(batch)
    return len(ids)


@shared_task
def reminders_inactive_batch_task(enrolment_ids: list[int]) -> int:
    return len(sweeps.inactive_queue_batch(enrolment_ids=enrolment_ids))


@shared_task
def reminders_sessions_sweep_task() -> int:
    return len(sweeps.upcoming_sessions_queue())


@shared_task
def reminders_digest_sweep_task() -> int:
    return len(sweeps.digests_queue())
