from django.dispatch import Signal

# Sent once per enrolment, inside the transaction that completes the course; kwargs:
# enrolment. Receivers write what the completion owes (the certificate's outbox row) in
# that same transaction, so a completion never exists without it. They do no I/O.
course_completed = Signal()
