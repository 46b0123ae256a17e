"""The impact report as an organisation's admin reads it: the page, its chart and
table, the CSV with the same figures, and nothing of another organisation."""

import csv
import io
from http import HTTPStatus

import pytest
from django.test import Client

from accounts.models import Audience, Role
from tests.accounts.factories import OrganisationFactory
from tests.reports.test_figures import an_organisation
from tests.roles import member

pytestmark = pytest.mark.django_db


def admin_of(organisation) -> Client:
    client = Client()
    client.force_login(member(organisation, Role.ORG_ADMIN, audience=Audience.TEACHER))
    return client


def test_an_admin_reads_the_figures_with_small_counts_hidden_and_downloads_them():
    organisation, *_ = an_organisation(parents=12, pupils=11)
    client = admin_of(organisation)

    assert client.get("/en/reports/")["Location"] == f"/en/reports/{organisation.slug}/"
    page = client.get(f"/en/reports/{organisation.slug}/")

    assert page.status_code == HTTPStatus.OK
    html = page.content.decode()
    assert f"Impact report: {organisation.name}" in html
    for heading in (
        "People reached, by audience",
        "Enrolments, by course",
        "Knowledge gain, by course",
    ):
        assert f">{heading}</h2>" in html
    # 12 parents and 13 young learners are shown; the 3 teachers (the teacher, the coach,
    # this admin) and the peer mentor are fewer than 10, and stay anything from 0 to 4 to
    # someone who subtracts (tests/reports/test_figures.py has a count hidden for that).
    assert '<th scope="row">Parents and caregivers</th><td>12</td>' in html
    assert '<th scope="row">Young learners</th><td>13</td>' in html
    assert '<th scope="row">Teachers and professionals</th><td>fewer than 10</td>' in html
    assert '<th scope="row">Peer mentors</th><td>fewer than 10</td>' in html
    assert 'class="bar-chart"' in html

    download = client.get(f"/en/reports/{organisation.slug}/figures.csv")
    assert download.status_code == HTTPStatus.OK
    assert download["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(download.content.decode())))
    assert rows[0] == ["Figure", "Group", "Count"]
    audience = {row[1]: row[2] for row in rows if row[0] == "People reached, by audience"}
    assert audience["Total"] == "29"  # 12 parents, 11 pupils, 2 peers, a mentor, 3 adults
    assert "fewer than 10" in audience.values()
    # Every count the CSV shows is one the page shows.
    for row in rows[1:]:
        if row[2].isdigit():
            assert f"<td>{int(row[2]):,}</td>" in html


def test_another_organisations_admin_gets_its_own_report_and_not_this_one():
    organisation, *_ = an_organisation(parents=12, pupils=0)
    other = OrganisationFactory()
    client = admin_of(other)

    assert client.get("/en/reports/")["Location"] == f"/en/reports/{other.slug}/"
    for url in (
        f"/en/reports/{organisation.slug}/",
        f"/en/reports/{organisation.slug}/figures.csv",
    ):
        assert client.get(url).status_code == HTTPStatus.NOT_FOUND
    own = client.get(f"/en/reports/{other.slug}/").content.decode()
    assert "fewer than 10" in own  # its one admin


@pytest.mark.parametrize("parents", [10, 40])
def test_the_report_takes_the_same_queries_for_any_size(parents, django_assert_max_num_queries):
    organisation, *_ = an_organisation(parents=parents, pupils=parents // 4)
    client = admin_of(organisation)
    client.get(f"/en/reports/{organisation.slug}/")

    # The session's user, the organisation, the figures' twelve queries at most, and the
    # learners' comments (two).
    with django_assert_max_num_queries(16):
        response = client.get(f"/en/reports/{organisation.slug}/")
    assert response.status_code == HTTPStatus.OK
