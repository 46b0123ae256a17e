from django.dispatch import Signal

# Sent after commit when a coach approves a peer mentor, with `peer_mentor`.
mentor_approved = Signal()
