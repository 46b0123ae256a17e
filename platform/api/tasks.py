from celery import shared_task

from .services import api_calls_expire


@shared_task(acks_late=True)
def api_calls_expire_task() -> int:
    """Daily (django-celery-beat, migration api/0002): delete calls older than the log
    keeps them. Batches of their own, so a killed run leaves only what a second deletes."""
    return api_calls_expire()
