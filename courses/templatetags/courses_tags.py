from django import template

register = template.Library()


@register.filter
def get_item(mapping, key):
    """Look a key up in a dict: {{ reflections|get_item:block.id }}."""
    if not mapping:
        return None
    return mapping.get(key)
