"""What the reports write: the nightly table of when each organisation first reached
each person."""

from django.db import transaction

from accounts.models import Organisation

from .models import Reached
from .selectors import learners_first_reached


def reach_refresh(*, batch_size: int = 5000) -> int:
    """Rebuild the table of when each organisation first reached each person (Reached),
    one organisation at a time, each in its own transaction; how many rows it holds.
    Safe to run twice or to kill half-way: an organisation not yet rebuilt keeps last
    night's rows, and the report counts live whoever they miss."""
    written = 0
    for organisation in Organisation.objects.order_by("pk"):
        first = learners_first_reached(organisations=[organisation])
        with transaction.atomic():
            Reached.objects.filter(organisation=organisation).delete()
            Reached.objects.bulk_create(
                (
                    Reached(organisation=organisation, user_id=user_id, first_reached_at=at)
                    for user_id, at in first.items()
                ),
                batch_size=batch_size,
            )
        written += len(first)
    return written
