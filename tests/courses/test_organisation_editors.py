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
from tests.courses.factories import catalogue_page, course_page, help_service, module_page
from tests.roles import an_editor
from tests.worlds import module_world

pytestmark = pytest.mark.django_db

REFUSED = (HTTPStatus.FOUND, HTTPStatus.FORBIDDEN, HTTPStatus.NOT_FOUND)


def _two_organisations_and_the_network():
    """Alpha and Beta with a course each (and a module of it), a course of the network's,
    an editor of Alpha's and one of the network's."""
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


# Every test reads the same pages and people: built once for the file (tests/worlds.py).
world, module_world_built = module_world(_two_organisations_and_the_network, name="world")


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
    # The network's, or an organisation they edit for: none here, so never A's or B's.
    assert list(field.queryset) == []

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


def _service(organisation, name):
    return help_service(organisation=organisation, country="DE", name=name)


def test_help_services_are_edited_by_their_own_side_only(world):
    shared, alphas, betas = (
        _service(None, "Shared line"),
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


# Around the pages: copying, bulk actions, listings, translations, workflows ----------


def test_copying_or_bulk_changing_another_sides_page_is_refused(world):
    client = _client(world["alpha_editor"])
    betas, module = world["betas"], world["betas_module"]
    pages = Page.objects.count()

    copied = client.post(
        f"/admin/pages/{module.pk}/copy/",
        {"new_title": "Mine now", "new_slug": "mine-now", "new_parent_page": world["alphas"].pk},
    )
    assert copied.status_code in REFUSED
    for action in ("unpublish", "delete"):
        client.post(
            f"/admin/bulk/wagtailcore/page/{action}/?id={betas.pk}", {"include_descendants": "on"}
        )
    assert Page.objects.count() == pages
    assert Page.objects.get(pk=betas.pk).live


def test_the_explorer_and_the_chooser_leave_other_organisations_courses_out(world):
    client = _client(world["alpha_editor"])
    catalogue = catalogue_page()

    listed = client.get(f"/admin/pages/{catalogue.pk}/").content.decode()
    chooser = client.get(f"/admin/choose-page/{catalogue.pk}/").content.decode()

    for html in (listed, chooser):
        assert "Alpha&#x27;s" in html or "Alpha's" in html
        assert "Shared" in html
        assert "Beta" not in html
    network = _client(world["network_editor"]).get(f"/admin/pages/{catalogue.pk}/")
    assert "Beta" not in network.content.decode() and "Alpha" not in network.content.decode()


def test_translating_another_sides_course_is_refused(world):
    from courses.models import CoursePage
    from tests.courses.factories import locale

    locale("de")
    alpha, network = _client(world["alpha_editor"]), _client(world["network_editor"])
    pages = CoursePage.objects.count()

    for client, page in ((alpha, "betas"), (alpha, "shared"), (network, "alphas")):
        url = f"/admin/localize/submit/page/{world[page].pk}/"
        assert client.get(url).status_code in REFUSED, page
        assert client.post(url, {"locales": [1, 2]}).status_code in REFUSED
    assert alpha.get(f"/admin/localize/submit/page/{world['alphas'].pk}/").status_code == 200
    assert CoursePage.objects.count() == pages
    signed_out = Client().get(f"/admin/localize/submit/page/{world['alphas'].pk}/")
    assert signed_out.status_code == HTTPStatus.FOUND
    assert "/login/" in signed_out["Location"]


def test_a_courses_organisation_reaches_its_translations(world):
    from courses.models import CoursePage
    from courses.services import course_owner_to_translations
    from tests.courses.factories import locale

    shared = world["shared"]
    german_locale = locale("de")
    for page in (shared.get_parent().get_parent(), shared.get_parent()):
        page.copy_for_translation(german_locale).save_revision().publish()
    german = shared.copy_for_translation(german_locale)
    german.save_revision().publish()
    assert CoursePage.objects.get(pk=german.pk).organisation is None

    shared.organisation = world["a"]
    shared.save_revision().publish()  # page_published: course_owner_to_translations

    assert CoursePage.objects.get(pk=german.pk).organisation == world["a"]
    # Publishing the translation with another owner does not move the course.
    CoursePage.objects.filter(pk=german.pk).update(organisation=world["b"])
    course_owner_to_translations(course=CoursePage.objects.get(pk=german.pk))
    assert CoursePage.objects.get(pk=shared.pk).organisation == world["a"]
    assert CoursePage.objects.get(pk=german.pk).organisation == world["a"]


def test_an_organisations_editor_moderates_nothing_and_publishes_their_own(world):
    from courses.models import CoursePage

    editor = world["alpha_editor"]
    assert set(editor.groups.values_list("name", flat=True)) == {"Organisation editors"}
    client = _client(editor)
    alphas = world["alphas"]

    published = client.post(
        f"/admin/pages/{alphas.pk}/edit/",
        {**_edit_data(alphas, title="Alpha's, published"), "action-publish": "action-publish"},
    )

    assert published.status_code == HTTPStatus.FOUND
    assert CoursePage.objects.get(pk=alphas.pk).title == "Alpha's, published"


def test_a_course_followed_by_another_organisations_class_stays_the_networks(world):
    from accounts.models import Role
    from accounts.services import organisation_add_member
    from tests.roles import a_teacher_with_class

    a_teacher_with_class(organisation=world["b"], course=world["shared"])
    # The network's editor, and A's too: otherwise A is not among the choices at all.
    organisation_add_member(
        organisation=world["a"], user=world["network_editor"], role=Role.CONTENT_EDITOR
    )
    client = _client(world["network_editor"])
    shared = world["shared"]

    response = client.post(
        f"/admin/pages/{shared.pk}/edit/", _edit_data(shared, organisation=world["a"].pk)
    )

    assert response.status_code == HTTPStatus.OK
    assert "other organisations follow this course" in response.content.decode()
    assert CoursePage.objects.get(pk=shared.pk).organisation is None


def test_learning_in_an_organisations_course_belongs_to_that_organisation(world):
    from certificates.selectors import organisation_of_learning
    from tests.roles import member

    learner = member(world["b"])
    world["a"].members.add(learner)  # a member of both, A first

    assert organisation_of_learning(user=learner, course_id=world["betas"].pk) == world["b"]
    assert organisation_of_learning(user=learner, course_id=world["alphas"].pk) == world["a"]


# Quizzes and the help directory's import ----------------------------------------------


def test_quizzes_are_edited_and_chosen_by_their_own_side_only(world):
    from quizzes.models import Quiz
    from tests.quizzes.factories import quiz_with_questions

    shared = quiz_with_questions(title="Shared quiz")
    alphas = quiz_with_questions(title="Alpha quiz", organisation=world["a"])
    betas = quiz_with_questions(title="Beta quiz", organisation=world["b"])
    client = _client(world["alpha_editor"])
    base = "/admin/snippets/quizzes/quiz"

    listed = client.get(f"{base}/").content.decode()
    assert "Alpha quiz" in listed and "Beta quiz" not in listed and "Shared quiz" not in listed
    chooser = client.get("/admin/snippets/choose/quizzes/quiz/").content.decode()
    assert "Alpha quiz" in chooser and "Shared quiz" in chooser and "Beta quiz" not in chooser
    assert client.get(f"{base}/edit/{alphas.pk}/").status_code == HTTPStatus.OK
    for other in (shared, betas):
        for view in ("edit", "copy", "history", "usage"):
            assert client.get(f"{base}/{view}/{other.pk}/").status_code in REFUSED
        assert client.post(f"{base}/delete/{other.pk}/").status_code in REFUSED
    assert Quiz.objects.filter(pk__in=[shared.pk, betas.pk]).count() == 2

    # A module of Alpha's course takes the network's quiz and Alpha's, not Beta's.
    module = world["alphas_module"]
    url = f"/admin/pages/{module.pk}/edit/"
    revisions = module.revisions.count()
    for quiz, accepted in ((shared, True), (alphas, True), (betas, False)):
        data = nested_form_data(
            {
                "title": module.title,
                "slug": module.slug,
                "body": streamfield([("quiz", {"quiz": quiz.pk})]),
                "easy_read_body": streamfield([]),
                "completion_rule": "read",
                "estimated_minutes": 10,
                "comments": inline_formset([]),
            }
        )
        response = client.post(url, data)
        assert (response.status_code == HTTPStatus.FOUND) is accepted, quiz.title
    assert module.revisions.count() == revisions + 2


def test_only_the_networks_editors_import_into_the_networks_help_directory(world):
    alpha = _client(world["alpha_editor"])
    assert alpha.get("/admin/help-directory/import/").status_code in REFUSED
    network = _client(world["network_editor"])
    assert network.get("/admin/help-directory/import/").status_code == HTTPStatus.OK
