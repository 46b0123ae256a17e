from django.dispatch import Signal

# Sent once a certificate's PDF is stored, with `certificate`, inside the transaction that
# records the PDF: receivers write what it owes (the "certificate ready" message).
certificate_issued = Signal()
