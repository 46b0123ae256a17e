"""The certificate as an Open Badges 3.0 credential (a W3C Verifiable Credential, JSON-LD).

It is not signed: a reader verifies it by its `id`, the public verification page,
which also says whether it was revoked.
"""

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from .models import Certificate
from .pdf import verification_url

CONTEXTS = [
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
]


def _iso(moment) -> str:
    return moment.replace(microsecond=0).isoformat().replace("+00:00", "Z")


def open_badge(certificate: Certificate) -> dict:
    base = settings.SITE_URL
    with translation.override(certificate.language):
        achievement_name = (
            translation.gettext("Peer mentor")
            if certificate.kind == Certificate.Kind.MENTOR
            else certificate.course_title
        )
        criteria = (
            translation.gettext("Completed the peer-mentor course and was approved by a coach.")
            if certificate.kind == Certificate.Kind.MENTOR
            else translation.gettext("Completed every required module of the course.")
        )
    issuer = {
        "id": base + "/",
        "type": ["Profile"],
        "name": certificate.organisation_name or str(settings.WAGTAIL_SITE_NAME),
    }
    achievement_id = base + (
        certificate.course.url if certificate.course and certificate.course.url else "/"
    )
    return {
        "@context": CONTEXTS,
        "id": verification_url(certificate),
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": achievement_name,
        "issuer": issuer,
        "validFrom": _iso(certificate.issued_at),
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": [
                {
                    "type": "IdentityObject",
                    "identityType": "name",
                    "hashed": False,
                    "identityHash": certificate.learner_name,
                }
            ],
            "achievement": {
                "id": achievement_id,
                "type": ["Achievement"],
                "name": achievement_name,
                "description": criteria,
                "criteria": {"narrative": criteria},
                "inLanguage": certificate.language,
            },
            "activityEndDate": certificate.completed_on.isoformat() + "T00:00:00Z",
        },
        "evidence": [
            {
                "id": base + reverse("certificates_verify", kwargs={"code": certificate.code}),
                "type": ["Evidence"],
                "name": certificate.display_code,
            }
        ],
    }
