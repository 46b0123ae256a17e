"""The impact report of an organisation, for its admins: a page and a CSV."""

import csv

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from accounts.selectors import organisation_for_admin, organisations_managed_by

from .presentation import gain_rows, report_sections
from .selectors import organisation_figures
from .suppression import K


@require_GET
@login_required
def reports(request):
    """Straight to the report of the organisation the user manages, or a choice."""
    managed = organisations_managed_by(user=request.user)
    if not managed:
        raise Http404
    if len(managed) == 1:
        return redirect("reports_organisation", slug=managed[0].slug)
    return render(request, "reports/index.html", {"organisations": managed})


@require_GET
@login_required
def organisation_report(request, slug: str):
    organisation = organisation_for_admin(user=request.user, slug=slug)
    figures = organisation_figures(organisation=organisation)
    return render(
        request,
        "reports/organisation.html",
        {
            "organisation": organisation,
            "sections": report_sections(figures),
            "gains": gain_rows(figures),
            "k": K,
        },
    )


@require_GET
@login_required
def organisation_report_csv(request, slug: str):
    """The same figures as the page, suppressed the same way, one row a count."""
    organisation = organisation_for_admin(user=request.user, slug=slug)
    figures = organisation_figures(organisation=organisation)
    sections = report_sections(figures)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="impact-{organisation.slug}.csv"'
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
    return response


def _spreadsheet_safe(text: str) -> str:
    """A course title that a spreadsheet would run as a formula is kept as text."""
    return f"'{text}" if text[:1] in {"=", "+", "-", "@"} else text
