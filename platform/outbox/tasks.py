"""Outbox jobs: deliver new rows at once, and sweep up whatever that missed."""

from celery import shared_task

from . import delivery


@shared_task
def outbox_deliver_task(kind: str, keys: list[str]) -> dict:
    """Sent after the commit that wrote these rows (on the kind's queue)."""
    return dict(delivery.deliver(kind=kind, keys=keys, limit=len(keys)))


@shared_task
def outbox_sweep_task() -> dict:
    """Every 20 seconds: rows whose task was lost (broker down, worker killed), retries
    whose time has come, postponed messages, and the leases of killed workers."""
    return dict(delivery.sweep())
