"""The help directory as data: imported once from its file, checked, described in each
language, refused when wrong, flagged when old, and shown for the visitor's country."""

import datetime
import json
import re
from http import HTTPStatus

import pytest
from django.core.management import call_command
from django.utils import timezone

from safeguarding.directory import help_directory_entries, help_directory_import
from safeguarding.models import HelpService, HelpServiceDescription
from tests.accounts.factories import OrganisationFactory, UserFactory
from tests.courses.factories import help_service

pytestmark = pytest.mark.django_db

ENTRIES = help_directory_entries()
# The network's countries in the seed, and the countries of the languages offered.
COUNTRIES = [
    *("NL", "DE", "AT", "BE", "GB", "LU", "PE", "MY", "TW", "AL", "JO", "BY", "CR", "VN", "TZ"),
    *("FR", "CH", "ES", "MX", "AR", "CO", "IE", "US", "MA", "EG"),
]


def test_importing_the_data_file_twice_changes_nothing():
    created, total = help_directory_import()
    first = sorted(HelpService.objects.values_list("id", "country", "name", "last_checked"))
    descriptions = HelpServiceDescription.objects.count()

    again, _total = help_directory_import()

    assert created == total == len(ENTRIES) and again == 0
    assert sorted(HelpService.objects.values_list("id", "country", "name", "last_checked")) == first
    assert HelpServiceDescription.objects.count() == descriptions > 0


def test_an_entry_staff_edited_is_left_as_they_left_it():
    help_directory_import()
    kindertelefoon = HelpService.objects.get(country="NL", name="De Kindertelefoon")
    kindertelefoon.hours = "Elke dag 11:00-21:00"
    kindertelefoon.save()

    call_command("import_help_directory", stdout=open("/dev/null", "w"))  # noqa: SIM115

    kindertelefoon.refresh_from_db()
    assert kindertelefoon.hours == "Elke dag 11:00-21:00"


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: f"{e['country'] or 'intl'}-{e['name']}")
def test_every_entry_has_a_source_and_a_real_check_date(entry):
    assert entry["source"].startswith("https://") or entry["source"].startswith("http://")
    checked = datetime.date.fromisoformat(entry["last_checked"])
    # The date the source was read, never the day of an import.
    assert datetime.date(2010, 1, 1) <= checked <= datetime.date(2026, 12, 6)
    assert entry["phone"] == "" or re.fullmatch(r"\+?[0-9][0-9 ()\-]{1,24}", entry["phone"])
    assert entry["description"]["en"]


def test_every_country_of_the_network_and_of_the_languages_has_its_child_helpline():
    helplines = {e["country"] for e in ENTRIES if e["kind"] == "child_helpline"}
    assert not set(COUNTRIES) - helplines
    # Where a country has no hotline of its own, the international ones stand in.
    international = {e["name"] for e in ENTRIES if e["country"] == ""}
    assert {"INHOPE", "Child Helpline International"} <= {n.split(" (")[0] for n in international}


def test_report_remove_is_offered_in_the_united_kingdom_only():
    report_remove = [e for e in ENTRIES if "Report Remove" in e["name"]]
    assert report_remove and {e["country"] for e in report_remove} == {"GB"}


def test_a_dutch_visitor_reads_dutch_descriptions(client):
    help_directory_import()

    html = client.get("/nl/help/?country=NL").content.decode()

    dutch = HelpServiceDescription.objects.get(
        service__name="De Kindertelefoon", language="nl"
    ).text
    assert dutch in html
    assert HelpService.objects.get(name="De Kindertelefoon").description not in html


def test_without_a_description_in_the_language_the_english_one_is_marked_english(client):
    help_service(country="NL", name="Only English", description="Help for everyone.")

    html = client.get("/de/help/?country=NL").content.decode()

    assert '<span lang="en" dir="ltr">Help for everyone.</span>' in html


def _service_form(**fields):
    form = {
        "country": "NL",
        "kind": "child_helpline",
        "name": "Test line",
        "description": "A line.",
        "phone": "0800-1234",
        "web": "",
        "hours": "",
        "languages": "nl",
        "audience": "everyone",
        "last_checked": "2026-11-01",
        "source": "https://example.org/line",
        "descriptions-TOTAL_FORMS": "0",
        "descriptions-INITIAL_FORMS": "0",
        "descriptions-MIN_NUM_FORMS": "0",
        "descriptions-MAX_NUM_FORMS": "1000",
    }
    return {**form, **fields}


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"phone": "call us"}, "Enter a phone number or short code as people dial it"),
        ({"source": ""}, "This field is required."),
        ({"last_checked": "2099-01-01"}, "The date of a check cannot be in the future."),
    ],
)
def test_the_admin_refuses_an_entry_without_a_source_or_a_real_number(
    client, staff_user, fields, message
):
    client.force_login(staff_user)

    response = client.post("/admin/snippets/safeguarding/helpservice/add/", _service_form(**fields))

    assert response.status_code == HTTPStatus.OK
    assert message in response.content.decode()
    assert not HelpService.objects.filter(name="Test line").exists()


