"""The certificate as a PDF: HTML rendered by WeasyPrint (Pango shapes Arabic and the
other course scripts), with a QR code to the public verification page."""

import base64
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


DEFAULT_COLOUR = "#14507a"


def _logo_data_uri(organisation) -> str:
    """The organisation's logo, inside the PDF: the renderer fetches nothing."""
    if organisation is None or not organisation.logo:
        return ""
    try:
        with organisation.logo.open("rb") as file:
            content = file.read()
    except OSError:
        return ""  # a logo whose file is gone: the certificate without it
    kind = "jpeg" if organisation.logo.name.lower().endswith((".jpg", ".jpeg")) else "png"
    return f"data:image/{kind};base64,{base64.b64encode(content).decode()}"


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
                "logo": _logo_data_uri(certificate.organisation),
                "colour": getattr(certificate.organisation, "brand_colour", "") or DEFAULT_COLOUR,
            },
        )
    return HTML(string=html, base_url=settings.SITE_URL).write_pdf(font_config=_font_config())
