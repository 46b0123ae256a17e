"""The organisation page: an organisation admin's members, roles and audit log."""

from http import HTTPStatus

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from accounts.capabilities import Capability, user_can
from accounts.models import Membership, Role, RoleChange
from accounts.services import member_remove, organisation_add_member, role_grant, role_withdraw
from tests.accounts.factories import OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def org():
    organisation = OrganisationFactory(slug="riverside")
    admin = UserFactory(profile__display_name="Ada Admin")
    organisation_add_member(organisation=organisation, user=admin, role=Role.ORG_ADMIN)
    return organisation, admin


def _member(organisation, **profile):
    user = UserFactory(**{f"profile__{k}": v for k, v in profile.items()})
    organisation_add_member(organisation=organisation, user=user)
    return user


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_the_members_page_costs_the_same_queries_for_5_and_45_members(org):
    organisation, admin = org
    client = _client(admin)

    def count() -> int:
        client.get("/en/organisation/riverside/")
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/en/organisation/riverside/")
        assert response.status_code == HTTPStatus.OK
        return len(queries)

    for _ in range(4):
        _member(organisation)
    small = count()
    for n in range(40):
        member = _member(organisation)
        if n % 3 == 0:
            role_grant(organisation=organisation, user=member, role=Role.TEACHER, actor=admin)
    assert count() == small


def test_the_page_lists_members_with_how_they_sign_in_and_their_roles(org):
    organisation, admin = org
    parent = _member(organisation, display_name="Pat Parent")
    youth = _member(organisation, display_name="Milo", age_band="15-17")
    youth.email = ""
    youth.save()

    page = _client(admin).get("/en/organisation/riverside/").content.decode()

    assert "Pat Parent" in page and parent.email in page
    assert "Milo" in page and youth.username in page and "15 to 17" in page
    assert "Role for Pat Parent" in page


def test_an_admin_gives_and_withdraws_a_role_and_the_log_says_so(org):
    organisation, admin = org
    parent = _member(organisation, display_name="Pat Parent")
    client = _client(admin)
    url = f"/en/organisation/riverside/members/{parent.pk}"

    response = client.post(f"{url}/grant/", {"role": Role.TEACHER}, follow=True)
    assert "Pat Parent is now Teacher." in response.content.decode()
    assert user_can(user=parent, capability=Capability.TEACH, organisation_id=organisation.pk)

    client.post(f"{url}/withdraw/", {"role": Role.TEACHER})
    assert not user_can(user=parent, capability=Capability.TEACH)
    # Still a member: withdrawing a role is not removing the person.
    assert Membership.objects.filter(organisation=organisation, user=parent).exists()

    log = client.get("/en/organisation/riverside/changes/").content.decode()
    assert "Ada Admin made Pat Parent Teacher." in log
    assert "Ada Admin withdrew Teacher from Pat Parent." in log
    assert RoleChange.objects.count() == 2


def test_granting_a_role_twice_writes_one_row_and_one_log_line(org):
    organisation, admin = org
    parent = _member(organisation)
    for _ in range(2):
        role_grant(organisation=organisation, user=parent, role=Role.COACH, actor=admin)

    assert Membership.objects.filter(user=parent, role=Role.COACH).count() == 1
    assert RoleChange.objects.count() == 1


def test_a_content_editor_joins_wagtails_editor_groups_and_leaves_them(org):
    organisation, admin = org
    person = _member(organisation)

    role_grant(organisation=organisation, user=person, role=Role.CONTENT_EDITOR, actor=admin)
    # An organisation's editors publish their own pages but moderate no one else's.
    assert set(person.groups.values_list("name", flat=True)) == {"Organisation editors"}
    assert person.can_enter_admin

    role_withdraw(organisation=organisation, user=person, role=Role.CONTENT_EDITOR, actor=admin)
    assert not person.groups.filter(pk__in=Group.objects.all()).exists()


