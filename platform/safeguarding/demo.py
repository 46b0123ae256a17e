"""The help directory for `manage.py seed_demo`: the data file, imported once, and one
service of the demo partner's own, shown to its people only."""

import datetime

from accounts.demo import PARTNER_ORGANISATION_SLUG
from accounts.models import Organisation

from .directory import help_directory_import
from .models import HelpService

# Made up, like the partner itself: an organisation's own entry beside the network's.
PARTNER_SERVICE = {
    "country": "DE",
    "kind": HelpService.Kind.CHILD_HELPLINE,
    "name": "Partner Schools Trust school counsellors (demo)",
    "description": "A demo entry: the trust's own counsellors, for pupils and families of its "
    "schools, on school days.",
    "web": "https://partner.example/counsellors",
    "hours": "School days, 8:00 to 16:00",
    "languages": "de, en",
    "audience": HelpService.AgeGroup.EVERYONE,
    "anonymous": False,
    "last_checked": datetime.date(2026, 12, 7),
    "source": "https://partner.example/counsellors",
}


def seed(*, password: str, log=print) -> None:
    """Import the services the directory lacks; existing ones are left as staff edited them."""
    created, total = help_directory_import()
    log(f"Help directory: {total} services ({created} new)")
    partner = Organisation.objects.get(slug=PARTNER_ORGANISATION_SLUG)
    _service, new = HelpService.objects.get_or_create(
        organisation=partner,
        name=PARTNER_SERVICE["name"],
        defaults={key: value for key, value in PARTNER_SERVICE.items() if key != "name"},
    )
    log(f"Help service of {partner.name}: {PARTNER_SERVICE['name']} ({'new' if new else 'exists'})")