def test_the_admin_takes_a_good_entry_with_a_description_in_another_language(client, staff_user):
    client.force_login(staff_user)
    form = _service_form(
        **{
            "descriptions-TOTAL_FORMS": "1",
            "descriptions-0-language": "nl",
            "descriptions-0-text": "Een lijn.",
            "descriptions-0-ORDER": "1",
            "descriptions-0-id": "",
            "descriptions-0-DELETE": "",
        }
    )

    response = client.post("/admin/snippets/safeguarding/helpservice/add/", form)

    assert response.status_code == HTTPStatus.FOUND
    assert HelpService.objects.get(name="Test line").descriptions.get().text == "Een lijn."


def test_entries_unchecked_for_a_year_ask_staff_to_check_them(client, staff_user):
    old = help_service(
        name="Old line", last_checked=timezone.localdate() - datetime.timedelta(days=400)
    )
    fresh = help_service(name="Fresh line", last_checked=timezone.localdate())
    assert old.needs_check and not fresh.needs_check
    client.force_login(staff_user)

    listing = client.get("/admin/snippets/safeguarding/helpservice/").content.decode()

    assert "please check" in listing


def test_the_country_follows_the_page_language_then_the_visitor_s_choice_is_remembered(client):
    help_service(country="DE", name="Nummer gegen Kummer", phone="116 111")
    help_service(country="BE", name="Awel", phone="102")

    assert "Nummer gegen Kummer" in client.get("/de/help/").content.decode()

    client.get("/de/help/?country=BE")  # one click on the country list
    html = client.get("/de/help/").content.decode()

    assert "Awel" in html and "Nummer gegen Kummer" not in html


def test_a_member_sees_their_organisation_s_country_first(client):
    help_service(country="BE", name="Awel", phone="102")
    member = UserFactory(profile__country="")
    OrganisationFactory(country="BE").memberships.create(user=member)
    client.force_login(member)

    html = client.get("/en/help/").content.decode()

    assert "Awel" in html


def test_editors_get_one_digest_a_month_listing_the_entries_to_check(staff_user, mailoutbox):
    from outbox.services import deliver
    from safeguarding.directory import DIGEST_MAIL, help_directory_digest_owe

    today = timezone.localdate()
    help_service(name="Fresh line", last_checked=today)
    assert help_directory_digest_owe(today=today) == 0  # nothing to check, no mail

    help_service(
        name="Old line",
        last_checked=today - datetime.timedelta(days=400),
        source="https://example.org/old-line",
    )
    assert help_directory_digest_owe(today=today) == 1
    assert help_directory_digest_owe(today=today) == 0  # once a month
    assert deliver(kind=DIGEST_MAIL)["done"] == 1

    assert len(mailoutbox) == 1
    mail = mailoutbox[0]
    assert mail.to == [staff_user.email]
    assert mail.subject == "1 help service needs a check"
    assert "Old line" in mail.body and "https://example.org/old-line" in mail.body
    assert "Fresh line" not in mail.body
    assert "/admin/snippets/safeguarding/helpservice/" in mail.body


