from django import template

from ..selectors import certificates_of

register = template.Library()


@register.inclusion_tag("certificates/includes/dashboard.html", takes_context=True)
def my_certificates(context):
    """The signed-in learner's certificates, for the dashboard (one query)."""
    return {"certificates": certificates_of(user=context["request"].user)}
