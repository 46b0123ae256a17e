"""The demo help directory for `manage.py seed_demo` (entries in demo_services.py)."""

import datetime

from .demo_services import HELP_SERVICES
from .models import HelpService


def seed(*, password: str, log=print) -> None:
    """Create the help services that are missing; existing ones are left as edited."""
    created = 0
    for entry in HELP_SERVICES:
        fields = dict(entry)
        fields["last_checked"] = datetime.date.fromisoformat(fields["last_checked"])
        _service, was_created = HelpService.objects.get_or_create(
            country=fields.pop("country"), name=fields.pop("name"), defaults=fields
        )
        created += was_created
    log(f"Help directory: {len(HELP_SERVICES)} services ({created} new)")
