"""What the impact report keeps besides the records it counts."""

from django.conf import settings
from django.db import models


class Reached(models.Model):
    """When an organisation first reached a person (joining it, one of its classes or one
    of its mentors' groups). Rebuilt nightly by reports.services.reach_refresh, so that
    the report counts people by month in the database; whoever the organisation reached
    since is counted live (reports.selectors.reach_by_month)."""

    organisation = models.ForeignKey(
        "accounts.Organisation", on_delete=models.CASCADE, related_name="+"
    )
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    first_reached_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["organisation", "user"], name="reports_reached_once")
        ]
        indexes = [models.Index(fields=["organisation", "first_reached_at"])]

    def __str__(self):
        return f"{self.user_id} reached by {self.organisation_id}"
