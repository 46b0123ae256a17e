from django.dispatch import Signal

# Sent once a certificate's PDF is stored, with `certificate`; after commit.
certificate_issued = Signal()
