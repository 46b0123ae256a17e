"""Writes for courses."""

import logging

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Locale

from accounts.models import User
from accounts.services import ORGANISATION_EDITOR_GROUP
from quizzes.models import Attempt

from .delivery.caching import PAGES, bump
from .delivery.module_page import LearnerInModule
from .models import (
    CourseEvaluation,
    CoursePage,
    Enrolment,
    EvaluationGiven,
    ModulePage,
    ModuleProgress,
    Reflection,
)
from .signals import course_completed

logger = logging.getLogger(__name__)


def reflection_save(*, user: User, module: ModulePage, block_id: str, text: str) -> Reflection:
    """Keep the learner's private answer to one reflection prompt (one row per prompt)."""
    prompt_ids = {
        block.id
        for body in (module.body, module.easy_read_body)
        for block in body
        if block.block_type == "reflection"
    }
    if block_id not in prompt_ids:
        raise ValidationError(_("This reflection prompt is not on the page."))
    reflection, _created = Reflection.objects.update_or_create(
        user=user, module=module, block_id=block_id, defaults={"text": text}
    )
    return reflection


EDITOR_GROUP = "Editors"
EDITOR_MODELS = (
    ("courses", "glossaryterm"),
    ("safeguarding", "helpservice"),
    ("quizzes", "quiz"),
)


def editors_grant_content_permissions() -> None:
    """Let Wagtail's Editors group manage glossary, help directory, quizzes and translations,
    and keep the "Organisation editors" group beside it.

    Wagtail gives Editors the page tree, images and documents; our snippets need model
    permissions of their own. An organisation's content editors get what Editors have,
    and may publish pages too, but are not Moderators: Wagtail's moderation workflow
    asks Moderators to approve any page, and they approve nothing of another side's.
    Which pages and snippets each may change is decided per object (courses.models.
    OwnedPagePermissionTester, accounts.owned_snippets). Idempotent; does nothing
    before Wagtail's groups and root page exist.
    """
    from django.contrib.auth.models import Group, Permission
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import GroupCollectionPermission, GroupPagePermission, Page

    group = Group.objects.filter(name=EDITOR_GROUP).first()
    root = Page.get_first_root_node()
    if group is None or root is None:
        return
    permissions = Permission.objects.filter(
        content_type__app_label__in={app for app, _model in EDITOR_MODELS},
        content_type__model__in={model for _app, model in EDITOR_MODELS},
    ) | Permission.objects.filter(
        content_type__app_label="wagtail_localize", codename="submit_translation"
    )
    group.permissions.add(*permissions)

    organisation_editors, _created = Group.objects.get_or_create(name=ORGANISATION_EDITOR_GROUP)
    organisation_editors.permissions.add(*group.permissions.all())
    for row in GroupCollectionPermission.objects.filter(group=group):
        GroupCollectionPermission.objects.get_or_create(
            group=organisation_editors, collection=row.collection, permission=row.permission
        )
    page_type = ContentType.objects.get_for_model(Page)
    for codename in ("add_page", "change_page", "publish_page"):
        permission = Permission.objects.filter(content_type=page_type, codename=codename).first()
        if permission is not None:
            GroupPagePermission.objects.get_or_create(
                group=organisation_editors, page=root, permission=permission
            )


# Enrolment and progress ---------------------------------------------------------


def course_enrol(*, user: User, course: CoursePage) -> Enrolment:
    """Enrol the learner; enrolling again returns the same enrolment."""
    enrolment, _created = Enrolment.objects.get_or_create(user=user, course=course)
    return enrolment


# How often reading a module page records the opening again. The reminder sweep counts
# inactivity in days and reports show the last visit, so minutes are precise enough,
# and a learner who reloads or pages back and forth costs no writes.


def module_open(*, user: User, module: ModulePage, learner: LearnerInModule | None = None) -> bool:
    """Record that an enrolled learner opened the module (started, last seen, active).

    Given what the page read about the learner (since OPENING_RECORDED_EVERY ago), it
    writes nothing unless they are enrolled and not recorded lately. True if it wrote.
    """
    if learner is not None:
        if not learner.enrolled or learner.recorded_since:
            return False
        course_id = learner.course_id
    else:
        course_id = module.get_parent().pk
    now = timezone.now()
    # One query both checks the enrolment and records the activity.
    if not Enrolment.objects.filter(user=user, course_id=course_id).update(last_active_at=now):
        return False
    progress, created = ModuleProgress.objects.get_or_create(user=user, module=module)
    if not created:
        progress.save(update_fields=["last_seen_at"])
    return True


@transaction.atomic
def module_complete(*, user: User, module: ModulePage) -> ModuleProgress:
    """Mark the module complete (once) and complete the course if it was the last one."""
    course = module.get_parent().specific
    enrolment = course_enrol(user=user, course=course)
    Enrolment.objects.filter(pk=enrolment.pk).update(last_active_at=timezone.now())
    progress, _created = ModuleProgress.objects.get_or_create(user=user, module=module)
    if progress.completed_at is None:
        ModuleProgress.objects.filter(pk=progress.pk, completed_at__isnull=True).update(
            completed_at=timezone.now()
        )
        progress.refresh_from_db()
    course_complete_if_done(enrolment=enrolment)
    return progress


