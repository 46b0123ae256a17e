from django.contrib import admin

from .models import Message


@admin.register(Message)
class MessageAdmin(admin.ModelAdmin):
    """Read-only: what is owed, what was done, and what failed (and why)."""

    list_display = ["kind", "key", "created_at", "due_at", "attempts", "outcome", "done_at"]
    list_filter = ["kind", "outcome"]
    search_fields = ["key"]
    date_hierarchy = "created_at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
