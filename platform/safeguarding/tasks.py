"""Safeguarding jobs, on the urgent queue so that nothing waits behind bulk mail."""

from celery import shared_task

from . import services
from .services import NETWORK_ERRORS


@shared_task(autoretry_for=NETWORK_ERRORS, retry_backoff=5, retry_backoff_max=300, max_retries=10)
def concern_notify_task(concern_id: int) -> bool:
    """Tell the safeguarding lead and coach about a new concern."""
    return services.concern_notify(concern_id=concern_id)


@shared_task
def concerns_notify_pending_task() -> int:
    """Every 20 seconds: send the notifications that could not be sent at once."""
    return services.concerns_notify_pending()
