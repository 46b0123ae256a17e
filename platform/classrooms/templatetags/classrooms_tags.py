from django import template
from django.conf import settings

from ..selectors import classes_for_dashboard

register = template.Library()


@register.inclusion_tag("classrooms/includes/dashboard.html", takes_context=True)
def my_classes(context, heading=True):
    """The signed-in pupil's classes and any live session, for the dashboard (and, with
    heading=False, under the "My classes" page's own heading)."""
    return {
        "heading": heading,
        "classes": classes_for_dashboard(user=context["request"].user),
        "refresh_seconds": settings.CLASSROOMS_DASHBOARD_REFRESH_SECONDS,
    }
