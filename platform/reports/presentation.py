"""The figures as people read them: each breakdown with its labels in the reader's
language, its shown counts, the words for the hidden ones, and the bars of its chart."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.utils.formats import date_format, number_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_countries import countries

from accounts.models import Audience
from certificates.models import Certificate
from safeguarding.models import Concern

from .selectors import EARLIER, UNKNOWN_COUNTRY, Figures
from .suppression import Breakdown, Cell, K, Shown

# (attribute of Figures, heading, what is counted, the column of the parts)
SECTIONS = (
    (
        "learners_by_audience",
        gettext_lazy("People reached, by audience"),
        gettext_lazy("People"),
        gettext_lazy("Audience"),
    ),
    (
        "learners_by_month",
        gettext_lazy("People reached, by the month they joined"),
        gettext_lazy("People"),
        gettext_lazy("Month"),
    ),
    (
        "learners_by_country",
        gettext_lazy("People reached, by country"),
        gettext_lazy("People"),
        gettext_lazy("Country"),
    ),
    (
        "enrolments_by_course",
        gettext_lazy("Enrolments, by course"),
        gettext_lazy("Enrolments"),
        gettext_lazy("Course"),
    ),
    (
        "completions_by_course",
        gettext_lazy("Courses completed, by course"),
        gettext_lazy("Completions"),
        gettext_lazy("Course"),
    ),
    (
        "sessions_by_kind",
        gettext_lazy("Sessions held"),
        gettext_lazy("Count"),
        gettext_lazy("Kind"),
    ),
    (
        "attendance_by_kind",
        gettext_lazy("Attendance at sessions"),
        gettext_lazy("Attendances"),
        gettext_lazy("Kind"),
    ),
    (
        "certificates_by_kind",
        gettext_lazy("Certificates, by kind"),
        gettext_lazy("Certificates"),
        gettext_lazy("Kind"),
    ),
    (
        "concerns_by_status",
        gettext_lazy("Safeguarding concerns, by status"),
        gettext_lazy("Concerns"),
        gettext_lazy("Status"),
    ),
)


SESSION_KINDS = {
    "class": gettext_lazy("Class sessions held"),
    "mentoring": gettext_lazy("Mentoring sessions logged"),
}
# A pupil who joined a live class session, and each peer a mentor counted at a session.
ATTENDANCE_KINDS = {
    "class": gettext_lazy("Pupils at class sessions"),
    "mentoring": gettext_lazy("Peers at mentoring sessions"),
}


@dataclass(frozen=True)
class Row:
    label: str
    text: str  # the count, or the words for a hidden one
    count: int | None  # None when hidden
    percent: int  # the bar's length, against the largest shown part
    y: int = 0  # where the bar stands in the chart
    group: str = ""  # the part's key (an audience, "2026-01", a country code): for the API
    shown: str = Shown.VALUE.value  # what `text` says: the count, or which kind of hidden


@dataclass(frozen=True)
class Section:
    key: str
    heading: str
    counted: str
    parts_heading: str
    rows: list[Row]
    total: Row
    withheld: bool = False

    @property
    def chart_height(self) -> int:
        return len(self.rows) * 10


def shown_text(cell: Cell) -> str:
    if cell.shown is Shown.FEWER_THAN_K:
        return _("fewer than %(k)s") % {"k": K}
    if cell.shown is Shown.HIDDEN:
        return _("hidden")
    return number_format(cell.count, force_grouping=True)


def _label(key: str, value: str) -> str:
    if key == "learners_by_audience":
        return str(Audience(value).plural) if value in Audience.values else value
    if key == "learners_by_country":
        return _("Not given") if value == UNKNOWN_COUNTRY else str(countries.name(value) or value)
    if key == "learners_by_month":
        if value == EARLIER:
            return _("Earlier")
        year, month = (int(part) for part in value.split("-"))
        return date_format(date(year, month, 1), "YEAR_MONTH_FORMAT")
    if key == "sessions_by_kind":
        return str(SESSION_KINDS.get(value, value))
    if key == "attendance_by_kind":
        return str(ATTENDANCE_KINDS.get(value, value))
    if key == "certificates_by_kind":
        return str(dict(Certificate.Kind.choices).get(value, value))
    if key == "concerns_by_status":
        return str(dict(Concern.Status.choices).get(value, value))
    return value


def _section(key, heading, counted, parts_heading, breakdown: Breakdown) -> Section:
    largest = max((cell.value or 0 for cell in breakdown.parts), default=0) or 1
    rows = [
        Row(
            label=_label(key, cell.label),
            text=shown_text(cell),
            count=cell.value,
            percent=round(100 * (cell.value or 0) / largest),
            y=10 * index + 1,
            group=cell.label,
            shown=cell.shown.value,
        )
        for index, cell in enumerate(breakdown.parts)
    ]
    total = breakdown.total
    return Section(
        key=key,
        heading=str(heading),
        counted=str(counted),
        parts_heading=str(parts_heading),
        rows=rows,
        total=Row(_("Total"), shown_text(total), total.value, 100, shown=total.shown.value),
        withheld=breakdown.withheld,
    )


@dataclass(frozen=True)
class GainRow:
    course: str
    learners: str  # how many took both tests, or "fewer than K"
    points: str  # the average gain, or a dash below K learners


def gain_rows(figures: Figures) -> list[GainRow]:
    rows = []
    for gain in figures.gains:
        if gain.points is None:
            rows.append(GainRow(gain.course, _("fewer than %(k)s") % {"k": K}, "—"))
        else:
            points = number_format(gain.points, decimal_pos=1)
            rows.append(
                GainRow(
                    gain.course,
                    number_format(gain.learners, force_grouping=True),
                    _("%(points)s points") % {"points": points},
                )
            )
    return rows


def report_sections(figures: Figures) -> list[Section]:
    return [
        _section(key, heading, counted, parts_heading, getattr(figures, key))
        for key, heading, counted, parts_heading in SECTIONS
    ]
