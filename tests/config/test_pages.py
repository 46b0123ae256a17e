from http import HTTPStatus

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url", ["/en/", "/en/accounts/login/", "/en/accounts/signup/", "/en/help/"]
)
def test_pages_share_one_accessible_layout(client, url):
    response = client.get(url)

    assert response.status_code == HTTPStatus.OK
    html = response.content.decode()
    assert '<html lang="en" dir="ltr">' in html
    assert 'class="skip-link" href="#main"' in html
    assert '<main id="main"' in html
    assert "<header" in html and "<footer" in html
    assert 'href="/en/help/"' in html
    assert 'name="viewport"' in html
    # The language switcher works without JavaScript: a form with a submit button.
    assert 'action="/i18n/setlang/"' in html
    assert "<script" not in html


def test_home_redirects_to_a_language(client):
    response = client.get("/")

    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == "/en/"


@pytest.mark.parametrize("language", ["nl", "de", "fr", "es", "ar"])
def test_every_language_has_a_url_prefix(client, language):
    response = client.get(f"/{language}/accounts/login/")

    assert response.status_code == HTTPStatus.OK
    assert f'lang="{language}"' in response.content.decode()


def test_arabic_pages_are_right_to_left(client):
    html = client.get("/ar/").content.decode()

    assert '<html lang="ar" dir="rtl">' in html


def test_language_switcher_moves_to_the_same_page_in_the_chosen_language(client):
    response = client.post("/i18n/setlang/", {"language": "de", "next": "/en/accounts/login/"})

    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == "/de/accounts/login/"


def test_security_headers_are_sent(client):
    response = client.get("/en/")

    assert "default-src 'self'" in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_learner_pages_allow_no_inline_scripts_but_the_admin_may(client, staff_user):
    learner_policy = client.get("/en/")["Content-Security-Policy"]
    client.force_login(staff_user)
    admin_policy = client.get("/admin/")["Content-Security-Policy"]

    def directives(policy):
        return dict(part.strip().split(" ", 1) for part in policy.split(";") if part.strip())

    assert directives(learner_policy)["script-src"] == "'self'"
    assert "'unsafe-inline'" in directives(admin_policy)["script-src"]
    # The admin's exception never leaks into the next learner page.
    assert directives(client.get("/en/")["Content-Security-Policy"])["script-src"] == "'self'"


def test_admin_and_django_admin_are_mounted(client, staff_user):
    client.force_login(staff_user)

    assert client.get("/admin/").status_code == HTTPStatus.OK
    assert client.get("/django-admin/").status_code == HTTPStatus.OK


def test_unknown_page_is_a_friendly_404(client):
    response = client.get("/en/no-such-page/")

    assert response.status_code == HTTPStatus.NOT_FOUND
    assert "Page not found" in response.content.decode()
