"""Who edits what in the admin: an organisation's content editors its own courses and
help services, the network's content editors the shared ones; neither the other's.

Each refusal is checked on the page (GET) and on the save (POST), with rows counted.
"""

from http import HTTPStatus

import pytest
from django.test import Client
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from courses.models import CoursePage, ModulePage
from safeguarding.models import HelpService
from tests.accounts.factories import OrganisationFactory
from tests.courses.factories import catalogue_page, course_page, module_page
from tests.roles import an_editor

pytestmark = pytest.mark.django_db

REFUSED = (HTTPStatus.FOUND, HTTPStatus.FORBIDDEN, HTTPStatus.NOT_FOUND)


@pytest.fixture
def world():
    a, b = OrganisationFactory(name="Alpha"), OrganisationFactory(name="Beta")
    shared = course_page(title="Shared", slug="shared")
    alphas = course_page(title="Alpha's", slug="alphas", organisation=a)
    betas = course_page(title="Beta's", slug="betas", organisation=b)
    return {
        "a": a,
        "b": b,
        "shared": shared,
        "alphas": alphas,
        "alphas_module": module_page(alphas, slug="alpha-module"),
        "betas": betas,
        "betas_module": module_page(betas, slug="beta-module"),
        "alpha_editor": an_editor(a),
        "network_editor": an_editor(network=True),
    }


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _edit_data(page: CoursePage, **changes) -> dict:
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "summary": page.summary,
            "outcomes": streamfield([]),
            "audience": page.audience,
            "age_band": "",
            "estimated_minutes": 30,
            "organisation": page.organisation_id or "",
            "comments": inline_formset([]),
            **changes,
        }
    )


# Which pages each editor may change -------------------------------------------------

MAY_EDIT = {
    "alpha_editor": {"alphas", "alphas_module"},
    "network_editor": {"shared"},
}


@pytest.mark.parametrize("who", sorted(MAY_EDIT))
@pytest.mark.parametrize("page", ["shared", "alphas", "alphas_module", "betas", "betas_module"])
def test_an_editor_opens_and_saves_only_what_their_side_owns(world, who, page):
    client = _client(world[who])
    target = world[page]
    url = f"/admin/pages/{target.pk}/edit/"
    allowed = page in MAY_EDIT[who]

    opened = client.get(url)

    if allowed:
        assert opened.status_code == HTTPStatus.OK
    else:
        assert opened.status_code in REFUSED
        title = Page.objects.get(pk=target.pk).title
        revisions = target.revisions.count()
        data = (
            _edit_data(target, title="Taken over")
            if isinstance(target, CoursePage)
            else nested_form_data(
                {
                    "title": "Taken over",
                    "slug": target.slug,
                    "body": streamfield([]),
                    "easy_read_body": streamfield([]),
                    "comments": inline_formset([]),
                }
            )
        )
        saved = client.post(url, data)
        assert saved.status_code in REFUSED
        assert Page.objects.get(pk=target.pk).title == title
        assert target.revisions.count() == revisions
        deleted = client.post(f"/admin/pages/{target.pk}/delete/")
        assert deleted.status_code in REFUSED
        assert Page.objects.filter(pk=target.pk).exists()
        unpublished = client.post(f"/admin/pages/{target.pk}/unpublish/")
        assert unpublished.status_code in REFUSED
        assert Page.objects.get(pk=target.pk).live


def test_an_organisations_editor_saves_their_own_course(world):
    client = _client(world["alpha_editor"])
    alphas = world["alphas"]

    response = client.post(
        f"/admin/pages/{alphas.pk}/edit/", _edit_data(alphas, title="Alpha's, revised")
    )

    assert response.status_code == HTTPStatus.FOUND, response.content.decode()[:2000]
    assert CoursePage.objects.get(pk=alphas.pk).get_latest_revision_as_object().title == (
        "Alpha's, revised"
    )


def test_an_organisations_editor_adds_courses_for_their_organisation_only(world):
    client = _client(world["alpha_editor"])
    catalogue = catalogue_page()
    url = f"/admin/pages/add/courses/coursepage/{catalogue.pk}/"
    blank = {"title": "New", "slug": "new", "summary": "S", "audience": "parent"}

    form = client.get(url)
    assert form.status_code == HTTPStatus.OK
    choices = form.context["form"].fields["organisation"].queryset
    assert list(choices) == [world["a"]]

    for refused in ("", world["b"].pk):
        response = client.post(url, _edit_data(CoursePage(**blank), organisation=refused))
        assert response.status_code == HTTPStatus.OK  # the form again, with its error
        assert not CoursePage.objects.filter(slug="new").exists()

    response = client.post(url, _edit_data(CoursePage(**blank), organisation=world["a"].pk))
    assert response.status_code == HTTPStatus.FOUND
    assert CoursePage.objects.get(slug="new").organisation == world["a"]
    # A module of it: theirs too.
    course = CoursePage.objects.get(slug="new")
    add_module = client.get(f"/admin/pages/add/courses/modulepage/{course.pk}/")
    assert add_module.status_code == HTTPStatus.OK
    refused = client.get(f"/admin/pages/add/courses/modulepage/{world['betas'].pk}/")
    assert refused.status_code in REFUSED


