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
from django.utils.translation import gettext as _

from accounts.capabilities import may_edit_content_of
from accounts.models import User
from outbox import services as outbox
from outbox.registry import Skip

from .models import CHECK_VALID_FOR, HelpService, HelpServiceDescription
from .services import send_outbox_mail

DATA_FILE = Path(__file__).parent / "data" / "help_services.json"
_FIELDS = ("kind", "phone", "web", "hours", "languages", "audience", "anonymous", "source")


MAX_FILE_BYTES = 2_000_000


def help_directory_read(content: bytes | str) -> list[dict]:
    """The entries of a help-directory file (a JSON list, as the data file), checked for
    shape; a ValidationError says what is wrong and where."""
    if len(content) > MAX_FILE_BYTES:
        raise ValidationError(_("The file is larger than 2 MB."))
    try:
        entries = json.loads(content)
    except UnicodeDecodeError as error:
        raise ValidationError(_("The file is not UTF-8 text.")) from error
    except (ValueError, RecursionError) as error:  # JSONDecodeError is a ValueError
        raise ValidationError(
            _("The file is not valid JSON: %(problem)s"), params={"problem": str(error)}
        ) from error
    if not isinstance(entries, list):
        raise ValidationError(_("The file should hold a list of services."))
    problems = []
    for number, entry in enumerate(entries, start=1):
        where = _("entry %(number)s") % {"number": number}
        if not isinstance(entry, dict):
            problems.append(f"{where}: " + _("should be a mapping of the service's fields."))
            continue
        unknown = sorted(
            set(map(str, entry)) - {"country", "name", "description", "last_checked", *_FIELDS}
        )
        if unknown:
            problems.append(
                f"{where}: " + _("unknown fields: %(fields)s.") % {"fields": ", ".join(unknown)}
            )
        for name in ("country", "name", "last_checked"):
            if not isinstance(entry.get(name), str):
                problems.append(f"{where}, {name}: " + _("is missing or is not text."))
        try:
            datetime.date.fromisoformat(str(entry.get("last_checked")))
        except ValueError:
            problems.append(f"{where}, last_checked: " + _("should be a date (2026-12-31)."))
        for name in _FIELDS:
            wanted = bool if name == "anonymous" else str
            if name in entry and not isinstance(entry[name], wanted):
                problems.append(
                    f"{where}, {name}: "
                    + (_("should be true or false.") if wanted is bool else _("should be text."))
                )
        description = entry.get("description", {})
        if not isinstance(description, dict) or not all(
            isinstance(text, str) for text in description.values()
        ):
            problems.append(f"{where}, description: " + _("should map languages to text."))
    if problems:
        raise ValidationError(problems[:20])
    return entries


def help_directory_entries(path: Path = DATA_FILE) -> list[dict]:
    """The entries of the data file, as written."""
    return help_directory_read(path.read_bytes())


@transaction.atomic
def help_directory_import(
    *, path: Path = DATA_FILE, entries: list[dict] | None = None
) -> tuple[int, int]:
    """Create the services the directory lacks (matched by country and name), with their
    descriptions, from the data file or from checked entries (`help_directory_read`: the
    admin's upload); returns (created, entries). An invalid entry stops the import whole."""
    if entries is None:
        entries = help_directory_entries(path)
    existing = set(
        HelpService.objects.filter(organisation__isnull=True).values_list("country", "name")
    )
    created = 0
    for number, entry in enumerate(entries, start=1):
        if (entry["country"], entry["name"]) in existing:
            continue
        where = _("entry %(number)s (%(name)s)") % {"number": number, "name": entry["name"]}
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
        _checked(service, where)
        service.save()
        existing.add((service.country, service.name))
        for language, text in descriptions.items():
            description = HelpServiceDescription(service=service, language=language, text=text)
            _checked(description, f"{where}, {language}", exclude=["service"])
            description.save()
        created += 1
    return created, len(entries)


def _checked(instance, where: str, exclude=None) -> None:
    try:
        instance.full_clean(exclude=exclude)
    except ValidationError as error:
        raise ValidationError(
            [
                f"{where}, {field}: {message}"
                for field, messages in error.message_dict.items()
                for message in messages
            ]
        ) from error


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
    # Each reader's own side only: the network's entries, or their organisation's.
    services = [
        service
        for service in help_services_to_check()
        if may_edit_content_of(user=user, organisation_id=service.organisation_id)
    ]
    if not services:
        raise Skip("everything this person keeps was checked meanwhile")
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
