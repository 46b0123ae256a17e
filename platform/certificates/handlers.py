"""What completions and approvals owe: a certificate, as an outbox row written in the
transaction of the completion or approval itself (see outbox)."""

from outbox import services as outbox

COURSE_CERTIFICATE = "certificates.course"
MENTOR_CERTIFICATE = "certificates.mentor"


def on_course_completed(sender, *, enrolment, **kwargs):
    outbox.enqueue(COURSE_CERTIFICATE, f"enrolment:{enrolment.pk}", {"enrolment": enrolment.pk})


def on_mentor_approved(sender, *, peer_mentor, **kwargs):
    # Approved again after a suspension: the certificate exists, and the row too.
    outbox.enqueue(MENTOR_CERTIFICATE, f"mentor:{peer_mentor.pk}", {"mentor": peer_mentor.pk})
