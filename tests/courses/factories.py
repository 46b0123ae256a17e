"""Builders for the course page tree (Wagtail pages need add_child, not plain create)."""

import datetime

from wagtail.models import Locale
from wagtail.rich_text import RichText

from courses.models import CourseIndexPage, CoursePage, HomePage, ModulePage
from safeguarding.models import HelpService


def home_page() -> HomePage:
    return HomePage.objects.get(locale__language_code="en", depth=2)


def publish(page):
    page.save_revision().publish()
    return page


def catalogue_page(home=None) -> CourseIndexPage:
    home = home or home_page()
    existing = CourseIndexPage.objects.child_of(home).first()
    if existing:
        return existing
    catalogue = CourseIndexPage(title="Courses", slug="courses")
    home.add_child(instance=catalogue)
    return publish(catalogue)


def course_page(catalogue=None, **fields) -> CoursePage:
    catalogue = catalogue or catalogue_page()
    n = CoursePage.objects.count() + 1
    defaults = {
        "title": f"Course {n}",
        "slug": f"course-{n}",
        "audience": "parent",
        "summary": "A short course.",
        "estimated_minutes": 30,
    }
    course = CoursePage(**{**defaults, **fields})
    catalogue.add_child(instance=course)
    return publish(course)


def module_page(course=None, body=None, **fields) -> ModulePage:
    course = course or course_page()
    n = ModulePage.objects.count() + 1
    defaults = {"title": f"Module {n}", "slug": f"module-{n}", "summary": "A module."}
    if body is None:
        body = [("text", RichText("<p>Some words about staying safe.</p>"))]
    module = ModulePage(body=body, **{**defaults, **fields})
    course.add_child(instance=module)
    return publish(module)


def locale(code: str) -> Locale:
    return Locale.objects.get_or_create(language_code=code)[0]


def help_service(**fields) -> HelpService:
    n = HelpService.objects.count() + 1
    defaults = {
        "country": "NL",
        "kind": HelpService.Kind.CHILD_HELPLINE,
        "name": f"Helpline {n}",
        "phone": "116 111",
        "web": "https://example.org/",
        "last_checked": datetime.date(2026, 11, 28),
        "source": "https://example.org/source",
    }
    return HelpService.objects.create(**{**defaults, **fields})


def preview_html(page, **changes) -> str:
    """What the admin's preview shows of the live page with an editor's changes, from a
    request like the admin's (same site and language as readers', anonymous)."""
    from django.contrib.auth.models import AnonymousUser
    from django.test import RequestFactory
    from django.utils import translation

    draft = type(page).objects.get(pk=page.pk)
    for name, value in changes.items():
        setattr(draft, name, value)
    request = RequestFactory().get(page.url)
    request.user = AnonymousUser()
    request.is_preview = True
    with translation.override("en"):
        preview = draft.serve_preview(request, draft.default_preview_mode)
        preview.render()
    return preview.content.decode()