def test_a_platform_s_first_start_imports_the_directory_and_later_starts_do_not():
    call_command("import_help_directory", "--if-empty", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert HelpService.objects.count() == len(ENTRIES)
    HelpService.objects.filter(country="NL").delete()  # staff removed the Dutch entries

    call_command("import_help_directory", "--if-empty", stdout=open("/dev/null", "w"))  # noqa: SIM115

    assert not HelpService.objects.filter(country="NL").exists()


def test_descriptions_use_no_term_to_avoid_in_their_language():
    from courses.demo import language_data
    from courses.terminology import term_pattern

    found = []
    for language in ("en", "nl", "de", "fr", "es", "ar"):
        avoid = [t for t in language_data(language)["terms"] if t["usage"] == "avoid"]
        patterns = [term_pattern([t["term"], *t["variants"].splitlines()], language) for t in avoid]
        for entry in ENTRIES:
            text = entry["description"].get(language, "")
            found += [(entry["name"], language, text) for p in patterns if p.search(text)]
    assert not found, found


@pytest.mark.parametrize(
    ("address", "header", "shown"),
    [
        ("/es/help/", "es-MX,es;q=0.9", "Línea MX"),
        ("/es/help/", "es-419,es;q=0.9", None),  # Latin America: no single country
        ("/de/help/", "nl-NL,nl;q=0.9,de;q=0.5", "Kindertelefoon"),
        ("/de/help/", "de", "Nummer gegen Kummer"),
    ],
)
def test_the_browser_s_region_wins_over_the_language_s_guess(client, address, header, shown):
    help_service(country="MX", name="Línea MX", phone="55 5533 5533")
    help_service(country="NL", name="Kindertelefoon", phone="0800-0432")
    help_service(country="DE", name="Nummer gegen Kummer", phone="116 111")
    help_service(country="ES", name="ANAR", phone="900 20 20 10")

    html = client.get(address, HTTP_ACCEPT_LANGUAGE=header).content.decode()

    local = ["Línea MX", "Kindertelefoon", "Nummer gegen Kummer", "ANAR"]
    if shown is None:
        assert 'name="country"' in html  # the picker, and every country's services
    else:
        assert shown in html
        assert not [name for name in local if name != shown and name in html]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"anonymus": True}, "entry 2: unknown fields: anonymus."),
        ({"last_checked": "last week"}, "entry 2, last_checked: should be a date"),
        ({"description": {"en": "A line.", "it": "Una linea."}}, "(Second line), it, language:"),
        ({"description": {"en": "A line.", "de": "x" * 301}}, "(Second line), de, text:"),
        ({"phone": "call us"}, "entry 2 (Second line), phone:"),
    ],
)
def test_a_wrong_entry_in_the_data_file_stops_the_import_whole(tmp_path, change, message):
    from django.core.management.base import CommandError

    good = {**ENTRIES[0], "name": "First line"}
    wrong = {**ENTRIES[1], "name": "Second line", **change}
    data = tmp_path / "services.json"
    data.write_text(json.dumps([good, wrong]), encoding="utf-8")

    with pytest.raises(CommandError, match=re.escape(message)):
        call_command("import_help_directory", "--file", str(data), stdout=open("/dev/null", "w"))  # noqa: SIM115

    assert not HelpService.objects.filter(name__in=["First line", "Second line"]).exists()


def _upload(client, content: bytes):
    from django.core.files.uploadedfile import SimpleUploadedFile

    file = SimpleUploadedFile("services.json", content, "application/json")
    return client.post("/admin/help-directory/import/", {"file": file})


def test_staff_who_may_add_services_import_a_file_in_the_admin(client, staff_user):
    new = [{**ENTRIES[0], "name": "A new line"}, {**ENTRIES[1], "name": "Another line"}]
    client.force_login(staff_user)

    assert client.get("/admin/help-directory/import/").status_code == HTTPStatus.OK
    response = _upload(client, json.dumps(new).encode())
    again = _upload(client, json.dumps(new).encode())

    assert response.status_code == again.status_code == HTTPStatus.FOUND
    assert HelpService.objects.filter(name__in=["A new line", "Another line"]).count() == 2


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"{not json", "The file is not valid JSON"),
        (b'{"name": "one service"}', "The file should hold a list of services."),
        (json.dumps([{"name": "No country"}]).encode(), "entry 1, country: is missing"),
        (json.dumps([{**ENTRIES[0], "phone": None}]).encode(), "entry 1, phone: should be text."),
        (json.dumps([{**ENTRIES[0], "anonymous": "yes"}]).encode(), "anonymous: should be true"),
        (json.dumps([{**ENTRIES[0], "description": {"en": None}}]).encode(), "description:"),
        (b"[" * 50_000, "The file is not valid JSON"),
        (b'[{"n": ' + b"9" * 5000 + b"}]", "The file is not valid JSON"),
    ],
)
def test_a_bad_file_in_the_admin_says_what_is_wrong_and_adds_nothing(
    client, staff_user, content, message
):
    client.force_login(staff_user)
    before = HelpService.objects.count()

    response = _upload(client, content)

    assert response.status_code == HTTPStatus.OK
    assert message in response.content.decode()
    assert HelpService.objects.count() == before


def test_people_who_may_not_add_services_cannot_import(client, parent):
    from django.contrib.auth.models import Permission

    # In the admin, but without the permission to add services (editors have it).
    admin_user = UserFactory()
    admin_user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    for person in (parent, admin_user):
        client.force_login(person)
        assert client.get("/admin/help-directory/import/").status_code in {
            HTTPStatus.FOUND,
            HTTPStatus.FORBIDDEN,
        }

    response = _upload(client, json.dumps([{**ENTRIES[0], "name": "Sneaked in"}]).encode())

    assert response.status_code in {HTTPStatus.FOUND, HTTPStatus.FORBIDDEN}
    assert not HelpService.objects.filter(name="Sneaked in").exists()
