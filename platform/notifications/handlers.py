import logging

logger = logging.getLogger(__name__)


def on_certificate_issued(sender, *, certificate, **kwargs):
    """Tell the learner their certificate is ready (e-mail, or a notice without one)."""
    from .services import certificate_ready_queue

    certificate_ready_queue(certificate=certificate)
