from http import HTTPStatus

import pytest
from django import forms
from django.utils import translation

from accounts.forms import ProfileForm
from accounts.models import Profile, User
from accounts.widgets import LongSelect

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


def test_times_are_shown_in_the_person_s_time_zone_and_say_which(db):
    from django.test import Client

    from accounts.services import profile_update
    from safeguarding.contexts import contexts_for
    from safeguarding.services import concern_raise
    from tests.mentoring.factories import mentoring_world

    w = mentoring_world()
    context = next(c for c in contexts_for(user=w.mentor_a) if c.key.startswith("group:"))
    concern_raise(reporter=w.mentor_a, context=context, description="A worry.", urgency="soon")
    profile_update(profile=w.lead_a.profile, time_zone="Asia/Tokyo")

    lead = Client()
    lead.force_login(w.lead_a)  # signing in remembers the time zone for the session
    page = lead.get("/en/help/concerns/").content.decode()

    assert "JST" in page and "UTC" not in page
    # Changed on the profile page: the next page follows.
    lead.post(
        "/en/accounts/profile/",
        {
            "display_name": w.lead_a.get_display_name(),
            "language": "en",
            "country": "NL",
            "time_zone": "Europe/Amsterdam",
        },
    )
    assert "CET" in lead.get("/en/help/concerns/").content.decode()


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize(
    "data", [None, {"country": "NL", "time_zone": "Europe/Amsterdam"}, {"country": "<b>"}]
)
def test_the_long_lists_are_written_as_django_s_select_writes_them(language, data):
    """Countries and time zones are joined in Python (accounts/widgets.py), not rendered
    option by option: the markup must stay Django's, selection and attributes included."""
    with translation.override(language):
        fast = ProfileForm(data=data, instance=Profile(time_zone="Europe/Paris"))
        django_s = ProfileForm(data=data, instance=Profile(time_zone="Europe/Paris"))
        for name in ("country", "time_zone"):
            django_s.fields[name].widget = forms.Select(
                choices=django_s.fields[name].widget.choices
            )
        if data is not None:
            fast.full_clean()
            django_s.full_clean()

        for name in ("country", "time_zone"):
            assert isinstance(fast.fields[name].widget, LongSelect)
            assert str(fast[name]) == str(django_s[name])
            assert str(fast[name]).count("<option") > 200
