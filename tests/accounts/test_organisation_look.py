"""An organisation's name, logo, colour and language: set by its admin, checked so that
they stay readable and safe, and shown on its pages, mails and certificates."""

import io
from http import HTTPStatus

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from PIL import Image

from accounts.branding import contrast_with_white, validate_brand_colour
from accounts.models import Profile, Role
from tests.accounts.factories import OrganisationFactory
from tests.roles import a_pupil_in_class, a_teacher_with_class, member

pytestmark = pytest.mark.django_db


def png(size=(120, 40), colour=(20, 80, 122)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, format="PNG")
    return buffer.getvalue()


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.parametrize("colour", ["#14507a", "#000000", "#7d1013"])
def test_a_dark_colour_is_accepted(colour):
    validate_brand_colour(colour)
    assert contrast_with_white(colour) >= 4.5


@pytest.mark.parametrize(
    "colour, words",
    [
        ("#ffff00", "hard to read"),
        ("#88ccff", "hard to read"),
        ("red", "six hexadecimal digits"),
        ("#12345", "six hexadecimal digits"),
        ("#12345g", "six hexadecimal digits"),
        ("javascript:x", "six hexadecimal digits"),
    ],
)
def test_a_light_or_malformed_colour_is_refused_with_a_reason(colour, words):
    with pytest.raises(ValidationError) as refused:
        validate_brand_colour(colour)
    assert words in refused.value.messages[0]


def test_an_admin_sets_the_logo_colour_and_language_and_members_see_them():
    world = a_teacher_with_class()
    organisation = world.organisation
    admin = member(organisation, Role.ORG_ADMIN)
    settings_page = f"/en/organisation/{organisation.slug}/settings/"

    assert signed_in(admin).get(settings_page).status_code == HTTPStatus.OK
    saved = signed_in(admin).post(
        settings_page,
        {
            "name": "Helping Hands",
            "country": "DE",
            "language": "de",
            "brand_colour": "#7d1013",
            "logo": SimpleUploadedFile("our logo (final).PNG", png(), content_type="image/png"),
        },
    )

    assert saved.status_code == HTTPStatus.FOUND
    organisation.refresh_from_db()
    assert organisation.name == "Helping Hands" and organisation.language == "de"
    assert organisation.logo.name.startswith("organisations/")
    assert organisation.logo.name.endswith(".png") and "final" not in organisation.logo.name
    # Its class's pages show it: to the teacher and to a pupil who joins now.
    world.classroom.refresh_from_db()
    pupil = a_pupil_in_class(world.classroom).pupil
    # ... who starts in the organisation's language (until they read pages in another).
    assert Profile.objects.get(user=pupil).language == "de"
    for user, url in (
        (world.teacher, f"/en/classes/{world.classroom.pk}/"),
        (pupil, f"/en/classes/{world.classroom.pk}/"),
    ):
        html = signed_in(user).get(url).content.decode()
        assert '<span class="organisation-band__name">Helping Hands</span>' in html
        assert "--organisation-colour: #7d1013" in html
        assert organisation.logo.url in html


@pytest.mark.parametrize(
    "upload, words",
    [
        (("logo.svg", b"<svg onload='alert(1)'/>", "image/svg+xml"), "image"),
        (("logo.png", b"not an image", "image/png"), "image"),
        (("logo.png", png(size=(2500, 100)), "image/png"), "2,000 pixels"),
    ],
)
def test_a_logo_that_is_not_a_small_png_or_jpeg_is_refused(upload, words):
    organisation = OrganisationFactory(slug="trust")
    admin = member(organisation, Role.ORG_ADMIN)

    refused = signed_in(admin).post(
        "/en/organisation/trust/settings/",
        {"name": organisation.name, "logo": SimpleUploadedFile(*upload)},
    )

    assert refused.status_code == HTTPStatus.BAD_REQUEST
    assert words in " ".join(refused.context["form"].errors["logo"])
    organisation.refresh_from_db()
    assert not organisation.logo


def test_a_colour_too_light_for_white_text_is_refused_and_nothing_changes():
    organisation = OrganisationFactory(slug="trust", name="Trust")
    admin = member(organisation, Role.ORG_ADMIN)

    refused = signed_in(admin).post(
        "/en/organisation/trust/settings/", {"name": "Renamed", "brand_colour": "#ffff00"}
    )

    assert refused.status_code == HTTPStatus.BAD_REQUEST
    organisation.refresh_from_db()
    assert (organisation.name, organisation.brand_colour) == ("Trust", "")


@pytest.mark.parametrize(
    "role", [Role.MEMBER, Role.TEACHER, Role.COACH, Role.SAFEGUARDING_LEAD, Role.CONTENT_EDITOR]
)
def test_only_its_admins_change_it(role):
    organisation = OrganisationFactory(slug="trust", name="Trust")
    client = signed_in(member(organisation, role))

    assert client.get("/en/organisation/trust/settings/").status_code == HTTPStatus.NOT_FOUND
    posted = client.post("/en/organisation/trust/settings/", {"name": "Mine"})
    assert posted.status_code == HTTPStatus.NOT_FOUND
    other_admin = signed_in(member(OrganisationFactory(), Role.ORG_ADMIN))
    assert other_admin.post("/en/organisation/trust/settings/", {"name": "Mine"}).status_code == 404
    organisation.refresh_from_db()
    assert organisation.name == "Trust"


def test_the_certificate_carries_the_organisations_logo():
    from pypdf import PdfReader

    from certificates.pdf import render_certificate_pdf
    from tests.certificates.factories import issued_certificate

    certificate = issued_certificate()
    plain = len(PdfReader(io.BytesIO(render_certificate_pdf(certificate))).pages[0].images)
    organisation = OrganisationFactory(brand_colour="#7d1013")
    organisation.logo.save("logo.png", io.BytesIO(png()), save=True)
    certificate.organisation = organisation

    images = PdfReader(io.BytesIO(render_certificate_pdf(certificate))).pages[0].images

    assert len(images) == plain + 1


def test_a_class_session_mail_names_the_organisation(mailoutbox):
    from notifications.messages import render_message
    from notifications.models import SentNotification

    world = a_teacher_with_class()
    world.organisation.name = "Helping Hands"
    world.organisation.brand_colour = "#7d1013"
    world.organisation.save()
    notification = SentNotification(user=world.teacher, kind="upcoming_session")

    rendered = render_message(
        notification=notification,
        context={
            "organisation": world.organisation,
            "class_name": "7B",
            "module_title": "First",
            "session": None,
        },
    )

    assert "Helping Hands" in rendered["html"] and "background: #7d1013" in rendered["html"]
    assert rendered["text"].startswith("Helping Hands")
