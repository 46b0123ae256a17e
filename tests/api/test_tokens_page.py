"""The organisation's API page as its admin uses it: create a token, see its key once,
call the API with it, revoke it; bad input writes nothing."""

from http import HTTPStatus

import pytest
from django.test import Client

from accounts.models import Role
from api.models import ApiToken, token_digest
from tests.accounts.factories import OrganisationFactory
from tests.api.helpers import a_token, an_admin, api
from tests.roles import member

pytestmark = pytest.mark.django_db


@pytest.fixture
def organisation():
    return OrganisationFactory(slug="helping-hands")


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_an_admin_creates_a_token_sees_it_once_and_calls_the_api_with_it(organisation):
    admin = an_admin(organisation)
    client = signed_in(admin)

    page = client.post(
        "/en/organisation/helping-hands/api/",
        {"name": "Funder dashboard", "scopes": ["read_reports", "read_courses"], "days": "30"},
    )

    assert page.status_code == HTTPStatus.OK
    key = page.context["new_token"].key
    assert key.startswith("aw_") and len(key) > 40
    html = page.content.decode()
    assert f'value="{key}"' in html
    assert "no-store" in page["Cache-Control"]
    token = ApiToken.objects.get()
    assert token.digest == token_digest(key) and key not in (token.hint + token.digest)
    assert token.scopes == ["read_courses", "read_reports"]
    assert token.created_by_name == admin.get_display_name()
    assert (token.expires_at - token.created_at).days == 30
    # The next visit lists the token by its first characters, never the whole key.
    listed = client.get("/en/organisation/helping-hands/api/").content.decode()
    assert "Funder dashboard" in listed and token.hint in listed and key not in listed

    assert api(key).get("/api/v1/reports/figures/").status_code == HTTPStatus.OK


def test_a_revoked_token_stops_working_at_once(organisation):
    admin = an_admin(organisation)
    key, token = a_token(organisation, admin=admin)

    answer = signed_in(admin).post(f"/en/organisation/helping-hands/api/{token.pk}/revoke/")

    assert answer.status_code == HTTPStatus.FOUND
    token.refresh_from_db()
    assert token.is_revoked and token.revoked_by_name == admin.get_display_name()
    assert api(key).get("/api/v1/organisation/").status_code == HTTPStatus.UNAUTHORIZED


@pytest.mark.parametrize(
    "data, field",
    [
        ({"name": "", "scopes": ["read_reports"], "days": "30"}, "name"),
        ({"name": "   ", "scopes": ["read_reports"], "days": "30"}, "name"),
        ({"name": "x" * 101, "scopes": ["read_reports"], "days": "30"}, "name"),
        ({"name": "Dashboard", "days": "30"}, "scopes"),
        ({"name": "Dashboard", "scopes": ["be_admin"], "days": "30"}, "scopes"),
        ({"name": "Dashboard", "scopes": ["read_reports"], "days": "36500"}, "days"),
        ({"name": "Dashboard", "scopes": ["read_reports"], "days": "thirty"}, "days"),
    ],
)
def test_bad_input_is_named_and_creates_nothing(organisation, data, field):
    page = signed_in(an_admin(organisation)).post("/en/organisation/helping-hands/api/", data)

    assert page.status_code == HTTPStatus.BAD_REQUEST
    assert page.context["form"].errors[field]
    assert not ApiToken.objects.exists()


def test_another_organisations_admin_sees_and_revokes_nothing(organisation):
    key, token = a_token(organisation)
    other = OrganisationFactory(slug="other-trust")
    stranger = signed_in(an_admin(other))

    assert stranger.get("/en/organisation/helping-hands/api/").status_code == HTTPStatus.NOT_FOUND
    revoke = stranger.post(f"/en/organisation/helping-hands/api/{token.pk}/revoke/")
    assert revoke.status_code == HTTPStatus.NOT_FOUND
    # Nor through their own organisation's address.
    own = stranger.post(f"/en/organisation/other-trust/api/{token.pk}/revoke/")
    assert own.status_code == HTTPStatus.NOT_FOUND
    token.refresh_from_db()
    assert not token.is_revoked
    # Their own page does not list it.
    assert token.hint not in stranger.get("/en/organisation/other-trust/api/").content.decode()


@pytest.mark.parametrize(
    "role", [Role.MEMBER, Role.TEACHER, Role.COACH, Role.SAFEGUARDING_LEAD, Role.CONTENT_EDITOR]
)
def test_no_other_role_reaches_the_page(organisation, role):
    client = signed_in(member(organisation, role))

    assert client.get("/en/organisation/helping-hands/api/").status_code == HTTPStatus.NOT_FOUND
    posted = client.post(
        "/en/organisation/helping-hands/api/",
        {"name": "Mine", "scopes": ["read_people"], "days": "30"},
    )
    assert posted.status_code == HTTPStatus.NOT_FOUND
    assert not ApiToken.objects.exists()


def test_the_page_lists_the_latest_calls(organisation):
    admin = an_admin(organisation)
    key, _token = a_token(organisation, admin=admin)
    api(key).get("/api/v1/organisation/")
    api(key).get(f"/api/v1/members/?page=x&token={key}")

    html = signed_in(admin).get("/en/organisation/helping-hands/api/").content.decode()

    assert "GET /api/v1/members/?page&amp;token" in html
    assert key not in html  # the values of a query are not kept
    assert "GET /api/v1/organisation/" in html


def test_the_organisation_page_links_to_it(organisation):
    html = signed_in(an_admin(organisation)).get("/en/organisation/helping-hands/").content.decode()

    assert 'href="/en/organisation/helping-hands/api/"' in html
