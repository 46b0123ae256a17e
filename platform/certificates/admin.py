from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from .models import Certificate


@admin.register(Certificate)
class CertificateAdmin(admin.ModelAdmin):
    """Find a certificate by code, learner or course; revoking goes through its own page."""

    list_display = ["display_code", "kind", "course_title", "completed_on", "revoked", "revoke"]
    list_filter = ["kind", "revoked_at"]
    search_fields = ["code", "course_title", "organisation_name", "user__username", "user__email"]
    readonly_fields = [f.name for f in Certificate._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(boolean=True, description=_("revoked"))
    def revoked(self, certificate):
        return certificate.is_revoked

    @admin.display(description=_("revoke"))
    def revoke(self, certificate):
        if certificate.is_revoked:
            return "–"
        url = reverse("certificates_revoke", kwargs={"code": certificate.code})
        return format_html('<a href="{}">{}</a>', url, _("Revoke…"))
