"""The organisations' REST API, version 1: what a token reads and writes, for its own
organisation only. Each view names the scope each method needs (permissions.HasScope);
every call is logged (ApiView.finalize_response)."""

from __future__ import annotations

import time

from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import exceptions, mixins, status
from rest_framework.generics import GenericAPIView
from rest_framework.pagination import PageNumberPagination
from rest_framework.parsers import JSONParser
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response

from accounts.capabilities import Scope
from courses.selectors import module_summaries
from reports.presentation import report_sections
from reports.selectors import organisation_figures
from reports.suppression import K

from . import serializers
from .authentication import TokenAuthentication
from .errors import api_exception_handler
from .permissions import ANY_SCOPE, HasScope
from .selectors import (
    classes_of,
    course_for,
    courses_for,
    enrolments_of,
    learner_of,
    member_ids,
    members_by_id,
    progress_of,
)
from .services import api_call_record, api_enrol
from .throttling import AddressRateThrottle, TokenRateThrottle


class ApiPagination(PageNumberPagination):
    page_size = 100


class ApiView(GenericAPIView):
    """Tokens only, JSON only; logs every call, answered or refused, and keeps answers
    out of every cache. (Set here, not as REST framework's defaults: Wagtail's own API
    views need those.)"""

    authentication_classes = [TokenAuthentication]
    permission_classes = [HasScope]
    throttle_classes = [TokenRateThrottle, AddressRateThrottle]
    renderer_classes = [JSONRenderer]
    parser_classes = [JSONParser]
    metadata_class = None
    scopes_needed: dict[str, str] = {}
    # Query parameters the view reads; any other is refused, not ignored.
    query_fields: tuple[str, ...] = ()

    def get_exception_handler(self):
        return api_exception_handler

    def dispatch(self, request, *args, **kwargs):
        self.started = time.monotonic()
        return super().dispatch(request, *args, **kwargs)

    def initial(self, request, *args, **kwargs):
        try:
            super().initial(request, *args, **kwargs)
        except (
            exceptions.AuthenticationFailed,
            exceptions.NotAuthenticated,
            exceptions.PermissionDenied,
        ):
            # Refused calls count too: by address without a valid token, by token
            # without the scope (throttling.py).
            self.check_throttles(request)
            raise
        unknown = sorted(set(request.query_params) - set(self.query_fields))
        if unknown:
            raise exceptions.ValidationError(
                {name: [_("This query parameter is not known.")] for name in unknown}
            )

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        add_never_cache_headers(response)
        api_call_record(
            token=getattr(request, "api_token", None),
            method=request.method,
            path=_logged_path(request),
            status=response.status_code,
            duration_ms=round(
                (time.monotonic() - getattr(self, "started", time.monotonic())) * 1000
            ),
        )
        return response

    @property
    def organisation(self):
        return self.request.auth.organisation


def _logged_path(request) -> str:
    """The address and the names of its query parameters, not their values: a token
    pasted into an address by mistake is not kept."""
    names = sorted(set(request.query_params))
    return request.path + ("?" + "&".join(names) if names else "")


class OrganisationView(ApiView):
    """The token's organisation, and what the token may do."""

    scopes_needed = {"GET": ANY_SCOPE}
    serializer_class = serializers.OrganisationSerializer

    def get(self, request):
        token = request.auth
        data = {
            "name": self.organisation.name,
            "slug": self.organisation.slug,
            "country": str(self.organisation.country or ""),
            "token_scopes": token.scopes,
            "token_expires_at": token.expires_at,
        }
        return Response(self.get_serializer(data).data)


class FiguresView(ApiView):
    """The impact report's figures: the same as its page and its CSV, suppressed the
    same way. Labels are in the language of the Accept-Language header."""

    scopes_needed = {"GET": Scope.READ_REPORTS}
    serializer_class = serializers.FiguresSerializer

    def get(self, request):
        figures = organisation_figures(organisation=self.organisation)
        data = {
            "organisation": self.organisation.name,
            "k": K,
            "sections": [
                {
                    "key": section.key,
                    "heading": section.heading,
                    "counted": section.counted,
                    "rows": [_figure_row(row) for row in section.rows],
                    "total": _figure_row(section.total),
                    "withheld": section.withheld,
                }
                for section in report_sections(figures)
            ],
            "knowledge_gain": [
                {
                    "course": gain.course,
                    # Only shown with the average, from K learners up.
                    "learners": gain.learners if gain.points is not None else None,
                    "average_gain": gain.points,
                }
                for gain in figures.gains
            ],
            "evaluations": [vars(row) for row in figures.evaluations],
        }
        return Response(self.get_serializer(data).data)


