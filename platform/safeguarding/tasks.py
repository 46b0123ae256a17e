"""Safeguarding jobs. The mails themselves are outbox rows (see services.concern_raise)."""

from celery import shared_task

from . import directory, services


@shared_task
def concerns_notify_pending_task() -> int:
    """Every 20 seconds: record who was told, and owe mails to a concern that has none."""
    return services.concerns_notify_pending()


@shared_task
def concerns_escalate_task() -> int:
    """Every 15 minutes: remind, then escalate, concerns that nobody opened in time."""
    return services.concerns_escalate()


@shared_task
def help_directory_digest_owe_task() -> int:
    """Daily: owe this month's list of entries to check to the directory's editors."""
    return directory.help_directory_digest_owe()
