"""The emergency number to name beside the help services, by country.

Only numbers that are certain are listed: 112 across the European Union and the
European countries that answer it beside their own (Norway, Switzerland, Iceland and
others), 999 in the United Kingdom (where 112 works too, but 999 is the number people
know), 911 in North America, 000 in Australia and 111 in New Zealand.
Elsewhere the page says "your local emergency number" rather than guess.
"""

EUROPE_112 = frozenset(
    [
        "AT",
        "BE",
        "BG",
        "HR",
        "CY",
        "CZ",
        "DK",
        "EE",
        "FI",
        "FR",
        "DE",
        "GR",
        "HU",
        "IE",
        "IT",
        "LV",
        "LT",
        "LU",
        "MT",
        "NL",
        "PL",
        "PT",
        "RO",
        "SK",
        "SI",
        "ES",
        "SE",
        "IS",
        "LI",
        "NO",
        "CH",
        "AL",
        "BA",
        "ME",
        "MK",
        "RS",
        "MD",
        "UA",
        "BY",
        "TR",
        "GE",
        "AM",
        "AZ",
    ]
)
OTHERS = {"GB": "999", "US": "911", "CA": "911", "MX": "911", "AU": "000", "NZ": "111"}


def emergency_number(country: str) -> str:
    """'112', '911'...; '' where the platform does not know it for certain."""
    code = (country or "").upper()
    if code in EUROPE_112:
        return "112"
    return OTHERS.get(code, "")
