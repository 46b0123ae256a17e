from django.core.management.base import BaseCommand

from certificates import services


class Command(BaseCommand):
    help = (
        "Issue the certificates that are missing (and render missing PDFs) now, in this "
        "process. Beat runs the same sweep through Celery every ten minutes."
    )

    def handle(self, *args, **options):
        work = services.certificates_sweep_ids()
        issued = 0
        for ids in work["enrolments"]:
            for pk in ids:
                issued += services.certificate_for_enrolment(enrolment_id=pk) is not None
        for ids in work["mentors"]:
            for pk in ids:
                issued += services.certificate_for_mentor(peer_mentor_id=pk) is not None
        rendered = sum(
            services.certificate_render(certificate_id=pk) for ids in work["renders"] for pk in ids
        )
        self.stdout.write(f"Certificates issued: {issued}. PDFs rendered again: {rendered}.")
