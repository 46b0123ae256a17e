"""The privacy notice and the accessibility statement: from every page, in every
language offered, with the contact staff set in the admin."""

from http import HTTPStatus

import pytest
from django.conf import settings

from accounts.models import DataContact

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
@pytest.mark.parametrize("address", ["/privacy/", "/accessibility/"])
def test_both_pages_are_linked_from_every_page_in_every_language(client, language, address):
    for start in (f"/{language}/", f"/{language}/help/", f"/{language}/accounts/login/"):
        footer = client.get(start).content.decode().split('<footer class="site-footer">')[1]
        assert f'href="/{language}{address}"' in footer, start

    response = client.get(f"/{language}{address}")

    assert response.status_code == HTTPStatus.OK
    assert f'<html lang="{language}"' in response.content.decode()


def test_the_notice_names_the_contact_staff_set_in_the_admin(client, staff_user):
    contact = DataContact.load()
    contact.organisation = "Safe Kids Network"
    contact.email = "privacy@safekids.example"
    contact.save()

    html = client.get("/en/privacy/").content.decode()

    assert "Safe Kids Network runs this platform" in html
    assert 'href="mailto:privacy@safekids.example"' in html
    assert "The short version, for young people" in html
    assert (
        'href="mailto:privacy@safekids.example"'
        in client.get("/en/accessibility/").content.decode()
    )
    client.force_login(staff_user)
    settings_page = client.get("/admin/settings/accounts/datacontact/", follow=True)
    assert settings_page.status_code == HTTPStatus.OK
    assert "privacy@safekids.example" in settings_page.content.decode()  # edited there


def test_the_notice_says_only_what_the_product_does(client):
    html = client.get("/en/privacy/").content.decode()

    # Its promises are the product's: the data page it names is one click away.
    assert '<a href="/en/accounts/data/">Your data</a>' in html
    assert "never your birthday" in html and "never your name" in html
