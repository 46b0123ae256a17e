from http import HTTPStatus

import pytest

from accounts.models import User

pytestmark = pytest.mark.django_db


def test_every_user_has_a_profile_however_created():
    user = User.objects.create_user(username="cli-made", password="Long-Enough-Pass-1")

    assert user.profile.language == "en"
    assert user.profile.age_band == "18+"


def test_profile_page_needs_login(client):
    response = client.get("/en/accounts/profile/")

    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"].startswith("/en/accounts/login/")


def test_user_changes_display_name_language_and_time_zone(client, parent):
    client.force_login(parent)

    response = client.post(
        "/en/accounts/profile/",
        {"display_name": "Pat", "language": "nl", "country": "BE", "time_zone": "Europe/Brussels"},
    )

    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == "/nl/accounts/profile/"
    parent.profile.refresh_from_db()
    assert (
        parent.profile.display_name,
        parent.profile.language,
        parent.profile.country.code,
        parent.profile.time_zone,
    ) == ("Pat", "nl", "BE", "Europe/Brussels")


def test_unknown_time_zone_is_a_form_error(client, parent):
    client.force_login(parent)

    response = client.post(
        "/en/accounts/profile/",
        {"display_name": "Pat", "language": "en", "country": "", "time_zone": "Mars/Olympus"},
    )

    assert response.status_code == HTTPStatus.OK
    parent.profile.refresh_from_db()
    assert parent.profile.time_zone == "UTC"


def test_profile_has_no_birth_date_field():
    from accounts.models import Profile

    names = {field.name for field in Profile._meta.get_fields()}
    assert not {"birth_date", "date_of_birth", "birthday"} & names
