from django.core.management.base import BaseCommand

from certificates import services
from certificates.models import Certificate


class Command(BaseCommand):
    help = (
        "Render again and store the PDFs that storage lost (after restoring a backup of the "
        "database without its media, say). Downloads keep working meanwhile: a missing PDF "
        "is rendered for each download and not stored."
    )

    def handle(self, *args, **options):
        restored = 0
        certificates = Certificate.objects.exclude(pdf="").only("id", "pdf").order_by("id")
        for certificate in certificates.iterator(chunk_size=500):
            if not certificate.pdf.storage.exists(certificate.pdf.name):
                services.certificate_rerender(certificate=certificate)
                restored += 1
        self.stdout.write(f"PDFs stored again: {restored}.")
