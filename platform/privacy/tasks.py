from celery import shared_task

from . import retention


@shared_task(acks_late=True)
def retention_run_task() -> dict:
    """Nightly (django-celery-beat, migration privacy/0003): delete or anonymise what
    has outlived its retention period. Safe to run twice or to kill half-way: every
    batch is its own transaction and a second run finds only what is left."""
    return retention.retention_run()
