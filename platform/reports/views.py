"""The impact report of an organisation, for its admins: a page and a CSV; and the
end-of-course evaluation that feeds it, for learners."""

import csv

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from accounts.selectors import organisation_for_admin, organisations_managed_by
from certificates.selectors import organisation_of_learning
from courses.selectors import evaluation_given
from courses.services import evaluation_submit

from .forms import EvaluationForm
from .presentation import gain_rows, report_sections
from .selectors import (
    completed_course_for,
    evaluation_comments,
    network_admin_check,
    network_figures,
    organisation_figures,
)
from .suppression import K


@require_GET
@login_required
def reports(request):
    """Straight to the report of the organisation the user manages, or a choice."""
    managed = organisations_managed_by(user=request.user)
    if not managed:
        network_admin_check(user=request.user)
        return redirect("reports_network")
    if len(managed) == 1:
        return redirect("reports_organisation", slug=managed[0].slug)
    return render(request, "reports/index.html", {"organisations": managed})


def _report_page(request, figures, *, title: str, csv_url: str, comments=None, organisation=None):
    return render(
        request,
        "reports/organisation.html",
        {
            "title": title,
            "organisation": organisation,
            "network": organisation is None,
            "csv_url": csv_url,
            "sections": report_sections(figures),
            "gains": gain_rows(figures),
            "evaluations": figures.evaluations,
            "comments": comments,
            "k": K,
        },
    )


@require_GET
@login_required
def organisation_report(request, slug: str):
    organisation = organisation_for_admin(user=request.user, slug=slug)
    return _report_page(
        request,
        organisation_figures(organisation=organisation),
        title=_("Impact report: %(name)s") % {"name": organisation.name},
        csv_url=reverse("reports_organisation_csv", kwargs={"slug": organisation.slug}),
        comments=evaluation_comments(organisation=organisation),
        organisation=organisation,
    )


@require_GET
@login_required
def network_report(request):
    """Everyone the network's organisations reach, each once, for its network admins.
    The learners' comments stay with each organisation."""
    network_admin_check(user=request.user)
    return _report_page(
        request,
        network_figures(),
        title=_("Impact report: the whole network"),
        csv_url=reverse("reports_network_csv"),
    )


@require_GET
@login_required
def organisation_report_csv(request, slug: str):
    organisation = organisation_for_admin(user=request.user, slug=slug)
    return _report_csv(
        organisation_figures(organisation=organisation), f"impact-{organisation.slug}"
    )


@require_GET
@login_required
def network_report_csv(request):
    network_admin_check(user=request.user)
    return _report_csv(network_figures(), "impact-network")


def _report_csv(figures, name: str) -> HttpResponse:
    """The same figures as the page, suppressed the same way, one row a count."""
    sections = report_sections(figures)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
    writer = csv.writer(response)
    writer.writerow([_("Figure"), _("Group"), _("Count")])
    for section in sections:
        for row in [*section.rows, section.total]:
            count = row.count if row.count is not None else row.text
            writer.writerow([section.heading, _spreadsheet_safe(row.label), count])
    heading = _("Knowledge gain, by course")
    for row in gain_rows(figures):
        course = _spreadsheet_safe(row.course)
        writer.writerow([heading, course, _("Learners who took both tests") + f": {row.learners}"])
        writer.writerow([heading, course, _("Average gain") + f": {row.points}"])
    heading = _("End-of-course evaluation, by course")
    for row in figures.evaluations:
        course = _spreadsheet_safe(row.course)
        if row.answers is None:
            writer.writerow(
                [heading, course, _("Answers") + ": " + _("fewer than %(k)s") % {"k": K}]
            )
            continue
        writer.writerow([heading, course, _("Answers") + f": {row.answers}"])
        for label, percent in (
            (_("Found it useful"), row.useful_percent),
            (_("Feel confident"), row.confident_percent),
        ):
            shown = _("hidden") if percent is None else f"{percent}%"
            writer.writerow([heading, course, f"{label}: {shown}"])
    return response


def _spreadsheet_safe(text: str) -> str:
    """A course title that a spreadsheet would run as a formula is kept as text."""
    return f"'{text}" if text[:1] in {"=", "+", "-", "@"} else text


@require_http_methods(["GET", "POST"])
@login_required
def course_feedback(request, course_id: int):
    """The short, optional evaluation at the end of a course the learner completed."""
    course = completed_course_for(user=request.user, course_id=course_id)
    if evaluation_given(user=request.user, course_id=course.pk):
        messages.info(request, _("You already told us what you thought of this course. Thank you."))
        return redirect(course.url)
    young = request.user.profile.is_young_person
    form = EvaluationForm(request.POST or None, young=young)
    if request.method == "POST" and form.is_valid():
        try:
            evaluation_submit(
                user=request.user,
                course=course,
                organisation=organisation_of_learning(user=request.user, course_id=course.pk),
                **form.cleaned_data,
            )
        except ValidationError as error:
            messages.info(request, error.messages[0])
        else:
            messages.success(request, _("Thank you. Your answers help make this course better."))
        return redirect(course.url)
    status = 400 if form.is_bound else 200
    return render(request, "reports/feedback.html", {"course": course, "form": form}, status=status)
