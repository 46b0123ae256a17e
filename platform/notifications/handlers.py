from .services import certificate_ready_queue


def on_certificate_issued(sender, *, certificate, **kwargs):
    """Owe the learner a "certificate ready" message (e-mail, or a notice without one),
    in the transaction that stored the PDF."""
    certificate_ready_queue(certificate=certificate)