def test_removing_a_member_takes_every_role_and_logs_it(org):
    organisation, admin = org
    person = _member(organisation, display_name="Tess")
    role_grant(organisation=organisation, user=person, role=Role.TEACHER, actor=admin)

    response = _client(admin).post(
        f"/en/organisation/riverside/members/{person.pk}/remove/", follow=True
    )

    assert "Tess is no longer a member." in response.content.decode()
    assert not Membership.objects.filter(organisation=organisation, user=person).exists()
    assert list(RoleChange.objects.values_list("action", flat=True).order_by("pk")) == [
        "granted",
        "withdrawn",
        "removed",
    ]


def test_an_admin_cannot_remove_themselves_or_another_admin(org):
    organisation, admin = org
    other_admin = _member(organisation)
    organisation_add_member(organisation=organisation, user=other_admin, role=Role.ORG_ADMIN)

    for person in (admin, other_admin):
        with pytest.raises(ValidationError):
            member_remove(organisation=organisation, user=person, actor=admin)
    assert Membership.objects.filter(role=Role.ORG_ADMIN).count() == 2


def test_an_admin_cannot_remove_the_networks_admin(org):
    organisation, admin = org
    network_admin = _member(organisation)
    organisation_add_member(organisation=organisation, user=network_admin, role=Role.NETWORK_ADMIN)

    with pytest.raises(ValidationError) as refused:
        member_remove(organisation=organisation, user=network_admin, actor=admin)

    assert "platform's operators" in refused.value.messages[0]
    assert Membership.objects.filter(user=network_admin, role=Role.NETWORK_ADMIN).exists()


def test_an_admin_of_another_organisation_gets_404_and_changes_nothing(org):
    organisation, _admin = org
    parent = _member(organisation)
    other = OrganisationFactory()
    stranger = UserFactory()
    organisation_add_member(organisation=other, user=stranger, role=Role.ORG_ADMIN)
    client = _client(stranger)
    before = Membership.objects.count()

    assert client.get("/en/organisation/riverside/").status_code == HTTPStatus.NOT_FOUND
    response = client.post(
        f"/en/organisation/riverside/members/{parent.pk}/grant/", {"role": Role.TEACHER}
    )
    assert response.status_code == HTTPStatus.NOT_FOUND
    assert Membership.objects.count() == before
    assert not RoleChange.objects.exists()


def test_a_role_for_someone_outside_the_organisation_is_refused(org):
    organisation, admin = org
    outsider = UserFactory()

    response = _client(admin).post(
        f"/en/organisation/riverside/members/{outsider.pk}/grant/",
        {"role": Role.TEACHER},
        follow=True,
    )

    assert "not a member of the organisation" in response.content.decode()
    assert not Membership.objects.filter(user=outsider).exists()


@pytest.mark.parametrize("role", ["", "org_admin", "peer_mentor", "member", "x" * 300])
def test_a_role_that_is_not_offered_is_refused(org, role):
    organisation, admin = org
    parent = _member(organisation)
    before = Membership.objects.count()

    response = _client(admin).post(
        f"/en/organisation/riverside/members/{parent.pk}/grant/", {"role": role}
    )

    assert response.status_code == HTTPStatus.FOUND
    assert Membership.objects.count() == before


def test_the_audit_log_costs_the_same_queries_for_3_and_60_changes(org):
    organisation, admin = org
    client = _client(admin)
    people = [_member(organisation) for _ in range(30)]

    def count() -> int:
        client.get("/en/organisation/riverside/changes/")
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/en/organisation/riverside/changes/").status_code == 200
        return len(queries)

    for person in people[:3]:
        role_grant(organisation=organisation, user=person, role=Role.COACH, actor=admin)
    small = count()
    for person in people:
        role_grant(organisation=organisation, user=person, role=Role.TEACHER, actor=admin)
    assert count() == small


def test_a_coachs_approval_of_a_peer_mentor_is_in_the_log():
    from tests.mentoring.factories import mentoring_world

    w = mentoring_world()

    change = RoleChange.objects.filter(subject=w.mentor_a).get()
    assert (change.role, change.action, change.actor) == (Role.PEER_MENTOR, "granted", w.coach_a)