def _figure_row(row) -> dict:
    return {
        "group": row.group,
        "label": row.label,
        "count": row.count,
        "shown": row.shown,
        "text": row.text,
    }


class ListView(mixins.ListModelMixin, ApiView):
    """A list, a page of ApiPagination.page_size at a time (?page=2)."""

    pagination_class = ApiPagination
    query_fields = ("page",)

    def get(self, request):
        return self.list(request)


class CoursesView(ListView):
    """The courses the organisation's learners can take, with their live modules."""

    scopes_needed = {"GET": Scope.READ_COURSES}
    serializer_class = serializers.CourseSerializer

    def get_queryset(self):
        return courses_for(organisation=self.organisation)

    def paginate_queryset(self, queryset):
        page = super().paginate_queryset(queryset)
        modules = module_summaries(page)
        for course in page:
            course.modules = modules.get(course.pk, [])
        return page


class MembersView(ListView):
    """The organisation's members and the roles they hold there."""

    scopes_needed = {"GET": Scope.READ_PEOPLE}
    serializer_class = serializers.MemberSerializer

    def get_queryset(self):
        return member_ids(organisation=self.organisation)

    def paginate_queryset(self, queryset):
        ids = super().paginate_queryset(queryset)
        return members_by_id(organisation=self.organisation, user_ids=ids)


class ClassesView(ListView):
    """The organisation's classes, with their join codes while they take pupils."""

    scopes_needed = {"GET": Scope.READ_PEOPLE}
    serializer_class = serializers.ClassSerializer

    def get_queryset(self):
        return classes_of(organisation=self.organisation)

    def paginate_queryset(self, queryset):
        page = super().paginate_queryset(queryset)
        for classroom in page:
            classroom.join_code = classroom.join_code if classroom.is_taking_members() else None
        return page


class EnrolmentsView(ListView):
    """Enrolments and progress of the people the organisation reaches; POST enrols one
    (enrolling again answers 200 with the enrolment there was)."""

    scopes_needed = {"GET": Scope.MANAGE_ENROLMENTS, "POST": Scope.MANAGE_ENROLMENTS}
    serializer_class = serializers.EnrolmentSerializer
    query_fields = ("course", "learner", "page")

    def get_queryset(self):
        query = serializers.EnrolmentFilterSerializer(data=self.request.query_params)
        query.is_valid(raise_exception=True)
        return enrolments_of(
            organisation=self.organisation,
            course_id=query.validated_data.get("course"),
            learner_id=query.validated_data.get("learner"),
        )

    def paginate_queryset(self, queryset):
        return _with_progress(super().paginate_queryset(queryset))

    @extend_schema(
        parameters=[
            OpenApiParameter("course", int, description="Only this course's enrolments."),
            OpenApiParameter("learner", int, description="Only this learner's enrolments."),
        ]
    )
    def get(self, request):
        return self.list(request)

    @extend_schema(
        request=serializers.EnrolSerializer,
        responses={201: serializers.EnrolmentSerializer, 200: serializers.EnrolmentSerializer},
    )
    def post(self, request):
        given = serializers.EnrolSerializer(data=request.data)
        given.is_valid(raise_exception=True)
        learner = learner_of(
            organisation=self.organisation, user_id=given.validated_data["learner"]
        )
        course = course_for(
            organisation=self.organisation, course_id=given.validated_data["course"]
        )
        problems = {}
        if learner is None:
            problems["learner"] = [_("No one with this id is a learner of your organisation.")]
        if course is None:
            problems["course"] = [_("No live course has this id.")]
        if problems:
            raise exceptions.ValidationError(problems)
        enrolment, created = api_enrol(learner=learner, course=course)
        return Response(
            self.get_serializer(_with_progress([enrolment])[0]).data,
            status=status.HTTP_201_CREATED if created else status.HTTP_200_OK,
        )


def _with_progress(enrolments: list) -> list:
    progress = progress_of(enrolments)
    for enrolment in enrolments:
        enrolment.modules = progress[enrolment.pk].modules
        enrolment.modules_completed = progress[enrolment.pk].completed
    return enrolments


@extend_schema(exclude=True)
class NotFoundView(ApiView):
    """Any other address under /api/: a JSON 404, not the site's HTML page."""

    permission_classes = [AllowAny]

    def initial(self, request, *args, **kwargs):
        self.check_throttles(request)
        raise exceptions.NotFound(_("There is no such address in the API."))
