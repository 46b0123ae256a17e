from django.dispatch import Signal

# Sent inside the transaction in which a coach approves a peer mentor, with
# `peer_mentor`: receivers write what the approval owes (the certificate's outbox row).
mentor_approved = Signal()
