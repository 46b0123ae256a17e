from django import template
from django.utils.safestring import mark_safe

from ..page_parts import page_parts as registered_parts

register = template.Library()


@register.simple_tag(takes_context=True)
def page_parts(context, page: str, place: str):
    """The parts other apps registered for this place of the page (accounts/page_parts.py),
    each rendered as an inclusion tag would be: its own template, the page's context."""
    html = []
    for part in registered_parts(page, place):
        part_context = context.new(part.context(context))
        if context.get("csrf_token") is not None:
            part_context["csrf_token"] = context["csrf_token"]
        html.append(context.template.engine.get_template(part.template).render(part_context))
    # Each part is a template, autoescaped as it rendered.
    return mark_safe("".join(html))  # noqa: S308
