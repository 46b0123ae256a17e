from celery import shared_task

from .services import reach_refresh


@shared_task(acks_late=True)
def reach_refresh_task() -> int:
    """Nightly (django-celery-beat, migration reports/0002): rebuild when each
    organisation first reached each person, for the impact report."""
    return reach_refresh()
