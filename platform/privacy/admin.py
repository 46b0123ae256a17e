from django.contrib import admin

from .models import DataRequest, ParentalConsent


@admin.register(ParentalConsent)
class ParentalConsentAdmin(admin.ModelAdmin):
    """Read-only: consent is given or withdrawn by the parent, never by staff."""

    list_display = ["child", "status", "country", "requested_at", "decided_at"]
    list_filter = ["status", "country"]
    fields = ["child", "parent_email", "country", "consent_age", "status", "requested_at"]
    readonly_fields = fields

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(DataRequest)
class DataRequestAdmin(admin.ModelAdmin):
    list_display = ["about", "organisation", "kind", "status", "due_at"]
    list_filter = ["status", "kind", "organisation"]
    readonly_fields = ["received_at", "submission"]
