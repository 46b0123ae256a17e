"""An organisation's figures: the same as counting by hand, nobody else's learners, and
the same number of queries for a small and a larger organisation."""

import datetime
from collections import Counter

import pytest

from accounts.models import Audience, Role, User
from courses.models import Enrolment
from courses.services import course_enrol
from mentoring.models import MentoringSession
from reports.selectors import EARLIER, by_month, learner_ids, organisation_figures
from reports.suppression import K, Shown
from tests.accounts.factories import OrganisationFactory
from tests.roles import (
    a_pupil_in_class,
    a_teacher_with_class,
    an_approved_mentor_with_peers,
    member,
)

pytestmark = pytest.mark.django_db


def an_organisation(parents: int, pupils: int):
    organisation = OrganisationFactory(country="NL")
    world = a_teacher_with_class(organisation)
    parent_users = [
        member(organisation, Role.MEMBER, audience=Audience.PARENT, country="NL")
        for _ in range(parents)
    ]
    pupil_users = [
        a_pupil_in_class(world.classroom, nickname=f"Pupil {n}").pupil for n in range(pupils)
    ]
    mentoring = an_approved_mentor_with_peers(organisation, peers=("Kai", "Noor"))
    for user in parent_users + pupil_users:
        course_enrol(user=user, course=world.course)
    return organisation, world, parent_users, pupil_users, mentoring


def by_hand(organisation, people) -> dict:
    """The figures counted one person at a time, without the selector's queries."""
    people = [User.objects.get(pk=person.pk) for person in people]  # as saved
    audiences = Counter(person.profile.audience for person in people)
    countries = Counter(person.profile.country.code for person in people)
    enrolments = Counter(
        enrolment.course.title for person in people for enrolment in person.enrolments.all()
    )
    return {"audience": audiences, "country": countries, "enrolments": enrolments}


def test_the_figures_count_what_counting_by_hand_counts_and_nobody_elses():
    organisation, world, parents, pupils, mentoring = an_organisation(parents=12, pupils=11)
    an_organisation(parents=15, pupils=3)  # another organisation, counted apart
    people = [world.teacher, *parents, *pupils, mentoring.coach, mentoring.mentor, *mentoring.peers]

    figures = organisation_figures(organisation=organisation)

    assert learner_ids(organisation=organisation) == {person.pk for person in people}
    expected = by_hand(organisation, people)
    for breakdown, counted in (
        (figures.learners_by_audience, expected["audience"]),
        (figures.learners_by_country, expected["country"]),
        (figures.enrolments_by_course, expected["enrolments"]),
    ):
        assert {cell.label: cell.count for cell in breakdown.parts} == dict(counted)
        assert breakdown.total.count == sum(counted.values())
    # Parents and young learners are shown; the teacher, the coach and the peer mentor
    # are fewer than ten, and so hidden with the smallest shown part beside them.
    shown = {cell.label: cell.shown for cell in figures.learners_by_audience.parts}
    assert shown[Audience.PARENT] is Shown.VALUE or shown[Audience.YOUNG_LEARNER] is Shown.VALUE
    assert shown[Audience.TEACHER] is Shown.FEWER_THAN_K
    assert list(shown.values()).count(Shown.HIDDEN) == 1
    assert figures.learners_by_audience.total.value == len(people)


def test_no_shown_figure_counts_fewer_than_ten_people():
    organisation, *_ = an_organisation(parents=12, pupils=2)

    figures = organisation_figures(organisation=organisation)

    for breakdown in vars(figures).values():
        if isinstance(breakdown, list):  # the knowledge gains: their own threshold
            continue
        for cell in (*breakdown.parts, breakdown.total):
            if cell.value is not None:
                assert cell.value >= K
    assert figures.concerns_by_status.total.shown is Shown.FEWER_THAN_K  # none raised