def module_mark_done(*, user: User, module: ModulePage) -> ModuleProgress:
    """The learner says they read a module whose rule is 'read and marked as done'."""
    if module.completion_rule != ModulePage.CompletionRule.READ:
        raise ValidationError(_("This module is completed by passing its quiz."))
    return module_complete(user=user, module=module)


@transaction.atomic
def course_complete_if_done(*, enrolment: Enrolment) -> bool:
    """Record the completion moment once, when every required live module is complete.

    Sends course_completed inside the transaction: the certificate it owes is written
    with the completion, or neither is.
    """
    # Lock the enrolment: two modules completing at once must not both miss the other.
    enrolment = Enrolment.objects.select_for_update().select_related("course").get(pk=enrolment.pk)
    if enrolment.completed_at is not None:
        return False
    required = ModulePage.objects.child_of(enrolment.course).live().filter(required=True)
    done = ModuleProgress.objects.filter(
        user_id=enrolment.user_id, module__in=required, completed_at__isnull=False
    )
    if not required.exists() or done.count() < required.count():
        return False
    updated = Enrolment.objects.filter(pk=enrolment.pk, completed_at__isnull=True).update(
        completed_at=timezone.now()
    )
    if updated:
        enrolment.refresh_from_db()
        course_completed.send(sender=Enrolment, enrolment=enrolment)
    return bool(updated)


def completions_repair(*, batch_size: int = 500) -> int:
    """Complete what passed attempts should have completed and did not (older data, a
    process that died between two steps before they shared a transaction, a future bug).

    Idempotent: a module already complete stays as it is. Returns how many attempts led
    to a repair. Works in batches of ids (two queries a batch), normally none at all.
    """
    quiz_modules = ModulePage.objects.filter(completion_rule=ModulePage.CompletionRule.QUIZ)
    completed = ModuleProgress.objects.filter(
        user_id=OuterRef("user_id"), module_id=OuterRef("context_id"), completed_at__isnull=False
    )
    stranded = (
        Attempt.objects.filter(
            status=Attempt.Status.SUBMITTED,
            passed=True,
            context_id__in=quiz_modules.values("pk"),
        )
        .filter(~Exists(completed))
        .select_related("user")
        .order_by("pk")
    )
    repaired, after = 0, 0
    while batch := list(stranded.filter(pk__gt=after)[:batch_size]):
        after = batch[-1].pk
        for attempt in batch:
            # An attempt whose quiz left the module since completes nothing: skipped.
            if module_complete_for_passed_attempt(attempt=attempt) is not None:
                repaired += 1
                logger.warning(
                    "Repaired: attempt %s of user %s completes module %s",
                    attempt.pk,
                    attempt.user_id,
                    attempt.context_id,
                )
    return repaired


def module_complete_for_passed_attempt(*, attempt) -> ModuleProgress | None:
    """A passed graded quiz completes the module it was taken on, if that is its rule."""
    if not attempt.passed or attempt.context_id is None:
        return None
    module = ModulePage.objects.filter(pk=attempt.context_id).first()
    if module is None or module.completion_rule != ModulePage.CompletionRule.QUIZ:
        return None
    if attempt.quiz_id not in module.quiz_ids():
        return None
    return module_complete(user=attempt.user, module=module)


# End-of-course evaluation ----------------------------------------------------------


def evaluation_submit(
    *,
    user: User,
    course: CoursePage,
    organisation,
    useful: int,
    confident: int,
    comment: str = "",
    named: bool = False,
) -> CourseEvaluation:
    """Record the learner's evaluation of a course they completed, for the organisation
    that reached them, once: the mark that they answered and the answers, in one
    transaction. Anonymous unless `named`."""
    try:
        with transaction.atomic():
            EvaluationGiven.objects.create(user=user, course=course)
            return CourseEvaluation.objects.create(
                course=course,
                organisation=organisation,
                useful=useful,
                confident=confident,
                comment=comment.strip(),
                learner=user if named else None,
                given_on=timezone.localdate(),
            )
    except IntegrityError:
        raise ValidationError(_("You already told us what you thought of this course.")) from None


def course_owner_to_translations(*, course: CoursePage) -> int:
    """A course's translations belong to whom the course belongs (a course given to an
    organisation is not left public in another language): called when any of them is
    published. The default language's page says whose it is (else the one published,
    for a course written in another language first). Returns how many pages changed; a
    change replaces the pages version."""
    source = (
        CoursePage.objects.filter(
            translation_key=course.translation_key, locale=Locale.get_default()
        ).first()
        or course
    )
    changed = (
        CoursePage.objects.filter(translation_key=course.translation_key)
        .exclude(pk=source.pk)
        .exclude(organisation_id=source.organisation_id)
        .update(organisation_id=source.organisation_id)
    )
    if changed:
        bump(PAGES)  # update() sends no signal: the route map and the owners map move on
    return changed
