from django import template

from ..models import InAppNotice

register = template.Library()


@register.inclusion_tag("notifications/includes/notices.html", takes_context=True)
def my_notices(context):
    """Unread in-app notices of the signed-in user (one query)."""
    user = context["request"].user
    notices = (
        list(InAppNotice.objects.filter(user=user, read_at__isnull=True)[:10])
        if user.is_authenticated
        else []
    )
    return {"notices": notices, "csrf_token": context.get("csrf_token")}
