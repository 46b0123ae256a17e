"""The CSRF tokens of pages served from memory (courses/delivery/csrf.py): Django's own,
as its middleware checks them, drawn uniformly."""

from collections import Counter
from http import HTTPStatus

from django.http import HttpResponse
from django.middleware.csrf import (
    CSRF_ALLOWED_CHARS,
    CSRF_SECRET_LENGTH,
    CSRF_TOKEN_LENGTH,
    CsrfViewMiddleware,
    _unmask_cipher_token,
)
from django.test import RequestFactory

from courses.delivery.csrf import get_token

CSRF = CsrfViewMiddleware(lambda request: HttpResponse())


def _first_visit() -> tuple[str, str]:
    """A page's token and the cookie set with it, for a visitor who had none."""
    request = RequestFactory().get("/")
    CSRF.process_request(request)
    token = get_token(request)
    response = CSRF.process_response(request, HttpResponse())
    return token, response.cookies["csrftoken"].value


def _post(token: str, cookie: str) -> int:
    request = RequestFactory().post("/", {"csrfmiddlewaretoken": token})
    request.COOKIES["csrftoken"] = cookie
    CSRF.process_request(request)
    refused = CSRF.process_view(request, lambda request: HttpResponse(), (), {})
    return refused.status_code if refused else HTTPStatus.OK


def test_djangos_middleware_accepts_the_token_and_the_cookie_set_with_it():
    token, cookie = _first_visit()

    assert len(token) == CSRF_TOKEN_LENGTH and len(cookie) == CSRF_SECRET_LENGTH
    assert _unmask_cipher_token(token) == cookie
    assert _post(token, cookie) == HTTPStatus.OK
    # Another visitor's cookie, or a token changed by one character, is refused.
    assert _post(token, _first_visit()[1]) == HTTPStatus.FORBIDDEN
    changed = token[:-1] + ("a" if token[-1] != "a" else "b")
    assert _post(changed, cookie) == HTTPStatus.FORBIDDEN


def test_a_returning_visitor_keeps_the_secret_of_their_cookie():
    _token, cookie = _first_visit()
    request = RequestFactory().get("/")
    request.COOKIES["csrftoken"] = cookie
    CSRF.process_request(request)

    first, second = get_token(request), get_token(request)

    assert first != second  # masked afresh for every page, against BREACH
    assert _unmask_cipher_token(first) == _unmask_cipher_token(second) == cookie
    assert _post(second, cookie) == HTTPStatus.OK


def test_every_character_is_drawn_as_often_as_any_other():
    # 5,000 tokens of 64 characters: about 5,160 of each of the 62, give or take 72.
    # Mapping bytes to characters without dropping the top 8 values would draw the first
    # eight characters a quarter more often than the others.
    counts = Counter()
    for _ in range(5_000):
        request = RequestFactory().get("/")
        counts.update(get_token(request))

    assert set(counts) == set(CSRF_ALLOWED_CHARS)
    assert max(counts.values()) / min(counts.values()) < 1.12
