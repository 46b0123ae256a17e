from django.contrib import admin

from .models import ReminderRule, SentNotification


@admin.register(ReminderRule)
class ReminderRuleAdmin(admin.ModelAdmin):
    """Each rule on or off, and its timing. The rules themselves come from a migration."""

    list_display = ["kind", "enabled", "after_days", "max_per_subject", "hours_before"]
    list_editable = ["enabled"]
    readonly_fields = ["kind"]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(SentNotification)
class SentNotificationAdmin(admin.ModelAdmin):
    list_display = ["kind", "subject", "period", "user", "status", "channel", "sent_at"]
    list_filter = ["kind", "status", "channel"]
    readonly_fields = [f.name for f in SentNotification._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