@pytest.mark.parametrize("parents", [10, 40])
def test_the_figures_take_the_same_queries_for_any_size(parents, django_assert_num_queries):
    organisation, *_ = an_organisation(parents=parents, pupils=parents // 4)

    # People by month take two (the nightly table, and whoever it misses), the gains one
    # when no test was taken, the evaluations one.
    with django_assert_num_queries(11):
        organisation_figures(organisation=organisation)


def test_certificates_count_the_valid_ones_of_the_organisations_learners():
    from django.utils import timezone

    from certificates.models import Certificate
    from tests.certificates.factories import course_with_modules, issued_certificate

    organisation, _world, parents, _pupils, _mentoring = an_organisation(parents=12, pupils=0)
    course = course_with_modules(1)  # one course for all: a certificate is per learner
    certificates = [issued_certificate(user=parent, course=course) for parent in parents[:11]]
    Certificate.objects.filter(pk=certificates[0].pk).update(revoked_at=timezone.now())
    issued_certificate(course=course)  # someone else's

    figures = organisation_figures(organisation=organisation)

    counted = {cell.label: cell.count for cell in figures.certificates_by_kind.parts}
    valid = Certificate.objects.filter(
        user_id__in=learner_ids(organisation=organisation), revoked_at__isnull=True
    )
    assert counted == {kind: valid.filter(kind=kind).count() for kind in Certificate.Kind.values}
    assert counted[Certificate.Kind.COURSE] == 10


def test_knowledge_gain_is_averaged_per_course_from_ten_learners_who_took_both_tests():
    from quizzes.models import Quiz
    from tests.courses.factories import course_page, module_page
    from tests.quizzes.factories import ALL_RIGHT, quiz_with_questions, take

    organisation, _world, parents, _pupils, _mentoring = an_organisation(parents=13, pupils=0)
    pre = quiz_with_questions(title="Before", kind=Quiz.Kind.PRE_TEST)
    post = quiz_with_questions(title="After", kind=Quiz.Kind.POST_TEST)
    half = {"single": ["single B"], "multiple": ["multi A"], "true_false": ["False"]}
    many = module_page(course_page(title="Safe at home"))
    few = module_page(course_page(title="Safe at school"))
    for parent in parents[:10]:  # 10 took both tests of the first course
        take(parent, pre, half, context_id=many.pk)
        take(parent, post, ALL_RIGHT, context_id=many.pk)
    for parent in parents[10:]:  # 3 took both tests of the second
        take(parent, pre, half, context_id=few.pk)
        take(parent, post, ALL_RIGHT, context_id=few.pk)
    take(parents[0], pre, half, context_id=few.pk)  # a pre-test alone counts for nothing

    gains = {gain.course: gain for gain in organisation_figures(organisation=organisation).gains}

    assert set(gains) == {"Safe at home", "Safe at school"}
    by_hand = [
        parent.quiz_attempts.get(quiz=post, context_id=many.pk).score
        - parent.quiz_attempts.get(quiz=pre, context_id=many.pk).score
        for parent in parents[:10]
    ]
    assert gains["Safe at home"].learners == 10
    assert gains["Safe at home"].points == sum(by_hand) / 10
    assert gains["Safe at home"].points > 0
    assert gains["Safe at school"].learners == 3
    assert gains["Safe at school"].points is None  # fewer than 10: no average shown


def test_people_count_in_the_month_they_were_first_reached_and_older_ones_together():
    import datetime

    from django.utils import timezone

    today = datetime.date(2026, 12, 7)
    at = lambda *day: timezone.make_aware(datetime.datetime(*day, 12))  # noqa: E731
    first = {1: at(2026, 12, 1), 2: at(2026, 1, 31), 3: at(2025, 12, 31), 4: at(2026, 12, 6)}

    counts = by_month(first, today=today)

    assert counts == {EARLIER: 1, "2026-01": 1, "2026-12": 2}
    assert list(counts) == [EARLIER, "2026-01", "2026-12"]  # in order, empty months left out


def test_the_months_add_up_to_everyone_reached_and_sessions_are_counted():
    from mentoring.models import MentoringSession

    organisation, _world, _parents, _pupils, mentoring = an_organisation(parents=12, pupils=3)
    MentoringSession.objects.create(
        group=mentoring.group, held_on=datetime.date.today(), attendance=2, topic="Sharing photos"
    )

    figures = organisation_figures(organisation=organisation)

    reached = len(learner_ids(organisation=organisation))
    assert sum(cell.count for cell in figures.learners_by_month.parts) == reached
    assert EARLIER not in {cell.label for cell in figures.learners_by_month.parts}
    sessions = {cell.label: cell.count for cell in figures.sessions_by_kind.parts}
    assert sessions == {"class": 0, "mentoring": 1}


def test_attendance_counts_pupils_at_finished_lessons_and_peers_at_mentoring_sessions():
    from classrooms.live_sessions import session_end, session_join, session_schedule, session_start

    organisation, world, _parents, pupils, mentoring = an_organisation(parents=12, pupils=11)
    for day in (1, 2):
        session = session_start(
            session=session_schedule(
                classroom=world.classroom,
                module=world.first,
                date=datetime.date.today() + datetime.timedelta(days=day),
                time=datetime.time(9),
                time_zone="UTC",
            )
        )
        for pupil in pupils[: 6 * day]:  # 6, then 12 pupils: 11 is all there are
            session_join(session=session, pupil=pupil)
        session_end(session=session)
    # A session still running is not yet held.
    running = session_start(
        session=session_schedule(
            classroom=world.classroom,
            module=world.first,
            date=datetime.date.today() + datetime.timedelta(days=3),
            time=datetime.time(9),
            time_zone="UTC",
        )
    )
    session_join(session=running, pupil=pupils[0])
    for attendance in (3, 4, 5):
        MentoringSession.objects.create(
            group=mentoring.group,
            held_on=datetime.date.today(),
            attendance=attendance,
            topic="Photos",
        )

    figures = organisation_figures(organisation=organisation)

    sessions = {cell.label: cell.count for cell in figures.sessions_by_kind.parts}
    attendance = {cell.label: cell.count for cell in figures.attendance_by_kind.parts}
    assert sessions == {"class": 2, "mentoring": 3}
    assert attendance == {"class": 6 + 11, "mentoring": 12}


def test_two_courses_with_the_same_title_are_counted_apart():
    from tests.courses.factories import course_page

    organisation, world, parents, _pupils, _mentoring = an_organisation(parents=12, pupils=0)
    twin = course_page(title=world.course.title)
    for parent in parents:
        course_enrol(user=parent, course=twin)

    figures = organisation_figures(organisation=organisation)

    enrolments = {cell.label: cell.count for cell in figures.enrolments_by_course.parts}
    assert enrolments[f"{world.course.title} ({world.course.pk})"] == (
        Enrolment.objects.filter(course=world.course).count()
    )
    assert enrolments[f"{world.course.title} ({twin.pk})"] == 12


def test_another_organisations_own_course_is_not_named_in_the_report():
    from tests.courses.factories import course_page

    organisation, world, parents, _pupils, _mentoring = an_organisation(parents=12, pupils=0)
    other = OrganisationFactory()
    theirs = course_page(title="The other's own course", organisation=other)
    ours = course_page(title="Our own course", organisation=organisation)
    for parent in parents:  # people of both organisations, following both courses
        other.members.add(parent)
        course_enrol(user=parent, course=theirs)
        course_enrol(user=parent, course=ours)

    labels = {
        cell.label
        for cell in organisation_figures(organisation=organisation).enrolments_by_course.parts
    }
    other_labels = {
        cell.label for cell in organisation_figures(organisation=other).enrolments_by_course.parts
    }

    assert "Our own course" in labels and "The other's own course" not in labels
    assert "The other's own course" in other_labels and "Our own course" not in other_labels


def test_the_nightly_table_and_the_live_count_give_the_direct_count():
    from django.utils import timezone

    from accounts.models import Membership
    from reports.models import Reached
    from reports.selectors import reach_by_month
    from reports.services import reach_refresh

    organisation, world, parents, pupils, mentoring = an_organisation(parents=12, pupils=11)
    for months, parent in enumerate(parents):  # joined over the last year and a half
        Membership.objects.filter(user=parent).update(
            created_at=timezone.now() - datetime.timedelta(days=45 * months)
        )
    today = timezone.localdate()
    direct = by_month(learner_ids_first(organisation), today=today)
    assert len(direct) > 6 and "earlier" in direct

    # Never refreshed: everyone is counted live.
    assert reach_by_month(organisations=[organisation], today=today) == direct
    assert reach_refresh() >= 28
    assert Reached.objects.filter(organisation=organisation).count() == sum(direct.values())
    assert reach_by_month(organisations=[organisation], today=today) == direct

    # Since the refresh: two newcomers are counted live, a removed member is not counted.
    newcomers = [member(organisation, audience=Audience.PARENT) for _ in range(2)]
    parents[0].memberships.all().delete()
    after = by_month(learner_ids_first(organisation), today=today)
    assert sum(after.values()) == sum(direct.values()) + 2 - 1
    assert reach_by_month(organisations=[organisation], today=today) == after
    assert newcomers[0].pk not in Reached.objects.values_list("user_id", flat=True)


def learner_ids_first(organisation):
    from reports.selectors import learners_first_reached

    return learners_first_reached(organisations=[organisation])
