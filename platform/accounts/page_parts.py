"""Parts that apps higher up add to pages of apps below them.

Apps import only the apps below them (docs/architecture.md), yet some pages show what a
higher app knows: the learner's dashboard (in courses) shows their classes, notices and
certificates; the profile page (in accounts) links to a parent's agreement (privacy).
The page cannot ask those apps; each registers its part when Django starts, in its
AppConfig.ready, and the page shows what is registered, in order:

    page_part_register(
        PagePart(
            page="dashboard",
            place="above_courses",
            order=20,
            template="classrooms/includes/dashboard.html",
            context=my_classes,  # (the page's template context) -> the part's context
        )
    )

The page's template places them with `{% load page_parts %}{% page_parts "dashboard"
"above_courses" %}`; each part renders like an inclusion tag, in the page's context,
with no query beyond what its context function makes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class PagePart:
    page: str
    place: str
    order: int
    template: str
    context: Callable[[object], dict]


# By page, place and template: registering a part again replaces it (ready() may run
# twice in tests).
_PARTS: dict[tuple[str, str, str], PagePart] = {}


def page_part_register(part: PagePart) -> None:
    _PARTS[(part.page, part.place, part.template)] = part


def page_parts(page: str, place: str) -> list[PagePart]:
    parts = (part for part in _PARTS.values() if (part.page, part.place) == (page, place))
    return sorted(parts, key=lambda part: (part.order, part.template))
