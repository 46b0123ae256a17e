"""The OpenAPI schema describes our API only, not the Wagtail admin's own endpoints."""


def only_our_api(endpoints):
    """drf-spectacular preprocessing hook: the endpoints under /api/v1/."""
    return [endpoint for endpoint in endpoints if endpoint[0].startswith("/api/v1/")]
