"""Demo organisations and one account per role, for `manage.py seed_demo`.

Two members of the network: the demo organisation, with every role, and a partner
organisation in another country with an admin who is only that (no superuser), a
teacher with a class, a pupil, a safeguarding lead and a parent: what one shows, the
other may not see. Idempotent: an account that exists is left as it is (its password
included).
"""

from dataclasses import dataclass

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.models import Locale

from .models import AgeBand, Audience, DataContact, Organisation, Role, User
from .services import organisation_add_member, user_create

DEMO_ORGANISATION_SLUG = "demo-network"
PARTNER_ORGANISATION_SLUG = "demo-partner"
# slug: (name, country)
ORGANISATIONS = {
    DEMO_ORGANISATION_SLUG: ("Demo Child Protection Network", "NL"),
    PARTNER_ORGANISATION_SLUG: ("Demo Partner Schools Trust", "DE"),
}


@dataclass(frozen=True)
class DemoAccount:
    role_label: str
    username: str
    email: str
    display_name: str
    audience: str
    age_band: str
    roles: tuple[str, ...] = (Role.MEMBER,)
    wagtail_groups: tuple[str, ...] = ()
    is_staff: bool = False
    is_superuser: bool = False
    organisation: str = DEMO_ORGANISATION_SLUG


DEMO_ACCOUNTS = (
    DemoAccount(
        "parent",
        "demo-parent",
        "parent@demo.example",
        "Pat (parent)",
        Audience.PARENT,
        AgeBand.ADULT,
    ),
    DemoAccount(
        "teacher",
        "demo-teacher",
        "teacher@demo.example",
        "Tess (teacher)",
        Audience.TEACHER,
        AgeBand.ADULT,
        roles=(Role.MEMBER, Role.TEACHER),
    ),
    # Young people have a username and no e-mail address.
    DemoAccount("peer mentor", "demo-mentor", "", "Milo", Audience.PEER_MENTOR, AgeBand.AGE_15_17),
    DemoAccount(
        "coach",
        "demo-coach",
        "coach@demo.example",
        "Chris (coach)",
        Audience.TEACHER,
        AgeBand.ADULT,
        roles=(Role.COACH,),
    ),
    DemoAccount(
        "safeguarding lead",
        "demo-lead",
        "lead@demo.example",
        "Sam (safeguarding lead)",
        Audience.TEACHER,
        AgeBand.ADULT,
        roles=(Role.SAFEGUARDING_LEAD,),
    ),
    DemoAccount(
        "content editor",
        "demo-editor",
        "editor@demo.example",
        "Eddie (editor)",
        Audience.TEACHER,
        AgeBand.ADULT,
        # The network's editor too: the demo's shared courses are theirs to change.
        roles=(Role.CONTENT_EDITOR, Role.NETWORK_EDITOR),
        # Moderators publish; the demo editor shows the whole path, publishing included.
        wagtail_groups=("Editors", "Moderators"),
    ),
    DemoAccount(
        "young learner", "demo-pupil", "", "Robin", Audience.YOUNG_LEARNER, AgeBand.AGE_12_14
    ),
    DemoAccount(
        "organisation admin",
        "demo-admin",
        "admin@demo.example",
        "Alex (admin)",
        Audience.TEACHER,
        AgeBand.ADULT,
        # Also the network's admin: reads the whole network's report.
        roles=(Role.ORG_ADMIN, Role.NETWORK_ADMIN),
        is_staff=True,
        is_superuser=True,
    ),
    # The partner organisation's people.
    DemoAccount(
        "partner admin",
        "partner-admin",
        "admin@partner.example",
        "Ana (partner admin)",
        Audience.TEACHER,
        AgeBand.ADULT,
        roles=(Role.ORG_ADMIN,),
        organisation=PARTNER_ORGANISATION_SLUG,
    ),
    DemoAccount(
        "partner teacher",
        "partner-teacher",
        "teacher@partner.example",
        "Tom (partner teacher)",
        Audience.TEACHER,
        AgeBand.ADULT,
        roles=(Role.MEMBER, Role.TEACHER),
        organisation=PARTNER_ORGANISATION_SLUG,
    ),
    DemoAccount(
        "partner lead",
        "partner-lead",
        "lead@partner.example",
        "Lee (partner safeguarding lead)",
        Audience.TEACHER,
        AgeBand.ADULT,
        roles=(Role.SAFEGUARDING_LEAD,),
        organisation=PARTNER_ORGANISATION_SLUG,
    ),
    DemoAccount(
        "partner editor",
        "partner-editor",
        "editor@partner.example",
        "Eva (partner editor)",
        Audience.TEACHER,
        AgeBand.ADULT,
        # Edits the partner's own courses and help services, not the network's.
        roles=(Role.CONTENT_EDITOR,),
        wagtail_groups=("Organisation editors",),
        organisation=PARTNER_ORGANISATION_SLUG,
    ),
    DemoAccount(
        "partner parent",
        "partner-parent",
        "parent@partner.example",
        "Pia (partner parent)",
        Audience.PARENT,
        AgeBand.ADULT,
        organisation=PARTNER_ORGANISATION_SLUG,
    ),
    DemoAccount(
        "partner pupil",
        "partner-pupil",
        "",
        "Lina",
        Audience.YOUNG_LEARNER,
        AgeBand.AGE_12_14,
        organisation=PARTNER_ORGANISATION_SLUG,
    ),
)


@transaction.atomic
def seed(*, password: str, log=print) -> None:
    """Create the locales, the demo organisation and the demo accounts that are missing."""
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)

    contact = DataContact.load()
    if not contact.email:  # as staff would set it in the admin (Settings)
        contact.organisation = "Demo Child Protection Network"
        contact.email = "privacy@demo.example"
        contact.save()

    organisations = {
        slug: Organisation.objects.get_or_create(
            slug=slug, defaults={"name": name, "country": country}
        )[0]
        for slug, (name, country) in ORGANISATIONS.items()
    }
    for account in DEMO_ACCOUNTS:
        organisation = organisations[account.organisation]
        user = User.objects.filter(username=account.username).first()
        if user is None:
            user = user_create(
                username=account.username,
                password=password,
                email=account.email,
                display_name=account.display_name,
                audience=account.audience,
                age_band=account.age_band,
                country=organisation.country.code,
                is_staff=account.is_staff,
                is_superuser=account.is_superuser,
            )
            if account.email:
                EmailAddress.objects.create(
                    user=user, email=account.email, verified=True, primary=True
                )
        for role in account.roles:
            organisation_add_member(organisation=organisation, user=user, role=role)
        for group_name in account.wagtail_groups:
            user.groups.add(Group.objects.get(name=group_name))
        login = account.email or account.username
        log(f"  {account.role_label:<20} {login}")
