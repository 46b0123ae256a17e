"""Django's CSRF token, drawn with one system call instead of sixty-four.

Django draws each of the 32 characters of a new CSRF secret, and each of the 32 of the
mask that every page's token carries, with `secrets.choice`: one `os.urandom` call a
character. For a page served from memory to a first-time visitor (the anonymous page
cache, courses/middleware.py) that was half of the request's time. `get_token` here
gives what Django's gives (a secret of CSRF_SECRET_LENGTH characters of
CSRF_ALLOWED_CHARS, kept for the cookie, and the token masked as Django masks it, which
Django's CsrfViewMiddleware checks as its own: tests/courses/test_csrf_tokens.py),
drawing the characters uniformly from one read of the system's random source.
"""

import os

from django.middleware.csrf import CSRF_ALLOWED_CHARS, CSRF_SECRET_LENGTH

_BASE = len(CSRF_ALLOWED_CHARS)
_INDEX = {char: index for index, char in enumerate(CSRF_ALLOWED_CHARS)}
# Random bytes to characters, uniformly: the bytes below the largest multiple of the
# alphabet's size that a byte can hold map to characters, the others are dropped.
_UNBIASED = 256 - 256 % _BASE
_TO_CHARS = bytes(ord(CSRF_ALLOWED_CHARS[byte % _BASE]) for byte in range(_UNBIASED)) + bytes(
    256 - _UNBIASED
)
_DROPPED = bytes(range(_UNBIASED, 256))


def _random_string(length: int) -> str:
    drawn = b""
    while len(drawn) < length:
        drawn += os.urandom(2 * length).translate(_TO_CHARS, _DROPPED)
    return drawn[:length].decode("ascii")


def get_token(request) -> str:
    """The masked CSRF token for a form, as `django.middleware.csrf.get_token` gives it:
    the visitor's secret from their cookie (read by CsrfViewMiddleware.process_request),
    or a new one that the middleware's process_response then sets as the cookie."""
    drawn = _random_string(2 * CSRF_SECRET_LENGTH)
    mask, secret = drawn[:CSRF_SECRET_LENGTH], request.META.get("CSRF_COOKIE")
    if secret is None:
        secret = request.META["CSRF_COOKIE"] = drawn[CSRF_SECRET_LENGTH:]
    request.META["CSRF_COOKIE_NEEDS_UPDATE"] = True
    cipher = "".join(
        CSRF_ALLOWED_CHARS[(_INDEX[char] + _INDEX[offset]) % _BASE]
        for char, offset in zip(secret, mask, strict=True)
    )
    return mask + cipher
