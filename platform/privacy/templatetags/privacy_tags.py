from django import template

from privacy.consent import consent_missing

register = template.Library()


@register.filter
def needs_parents_agreement(user) -> bool:
    """Whether a parent's or guardian's agreement is missing for this person (a young
    person only: adults cost nothing, children one or two queries)."""
    profile = getattr(user, "profile", None)
    if profile is None or not profile.is_young_person:
        return False
    return consent_missing(user) is not None


def consent_link(context) -> dict:
    """The profile page's link to a parent's agreement, for those who have or need one
    (accounts/page_parts.py)."""
    user = context["request"].user
    return {"show": bool(getattr(user, "parental_consent", None)) or needs_parents_agreement(user)}
