"""Form widgets for long lists: time zones, countries."""

import functools

from django import forms
from django.utils.html import format_html, format_html_join

from .models import time_zone_names


class LongSelect(forms.Select):
    """Django's Select, same markup, for lists of hundreds: Select renders each option
    through templates of its own (20 ms a page for the 600 time zones, 8 ms for the
    countries), this one joins the options in Python. Grouped choices fall back to
    Select's own rendering."""

    def optgroups(self, name, value, attrs=None):
        if self._grouped():
            return super().optgroups(name, value, attrs)
        return []  # the options are written by render()

    def render(self, name, value, attrs=None, renderer=None):
        if self._grouped():
            return super().render(name, value, attrs, renderer)
        widget = self.get_context(name, value, attrs)["widget"]
        # As django/forms/widgets/attrs.html writes them, in the same order.
        attributes = format_html_join(
            "",
            " {}{}",
            (
                (key, "" if attr is True else format_html('="{}"', attr))
                for key, attr in widget["attrs"].items()
                if attr is not False
            ),
        )
        options = self.options_html(frozenset(widget["value"]))
        return format_html('<select name="{}"{}>{}\n</select>', name, attributes, options)

    def options_html(self, chosen: frozenset[str]) -> str:
        """The options, in the markup of Django's select_option.html."""
        return _options_html(tuple(self.choices), chosen)

    def _grouped(self) -> bool:
        return any(isinstance(label, list | tuple) for _value, label in self.choices)


def _options_html(choices, chosen: frozenset[str]) -> str:
    return format_html_join(
        "",
        '\n  <option value="{}"{}>{}</option>\n',
        (
            ("" if value is None else value, " selected" if str(value) in chosen else "", label)
            for value, label in choices
        ),
    )


@functools.cache
def time_zone_choices() -> tuple[tuple[str, str], ...]:
    """Every zone the system knows, sorted."""
    return tuple((zone, zone) for zone in sorted(time_zone_names()))


@functools.lru_cache(maxsize=64)
def _time_zone_options(chosen: frozenset[str]) -> str:
    return _options_html(time_zone_choices(), chosen)


class TimeZoneSelect(LongSelect):
    """The 600 time zones; their options made once per selection (a few recur)."""

    def __init__(self, attrs=None):
        super().__init__(attrs, choices=time_zone_choices())

    def options_html(self, chosen: frozenset[str]) -> str:
        return _time_zone_options(chosen)

    def _grouped(self) -> bool:
        return False
