from django.dispatch import Signal

# Sent once per enrolment, after the transaction that completed the course commits;
# kwargs: enrolment. The certificate and reminder jobs subscribe to it.
course_completed = Signal()
