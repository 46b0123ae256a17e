import json
import logging

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from . import services
from .badges import open_badge
from .forms import RevokeForm
from .pdf import render_certificate_pdf
from .selectors import certificate_by_code, certificate_of_owner

logger = logging.getLogger(__name__)


@require_GET
def verify(request, code: str):
    """Public: valid or revoked, course, date, organisation. No other personal data."""
    certificate = certificate_by_code(code=code)
    response = render(request, "certificates/verify.html", {"certificate": certificate})
    response["X-Robots-Tag"] = "noindex"
    return response


@login_required
@require_GET
def download_pdf(request, code: str):
    """The learner's own PDF; ?paper=A4 or ?paper=Letter for the other size."""
    certificate = certificate_of_owner(user=request.user, code=code)
    filename = f"certificate-{certificate.code}.pdf"
    paper = request.GET.get("paper", "")
    rendered = HttpResponse(
        content_type="application/pdf",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
    if paper in {"A4", "Letter"} and paper != certificate.paper:
        rendered.content = render_certificate_pdf(certificate, paper=paper)
        return rendered
    if not certificate.pdf:
        raise Http404  # still being made: the dashboard says so
    try:
        stored = certificate.pdf.open("rb")
    except (FileNotFoundError, OSError):
        # Storage lost the file. A GET writes nothing: this download is rendered from the
        # certificate's record, and `manage.py certificates_restore` stores it again.
        logger.warning("Certificate %s: stored PDF missing; rendered for this download", code)
        rendered.content = render_certificate_pdf(certificate, paper=certificate.paper)
        return rendered
    return FileResponse(
        stored,
        as_attachment=True,
        filename=filename,
        content_type="application/pdf",
    )


@login_required
@require_GET
def download_badge(request, code: str):
    certificate = certificate_of_owner(user=request.user, code=code)
    return HttpResponse(
        json.dumps(open_badge(certificate), indent=2, ensure_ascii=False),
        content_type="application/ld+json; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="badge-{certificate.code}.json"'},
    )


def revoke(request, code: str):
    """Staff revoke a certificate, giving a reason."""
    if not request.user.has_perm("certificates.change_certificate"):
        raise Http404
    certificate = certificate_by_code(code=code)
    form = RevokeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.certificate_revoke(
                certificate=certificate, reason=form.cleaned_data["reason"], by=request.user
            )
        except ValidationError as error:
            form.add_error(None, error.messages)
        else:
            messages.success(request, _("The certificate is revoked."))
            return redirect("certificates_verify", code=certificate.code)
    return render(request, "certificates/revoke.html", {"certificate": certificate, "form": form})
