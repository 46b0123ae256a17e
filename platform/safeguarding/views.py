from django.shortcuts import render
from django.views.decorators.http import require_GET

from .selectors import (
    country_for_request,
    country_is_known,
    help_countries,
    help_directory_for_country,
    help_services_by_country,
)

ALL_COUNTRIES = "all"


@require_GET
def help_page(request):
    """Helplines and hotlines for the visitor's country (?country=NL), or for every country."""
    requested = request.GET.get("country", "").strip()
    unknown_country = ""
    if requested and requested != ALL_COUNTRIES and not country_is_known(requested):
        unknown_country = requested[:20]
    country = requested if country_is_known(requested) else ""
    if not requested:
        country = country_for_request(request)

    directory = help_directory_for_country(country=country) if country else None
    show_all = directory is None or not directory.services
    context = {
        "directory": directory,
        "requested_country": country.upper(),
        "unknown_country": unknown_country,
        "no_services_for": country.upper() if country and show_all else "",
        "countries": help_countries(),
        "all_services": help_services_by_country() if show_all else None,
    }
    return render(request, "safeguarding/help_page.html", context)
