from django import template

register = template.Library()


@register.filter
def get_item(mapping, key):
    """Look a key up in a dict: {{ reflections|get_item:block.id }}."""
    if not mapping:
        return None
    # Keys that came through a form or JSON are strings; ids in templates are ints.
    return mapping.get(key, mapping.get(str(key)))


@register.filter
def module_state(progress, module):
    """completed / started / not_started for a module in a CourseProgress."""
    return progress.state(module) if progress else "not_started"
