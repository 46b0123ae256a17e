"""The certificate as a PDF: HTML rendered by WeasyPrint (Pango shapes Arabic and the
other course scripts), with a QR code to the public verification page."""

from functools import cache

import segno
from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation


def verification_url(certificate) -> str:
    with translation.override(certificate.language):
        path = reverse("certificates_verify", kwargs={"code": certificate.code})
    return settings.SITE_URL + path


@cache
def _font_config():
    """WeasyPrint's fonts, found once per process: a quarter of each PDF's time."""
    from weasyprint.text.fonts import FontConfiguration

    return FontConfiguration()


def render_certificate_pdf(certificate, *, paper: str | None = None) -> bytes:
    """PDF bytes on A4 or US Letter (the learner's by default)."""
    from weasyprint import HTML  # 0.5 s to import: only where PDFs are made

    url = verification_url(certificate)
    with translation.override(certificate.language):
        html = render_to_string(
            "certificates/certificate_pdf.html",
            {
                "certificate": certificate,
                "paper": paper or certificate.paper,
                "verify_url": url,
                "qr": segno.make(url, error="m").png_data_uri(scale=4, border=0),
                "bidi": translation.get_language_bidi(),
                "LANGUAGE_CODE": certificate.language,
            },
        )
    return HTML(string=html, base_url=settings.SITE_URL).write_pdf(font_config=_font_config())
