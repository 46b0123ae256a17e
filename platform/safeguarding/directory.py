"""The help directory's data file: imported once, then edited by staff in the admin.

platform/safeguarding/data/help_services.json holds one entry per service (fields as
HelpService, with `description` as {"en": ..., "nl": ..., ...}); its README says how
entries are checked. Importing creates the services that are missing, matched by
country and name, and leaves existing ones as staff edited them: importing twice changes
nothing.
"""

import datetime
import json
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from accounts.models import User
from outbox import services as outbox
from outbox.registry import Skip

from .models import CHECK_VALID_FOR, HelpService, HelpServiceDescription
from .services import send_outbox_mail

DATA_FILE = Path(__file__).parent / "data" / "help_services.json"
_FIELDS = ("kind", "phone", "web", "hours", "languages", "audience", "anonymous", "source")


def help_directory_entries(path: Path = DATA_FILE) -> list[dict]:
    """The entries of the data file, as written."""
    return json.loads(path.read_text(encoding="utf-8"))


@transaction.atomic
def help_directory_import(*, path: Path = DATA_FILE) -> tuple[int, int]:
    """Create the services of the data file that the directory lacks, with their
    descriptions; returns (created, entries). An invalid entry stops the import whole."""
    entries = help_directory_entries(path)
    existing = set(HelpService.objects.values_list("country", "name"))
    created = 0
    for number, entry in enumerate(entries, start=1):
        if (entry["country"], entry["name"]) in existing:
            continue
        unknown = set(entry) - {"country", "name", "description", "last_checked", *_FIELDS}
        if unknown:
            raise ValidationError(f"{path.name}, entry {number}: unknown fields {sorted(unknown)}")
        descriptions = dict(entry.get("description") or {})
        service = HelpService(
            country=entry["country"],
            name=entry["name"],
            description=descriptions.pop("en", ""),
            last_checked=datetime.date.fromisoformat(entry["last_checked"]),
            **{
                name: entry.get(name, HelpService._meta.get_field(name).get_default())
                for name in _FIELDS
            },
        )
        try:
            service.full_clean()
        except ValidationError as error:
            raise ValidationError(
                f"{path.name}, entry {number} ({entry['name']}): {error}"
            ) from error
        service.save()
        for language, text in descriptions.items():
            description = HelpServiceDescription(service=service, language=language, text=text)
            try:
                description.full_clean(exclude=["service"])
            except ValidationError as error:
                raise ValidationError(
                    f"{path.name}, entry {number} ({entry['name']}), {language}: {error}"
                ) from error
            description.save()
        created += 1
    return created, len(entries)


# The staff digest of entries nobody has checked for a year: one mail a month to each
# person who may edit the directory, through the outbox (once per person and month).
DIGEST_MAIL = "safeguarding.help_directory_digest"


def help_services_to_check(*, today: datetime.date | None = None):
    """The entries nobody has checked for a year, oldest check first."""
    today = today or timezone.localdate()
    return HelpService.objects.filter(last_checked__lt=today - CHECK_VALID_FOR).order_by(
        "last_checked", "country", "name"
    )


def help_directory_editors():
    """Active staff with an e-mail address who may change the directory."""
    return (
        User.objects.with_perm(
            "safeguarding.change_helpservice",
            include_superusers=True,
            backend="django.contrib.auth.backends.ModelBackend",
        )
        .filter(is_active=True)
        .exclude(email="")
    )


def help_directory_digest_owe(*, today: datetime.date | None = None) -> int:
    """Owe this month's digest to every editor of the directory, if any entry needs a
    check. Run daily: the month in the key makes it once a month. Returns mails owed."""
    today = today or timezone.localdate()
    if not help_services_to_check(today=today).exists():
        return 0
    month = today.strftime("%Y-%m")
    owed = outbox.enqueue_many(
        DIGEST_MAIL,
        [
            (f"{month}:{user_id}", {"user": user_id})
            for user_id in help_directory_editors().values_list("pk", flat=True)
        ],
    )
    return len(owed)


def help_directory_digest_send(message, batch=None) -> None:
    """The outbox handler of DIGEST_MAIL: the list of entries to check, in the person's
    language, with a link to the directory in the admin."""
    user = (
        User.objects.select_related("profile")
        .filter(pk=message.payload["user"], is_active=True)
        .first()
    )
    if user is None or not user.email:
        raise Skip("the person is gone or has no e-mail address")
    services = list(help_services_to_check())
    if not services:
        raise Skip("everything was checked meanwhile")
    language = getattr(getattr(user, "profile", None), "language", "") or settings.LANGUAGE_CODE
    with translation.override(language):
        context = {
            "recipient": user,
            "services": services,
            "url": settings.SITE_URL + reverse("wagtailsnippets_safeguarding_helpservice:list"),
        }
        base = "safeguarding/email/help_directory_digest"
        subject = " ".join(render_to_string(f"{base}_subject.txt", context).split())
        email = EmailMultiAlternatives(
            subject, render_to_string(f"{base}.txt", context), to=[user.email]
        )
    send_outbox_mail(email, message)
