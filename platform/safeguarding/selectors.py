"""Reads of the help directory, and which country a visitor is in."""

from dataclasses import dataclass, field

from django.db.models import Count, Q
from django.http import Http404, HttpRequest
from django.utils.translation import get_language
from django.utils.translation.trans_real import parse_accept_lang_header
from django_countries import countries

from accounts.capabilities import Capability, organisations_where, user_can

from .models import Concern, HelpService


@dataclass
class HelpDirectory:
    """The services to show: those of a country, or the international ones instead."""

    country: str
    services: list[HelpService]
    international: list[HelpService] = field(default_factory=list)

    @property
    def country_name(self) -> str:
        return countries.name(self.country) if self.country else ""


def country_is_known(code: str) -> bool:
    return bool(code) and code.upper() in countries


# The country whose services a language's visitors most likely need, where the
# language is mostly one country's (English and Arabic are not).
LANGUAGE_COUNTRIES = {"nl": "NL", "de": "DE", "fr": "FR", "es": "ES"}
# The visitor's own choice on the help page, remembered (help_page sets it).
COUNTRY_COOKIE = "help_country"


def country_for_request(
    request: HttpRequest, *, organisation_country: str | None = None, language: str | None = None
) -> str:
    """The country whose help services the visitor sees: their profile's, else the one
    they chose on the help page, else their organisation's, else their browser's region,
    else the page language's own country (nl, de, fr, es), else '' (the picker and the
    international services). organisation_country: the organisation's, when the caller
    has read it already (the module page, in the learner's own query). language: the
    page's, when it is not the active one (the anonymous page cache, before the locale
    middleware)."""
    user = getattr(request, "user", None)
    signed_in = user is not None and user.is_authenticated
    if signed_in:
        profile = getattr(user, "profile", None)
        if profile is not None and profile.country:
            return profile.country.code
    chosen = request.COOKIES.get(COUNTRY_COOKIE, "")
    if country_is_known(chosen):
        return chosen.upper()
    if signed_in:
        if organisation_country is None:
            organisation_country = (
                user.memberships.exclude(organisation__country="")
                .order_by("pk")
                .values_list("organisation__country", flat=True)
                .first()
            )
        if organisation_country:
            return organisation_country
    # The browser's region says where the visitor is better than the page's language
    # does (Spanish is spoken from Spain to Peru); the language's own country is a guess
    # only when the browser names no region at all for it.
    language = language or get_language() or ""
    header = request.META.get("HTTP_ACCEPT_LANGUAGE", "")
    unsure = False
    for accepted, _quality in parse_accept_lang_header(header):
        accepted_language, _sep, region = accepted.lower().partition("-")
        if len(region) == 2 and country_is_known(region):
            return region.upper()
        if region and accepted_language == language:
            unsure = True  # "es-419": Latin America, not one country
    return "" if unsure else LANGUAGE_COUNTRIES.get(language, "")


def _services_for(organisations):
    """The network's services, and those of these organisations (ids)."""
    return HelpService.objects.filter(
        Q(organisation__isnull=True) | Q(organisation__in=list(organisations))
    )


def help_owner_ids() -> frozenset[int]:
    """The organisations with services of their own (one query): most have none, and
    then nobody's directory differs from the network's."""
    return frozenset(
        HelpService.objects.filter(organisation__isnull=False)
        .order_by()
        .values_list("organisation_id", flat=True)
        .distinct()
    )


def help_directory_for_country(*, country: str, organisations=()) -> HelpDirectory:
    """Services of the country, with the international ones always beside them (one
    query): the network's, and those of the organisations given (ids: the reader's)."""
    country = country.upper() if country_is_known(country) else ""
    rows = list(
        _services_for(organisations).filter(country__in={country, ""}).described_in(get_language())
    )
    local = [service for service in rows if country and service.country == country]
    international = [service for service in rows if service.is_international]
    return HelpDirectory(
        country=country if local else "", services=local, international=international
    )


def help_services_by_country(*, organisations=()) -> dict[str, list[HelpService]]:
    """Every service, grouped by country name (international last): the network's and
    those of the organisations given."""
    grouped: dict[str, list[HelpService]] = {}
    for service in _services_for(organisations).described_in(get_language()):
        grouped.setdefault(service.country.code, []).append(service)
    return grouped


def help_countries(*, organisations=()) -> list[tuple[str, str]]:
    """(code, name) of the countries that have services, each once, sorted by its name in
    the active language. (The model's default ordering would add its columns to the
    DISTINCT and repeat a country once per service: cleared with order_by().)"""
    codes = (
        _services_for(organisations)
        .exclude(country="")
        .order_by()
        .values_list("country", flat=True)
        .distinct()
    )
    named = [(code, str(countries.name(code))) for code in codes]
    return sorted(named, key=lambda item: item[1].casefold())


# Concerns: only the organisation's safeguarding leads and the coach involved see one.


def concerns_for(*, user):
    """The concerns this user must act on, newest first; none for anyone else."""
    if not user.is_authenticated:
        return Concern.objects.none()
    led = organisations_where(user=user, capability=Capability.HANDLE_CONCERNS)
    # A coach sees the concerns they are party to only while they coach there.
    coached = organisations_where(user=user, capability=Capability.COACH_MENTORS)
    return (
        Concern.objects.filter(
            Q(organisation_id__in=led) | Q(coach=user, organisation_id__in=coached)
        )
        .select_related("organisation")
        .annotate(note_count=Count("notes"))
        .order_by("-created_at")
    )


def concern_for(*, user, concern_id: int):
    """The concern if this user may see it; 404 for everyone else, reporter included."""
    concern = concerns_for(user=user).filter(pk=concern_id).first()
    if concern is None:
        raise Http404
    return concern


def user_sees_concerns(*, user) -> bool:
    """Whether to show the concerns link: a safeguarding lead or a coach."""
    return user_can(user=user, capability=Capability.HANDLE_CONCERNS) or user_can(
        user=user, capability=Capability.COACH_MENTORS
    )
