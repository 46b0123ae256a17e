"""The network's report: everyone any organisation reaches, each once, for the network's
admins only; the organisations' comments stay with them."""

from http import HTTPStatus

import pytest
from django.test import Client

from accounts.capabilities import capabilities_forget
from accounts.models import AgeBand, Audience, Role
from accounts.services import organisation_add_member
from reports.selectors import learner_ids, network_figures
from tests.accounts.factories import OrganisationFactory, UserFactory
from tests.reports.test_figures import an_organisation
from tests.reports.test_report_page import admin_of
from tests.roles import member

pytestmark = pytest.mark.django_db


def network_admin(organisation):
    return member(organisation, Role.NETWORK_ADMIN, audience=Audience.TEACHER)


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_the_network_counts_everyone_any_organisation_reaches_once():
    first, *_ = an_organisation(parents=12, pupils=11)
    second, _world, parents, *_ = an_organisation(parents=10, pupils=4)
    organisation_add_member(organisation=first, user=parents[0])  # in both organisations
    admin = network_admin(first)

    figures = network_figures()

    audience = figures.learners_by_audience
    everyone = learner_ids(organisation=first) | learner_ids(organisation=second)
    assert parents[0].pk in learner_ids(organisation=first)  # in both, counted once
    assert audience.total.value == len(everyone)
    page = signed_in(admin).get("/en/network/")
    assert page.status_code == HTTPStatus.OK
    html = page.content.decode()
    assert "Impact report: the whole network" in html
    assert f'<th scope="row">Total</th><td>{len(everyone)}</td>' in html
    assert "What learners wrote" not in html
    download = signed_in(admin).get("/en/network/figures.csv")
    assert download.status_code == HTTPStatus.OK
    assert 'filename="impact-network.csv"' in download["Content-Disposition"]


def test_only_network_admins_read_it():
    organisation, *_ = an_organisation(parents=2, pupils=1)
    for client in (
        admin_of(organisation),
        signed_in(member(organisation, Role.TEACHER)),
        signed_in(member(organisation)),
    ):
        assert client.get("/en/network/").status_code == HTTPStatus.NOT_FOUND
        assert client.get("/en/network/figures.csv").status_code == HTTPStatus.NOT_FOUND
        assert 'href="/en/network/"' not in client.get("/en/dashboard/").content.decode()
    assert Client().get("/en/network/").status_code == HTTPStatus.FOUND  # to sign in
    assert signed_in(member(organisation)).post("/en/network/").status_code == 405


def test_a_network_admin_who_manages_no_organisation_goes_straight_to_it():
    admin = network_admin(OrganisationFactory())
    client = signed_in(admin)

    assert client.get("/en/reports/")["Location"] == "/en/network/"
    assert 'href="/en/network/">Network report</a>' in client.get("/en/dashboard/").content.decode()


def test_a_young_person_never_reads_it_whatever_their_roles():
    young = UserFactory(email="", profile__age_band=AgeBand.AGE_15_17)
    organisation = OrganisationFactory()
    organisation_add_member(organisation=organisation, user=young)
    young.memberships.create(organisation=organisation, role=Role.NETWORK_ADMIN)  # the Django admin
    capabilities_forget(user_id=young.pk)

    assert signed_in(young).get("/en/network/").status_code == HTTPStatus.NOT_FOUND


def test_the_networks_months_count_each_person_at_their_earliest_organisation():
    import datetime

    from django.utils import timezone

    from accounts.models import Membership
    from reports.selectors import by_month, learners_first_reached, reach_by_month
    from reports.services import reach_refresh

    first, *_ = an_organisation(parents=12, pupils=3)
    second, _world, parents, *_ = an_organisation(parents=10, pupils=2)
    both = parents[:3]
    for person in both:  # in the second for a year, in the first since last month
        organisation_add_member(organisation=first, user=person)
        Membership.objects.filter(user=person, organisation=second).update(
            created_at=timezone.now() - datetime.timedelta(days=400)
        )
        Membership.objects.filter(user=person, organisation=first).update(
            created_at=timezone.now() - datetime.timedelta(days=35)
        )
    organisations = OrganisationFactory._meta.model.objects.all()
    today = timezone.localdate()
    direct = by_month(learners_first_reached(organisations=organisations), today=today)
    reach_refresh()

    assert reach_by_month(organisations=organisations, today=today) == direct
    assert direct["earlier"] == 3
