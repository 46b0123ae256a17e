"""Plain HTTP to the bench's gunicorn on 127.0.0.1, as the TLS proxy in front would send it."""

import http.client
from dataclasses import dataclass

# The proxy terminates TLS and says so; production settings trust this header
# (SECURE_PROXY_SSL_HEADER), so HTTPS redirects, secure cookies and CSRF's origin
# checks all work as in production, with nothing switched off.
PROXY_HEADERS = {"X-Forwarded-Proto": "https"}


@dataclass
class Response:
    status: int
    headers: http.client.HTTPMessage
    body: str


def request(port: int, method: str, path: str, *, headers=None, body=None) -> Response:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        connection.request(method, path, body=body, headers={**PROXY_HEADERS, **(headers or {})})
        response = connection.getresponse()
        return Response(response.status, response.headers, response.read().decode())
    finally:
        connection.close()


def cookie_header(**cookies: str) -> dict[str, str]:
    return {"Cookie": "; ".join(f"{name}={value}" for name, value in cookies.items())}
