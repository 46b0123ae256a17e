"""Bad input on every privacy form and address: a clear message or a 4xx, never a 500,
and nothing saved."""

from http import HTTPStatus

import pytest
from django.test import Client

from accounts.models import Role, User
from accounts.services import organisation_add_member
from privacy.models import DataRequest, ParentalConsent
from tests.accounts.factories import OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "Correct-Horse-Battery-9"
NASTY = ["", "x" * 5000, "' OR 1=1 --", "<script>alert(1)</script>", "\u202e\u0000", "١٢", "🙂"]


@pytest.mark.parametrize("value", NASTY)
@pytest.mark.parametrize("field", ["age_band", "country", "parent_email", "audience"])
def test_sign_up_with_bad_values_gets_a_form_error_and_no_account(field, value):
    data = {
        "email": "kid@example.org",
        "password1": PASSWORD,
        "password2": PASSWORD,
        "age_band": "12-14",
        "country": "NL",
        "parent_email": "mum@example.org",
        "audience": "parent",
        field: value,
    }

    response = Client().post("/en/accounts/signup/", data)

    assert response.status_code in {HTTPStatus.OK, HTTPStatus.FOUND}
    if response.status_code == HTTPStatus.OK:
        assert not User.objects.exists() and not ParentalConsent.objects.exists()
    else:  # "audience" is ignored for a young person: they are a learner
        assert field == "audience"


@pytest.mark.parametrize(
    "token",
    ["x", "a" * 3000, "eyJjIjoxfQ:1xaNbK:forged", "%00", "..%2F..%2Fetc", "ü:ü:ü"],
)
def test_forged_consent_links_get_a_clear_page(token):
    client = Client()
    for url in (f"/en/consent/{token}/", f"/en/consent/manage/{token}/"):
        for response in (
            client.get(url),
            client.post(url, {"answer": "agree"}),
            client.post(f"{url}delete/" if "manage" in url else url, {"confirm": "on"}),
        ):
            assert HTTPStatus.BAD_REQUEST <= response.status_code < 500, (url, response)


@pytest.mark.parametrize("value", NASTY)
def test_the_childs_request_form_refuses_a_bad_address(value):
    child = UserFactory(profile__age_band="12-14", profile__country="NL")
    client = Client()
    client.force_login(child)

    response = client.post("/en/accounts/consent/", {"parent_email": value})

    assert response.status_code == HTTPStatus.OK
    assert not ParentalConsent.objects.exists()


@pytest.mark.parametrize("value", NASTY)
def test_answering_a_data_request_with_bad_values_changes_nothing(value):
    organisation = OrganisationFactory()
    admin = UserFactory()
    organisation_add_member(organisation=organisation, user=admin, role=Role.ORG_ADMIN)
    request = DataRequest.objects.create(
        organisation=organisation,
        kind="see",
        requester_name="A",
        requester_email="a@example.org",
        about="B",
        details="C",
        due_at="2030-01-01T00:00:00Z",
    )
    client = Client()
    client.force_login(admin)

    url = f"/en/organisation/{organisation.slug}/requests/{request.pk}/"
    response = client.post(url, {"status": value, "outcome": value})

    assert response.status_code == HTTPStatus.FOUND
    request.refresh_from_db()
    assert request.status == DataRequest.Status.OPEN


@pytest.mark.parametrize("pupil_id", [0, 2**31, 2**63 + 5])
def test_out_of_range_ids_are_not_found(pupil_id):
    teacher = UserFactory()
    client = Client()
    client.force_login(teacher)

    for url in (
        f"/en/classes/{pupil_id}/pupils/{pupil_id}/data/",
        f"/en/classes/{pupil_id}/pupils/{pupil_id}/delete/",
        f"/en/organisation/x/requests/{pupil_id}/",
    ):
        response = client.post(url) if "/requests/" in url else client.get(url)
        assert response.status_code == HTTPStatus.NOT_FOUND, url
