from django.dispatch import Signal

# Sent inside the transaction that submits an attempt; kwargs: attempt. Courses listens,
# to complete a module (and its course) when its graded quiz is passed: in the same
# transaction, so that the attempt and the completion are written together or not at all.
attempt_submitted = Signal()
