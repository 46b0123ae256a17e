"""Courses migration 0007: courses and their saved revisions move to the one audience list."""

import importlib

import pytest
from django.db import connection
from django.db.migrations.loader import MigrationLoader

from courses.models import CoursePage

from .factories import course_page

migration = importlib.import_module("courses.migrations.0007_one_audience_list")

pytestmark = pytest.mark.django_db


def _apps_before_0007():
    loader = MigrationLoader(connection)
    return loader.project_state(("courses", "0006_enrolment_last_active")).apps


def _as_before_0007(course, old_value):
    """A course as the previous release stored it: the page, a draft and its revision."""
    revision = course.save_revision()
    CoursePage.objects.filter(pk=course.pk).update(audience=old_value)
    revision.content["audience"] = old_value
    revision.save(update_fields=["content"])
    return revision


def test_the_old_values_become_the_profile_values_in_pages_and_revisions():
    parents = course_page(audience="parent")
    youth = course_page(audience="young_learner")
    parents_revision = _as_before_0007(parents, "parents")
    youth_revision = _as_before_0007(youth, "young-learners")

    migration.forwards(_apps_before_0007(), None)

    assert CoursePage.objects.get(pk=parents.pk).audience == "parent"
    assert CoursePage.objects.get(pk=youth.pk).audience == "young_learner"
    parents_revision.refresh_from_db()
    youth_revision.refresh_from_db()
    assert parents_revision.content["audience"] == "parent"
    assert youth_revision.content["audience"] == "young_learner"
    # A draft published after the upgrade still holds a value the form accepts.
    assert youth_revision.as_object().audience == "young_learner"


def test_going_back_restores_the_old_values():
    mentors = course_page(audience="peer_mentor")
    revision = mentors.save_revision()

    migration.backwards(_apps_before_0007(), None)

    assert CoursePage.objects.get(pk=mentors.pk).audience == "mentors"
    revision.refresh_from_db()
    assert revision.content["audience"] == "mentors"
