from django.dispatch import Signal

# Sent after the transaction that submitted an attempt commits; kwargs: attempt.
# Courses listens, to complete a module when its graded quiz is passed.
attempt_submitted = Signal()
