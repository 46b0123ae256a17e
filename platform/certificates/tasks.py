"""Certificate jobs. A completion's certificate is an outbox row (see handlers.py); the
sweep here repairs what has none (older data, a future bug) and PDFs left unrendered."""

import logging

from celery import shared_task

from . import services

logger = logging.getLogger(__name__)


def _each(ids, issue, label) -> int:
    """Issue each; how many were done by this batch (not those another worker did)."""
    done = 0
    for pk in ids:
        try:
            done += bool(issue(pk))
        except Exception:
            # One broken certificate must not hold up the others; the next sweep retries.
            logger.exception("%s %s: certificate not issued", label, pk)
    return done


def _issued_now(certificate) -> bool:
    return certificate is not None and bool(certificate.pdf)


@shared_task
def certificates_batch_task(kind: str, ids: list[int]) -> int:
    """One batch of the sweep: enrolments, mentors or PDFs to render. Logs and returns
    what it issued or rendered, which may be fewer than it was given."""
    if kind == "enrolments":
        done = _each(
            ids,
            lambda pk: _issued_now(services.certificate_for_enrolment(enrolment_id=pk)),
            "Enrolment",
        )
    elif kind == "mentors":
        done = _each(
            ids,
            lambda pk: _issued_now(services.certificate_for_mentor(peer_mentor_id=pk)),
            "Mentor",
        )
    elif kind == "renders":
        done = _each(ids, lambda pk: services.certificate_render(certificate_id=pk), "Certificate")
    else:
        return 0
    if done:
        logger.info("Certificate sweep: %s %s of %s done", done, kind, len(ids))
    return done


@shared_task
def certificates_sweep_task() -> int:
    """Every minute: queue what completions are missing (Redis was down, a worker died).

    Returns how many it queued; each batch logs how many it issued.
    """
    batches = services.certificates_sweep_ids()
    queued = 0
    for kind, groups in batches.items():
        for ids in groups:
            certificates_batch_task.delay(kind, ids)
            queued += len(ids)
    return queued
