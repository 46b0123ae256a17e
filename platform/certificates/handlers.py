"""Issue certificates when courses complete and coaches approve mentors."""

import logging

from .tasks import certificate_issue_task, certificate_mentor_task

logger = logging.getLogger(__name__)


def on_course_completed(sender, *, enrolment, **kwargs):
    # Already after commit (course_completed is sent on commit). If the broker is down
    # the completion stays in the database and the sweep issues the certificate.
    try:
        certificate_issue_task.delay(enrolment.pk)
    except Exception:
        logger.exception("Enrolment %s: certificate task not sent; the sweep will", enrolment.pk)


def on_mentor_approved(sender, *, peer_mentor, **kwargs):
    try:
        certificate_mentor_task.delay(peer_mentor.pk)
    except Exception:
        logger.exception("Mentor %s: certificate task not sent; the sweep will", peer_mentor.pk)