def test_a_network_editor_may_leave_a_course_to_the_network(world):
    client = _client(world["network_editor"])
    catalogue = catalogue_page()
    url = f"/admin/pages/add/courses/coursepage/{catalogue.pk}/"
    blank = CoursePage(title="Everyone's", slug="everyones", summary="S", audience="parent")

    field = client.get(url).context["form"].fields["organisation"]
    assert not field.required

    assert client.post(url, _edit_data(blank, organisation="")).status_code == HTTPStatus.FOUND
    assert CoursePage.objects.get(slug="everyones").organisation is None


def test_an_editor_without_a_role_changes_nothing(world):
    from django.contrib.auth.models import Group

    from tests.accounts.factories import UserFactory

    grouped_only = UserFactory()
    grouped_only.groups.add(*Group.objects.filter(name__in=("Editors", "Moderators")))
    client = _client(grouped_only)

    for page in ("shared", "alphas"):
        assert client.get(f"/admin/pages/{world[page].pk}/edit/").status_code in REFUSED
    catalogue = catalogue_page()
    added = client.get(f"/admin/pages/add/courses/coursepage/{catalogue.pk}/")
    assert added.status_code in REFUSED


def test_the_course_import_gives_the_new_course_to_the_editors_organisation(world, tmp_path):
    import yaml
    from django.core.files.uploadedfile import SimpleUploadedFile

    data = {
        "language": "en",
        "slug": "imported-for-alpha",
        "title": "Imported",
        "audience": "parent",
        "summary": "S",
        "estimated_minutes": 10,
        "modules": [
            {
                "slug": "m",
                "title": "M",
                "summary": "S",
                "minutes": 5,
                "body": [{"text": "<p>x</p>"}],
            }
        ],
    }
    client = _client(world["alpha_editor"])

    def upload(organisation):
        upload = SimpleUploadedFile("c.yaml", yaml.safe_dump(data).encode())
        return client.post("/admin/courses/import/", {"file": upload, "organisation": organisation})

    assert upload(world["b"].pk).status_code == HTTPStatus.OK
    assert not CoursePage.objects.filter(slug="imported-for-alpha").exists()
    response = upload(world["a"].pk)
    assert response.status_code == HTTPStatus.FOUND, response.context["form"].errors
    course = CoursePage.objects.get(slug="imported-for-alpha")
    assert course.organisation == world["a"]
    assert ModulePage.objects.child_of(course).count() == 1


# Help services ----------------------------------------------------------------------


def _service(organisation=None, name="Line") -> HelpService:
    return HelpService.objects.create(
        organisation=organisation,
        country="DE",
        kind=HelpService.Kind.CHILD_HELPLINE,
        name=name,
        web="https://example.org/",
        last_checked="2026-01-01",
        source="https://example.org/",
    )


def test_help_services_are_edited_by_their_own_side_only(world):
    shared, alphas, betas = (
        _service(name="Shared line"),
        _service(world["a"], "Alpha line"),
        _service(world["b"], "Beta line"),
    )
    alpha = _client(world["alpha_editor"])
    network = _client(world["network_editor"])
    base = "/admin/snippets/safeguarding/helpservice"

    listed = alpha.get(f"{base}/").content.decode()
    assert "Alpha line" in listed and "Beta line" not in listed and "Shared line" not in listed
    assert alpha.get(f"{base}/edit/{alphas.pk}/").status_code == HTTPStatus.OK
    for other in (shared, betas):
        assert alpha.get(f"{base}/edit/{other.pk}/").status_code in REFUSED
        assert alpha.post(f"{base}/delete/{other.pk}/").status_code in REFUSED
        assert HelpService.objects.filter(pk=other.pk).exists()
    assert network.get(f"{base}/edit/{shared.pk}/").status_code == HTTPStatus.OK
    assert network.get(f"{base}/edit/{betas.pk}/").status_code in REFUSED
    choices = alpha.get(f"{base}/add/").context["form"].fields["organisation"].queryset
    assert list(choices) == [world["a"]]
