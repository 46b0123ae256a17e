from http import HTTPStatus

import pytest

from tests.accounts.factories import UserFactory
from tests.courses.factories import help_service, module_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def services(db):
    return {
        "nl": help_service(country="NL", name="De Kindertelefoon", phone="0800-0432"),
        "be": help_service(country="BE", name="Awel", phone="102"),
        "intl": help_service(
            country="",
            name="Child Helpline International",
            phone="",
            web="https://childhelplineinternational.org/",
        ),
    }


def _names(html):
    return {
        name
        for name in ("De Kindertelefoon", "Awel", "Child Helpline International")
        if name in html
    }


def test_help_page_lists_a_countrys_services_with_the_international_ones(client, services):
    response = client.get("/en/help/?country=NL")

    assert response.status_code == HTTPStatus.OK
    assert _names(response.content.decode()) == {
        "De Kindertelefoon",
        "Child Helpline International",
    }
    assert 'href="tel:08000432"' in response.content.decode()


def test_help_page_lists_every_country_on_request(client, services):
    html = client.get("/en/help/?country=all").content.decode()

    assert _names(html) == {"De Kindertelefoon", "Awel", "Child Helpline International"}
    assert "Netherlands" in html and "Belgium" in html and "International" in html


@pytest.mark.parametrize("country", ["ZZ", "Narnia", "<b>", "nl'--"])
def test_unknown_country_shows_everything_with_a_note(client, services, country):
    response = client.get("/en/help/", {"country": country})

    assert response.status_code == HTTPStatus.OK
    html = response.content.decode()
    assert "We do not know the country" in html
    assert _names(html) == {"De Kindertelefoon", "Awel", "Child Helpline International"}
    assert "<b>" not in html.split("We do not know")[1][:80]


def test_country_comes_from_the_profile_first(client, services):
    client.force_login(UserFactory(profile__country="BE"))

    html = client.get("/en/help/", HTTP_ACCEPT_LANGUAGE="nl-NL").content.decode()

    assert "Awel" in html and "De Kindertelefoon" not in html


def test_then_from_the_browsers_language_region(client, services):
    html = client.get("/en/help/", HTTP_ACCEPT_LANGUAGE="nl-BE,nl;q=0.9,en;q=0.5").content.decode()

    assert "Awel" in html and "De Kindertelefoon" not in html


def test_then_the_international_fallback(client, services):
    module = module_page()

    html = client.get(module.url, HTTP_ACCEPT_LANGUAGE="en").content.decode()

    assert "Child Helpline International" in html
    assert "Awel" not in html and "De Kindertelefoon" not in html


def test_a_country_without_services_falls_back_to_the_international_ones(client, services):
    module = module_page()
    client.force_login(UserFactory(profile__country="JP"))

    html = client.get(module.url).content.decode()

    assert "Child Helpline International" in html
    assert "Awel" not in html


def test_every_module_page_shows_the_learners_services(client, services):
    module = module_page()
    client.force_login(UserFactory(profile__country="NL"))

    html = client.get(module.url).content.decode()

    assert "De Kindertelefoon" in html and "Child Helpline International" in html


def test_editors_manage_the_directory_in_the_admin(client, staff_user, services):
    client.force_login(staff_user)

    response = client.get("/admin/snippets/safeguarding/helpservice/")

    assert response.status_code == HTTPStatus.OK
    assert "De Kindertelefoon" in response.content.decode()


def test_each_country_is_listed_once_sorted_by_its_name_in_the_page_language(client, services):
    import re

    for n in range(3):  # several services in one country
        help_service(country="DE", name=f"Hilfe {n}", phone=f"0800-{n}")

    def listed(language):
        page = client.get(f"/{language}/help/").content.decode()
        return re.findall(r'<option value="([A-Z]{2})"[^>]*>([^<]+)</option>', page)

    english = listed("en")
    assert [code for code, _name in english] == ["BE", "DE", "NL"]  # Belgium, Germany, ...
    dutch = listed("nl")
    assert [code for code, _name in dutch] == ["BE", "DE", "NL"]  # België, Duitsland, Nederland
    assert dict(dutch)["DE"] == "Duitsland"
