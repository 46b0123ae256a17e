"""Course jobs: thin entry points that call a service."""

from celery import shared_task

from . import services


@shared_task
def completions_repair_task() -> int:
    """Periodically: complete what passed attempts left incomplete; returns how many."""
    return services.completions_repair()
