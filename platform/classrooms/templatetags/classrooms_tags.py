from django import template

from ..selectors import classes_for_dashboard

register = template.Library()


@register.inclusion_tag("classrooms/includes/dashboard.html", takes_context=True)
def my_classes(context):
    """The signed-in pupil's classes and any live session, for the dashboard."""
    return {"classes": classes_for_dashboard(user=context["request"].user)}
