"""Issue certificates when courses complete and coaches approve mentors."""

import logging

from kombu.exceptions import OperationalError

from .tasks import certificate_issue_task, certificate_mentor_task

logger = logging.getLogger(__name__)


def on_course_completed(sender, *, enrolment, **kwargs):
    # Already after commit (course_completed is sent on commit). If the broker is down
    # the completion stays in the database and the sweep issues the certificate.
    try:
        certificate_issue_task.delay(enrolment.pk)
    except OperationalError as error:  # the broker is down: expected, no traceback
        logger.warning("Enrolment %s: certificate left to the sweep (%s)", enrolment.pk, error)
    except Exception:
        logger.exception("Enrolment %s: certificate task not sent; the sweep will", enrolment.pk)


def on_mentor_approved(sender, *, peer_mentor, **kwargs):
    try:
        certificate_mentor_task.delay(peer_mentor.pk)
    except OperationalError as error:
        logger.warning("Mentor %s: certificate left to the sweep (%s)", peer_mentor.pk, error)
    except Exception:
        logger.exception("Mentor %s: certificate task not sent; the sweep will", peer_mentor.pk)
