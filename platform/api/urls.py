"""/api/: version 1 of the organisations' API, its OpenAPI schema and its documentation."""

from django.urls import path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

from . import views

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="api_schema"),
    path("docs/", SpectacularSwaggerSplitView.as_view(url_name="api_schema"), name="api_docs"),
    path("v1/organisation/", views.OrganisationView.as_view(), name="api_organisation"),
    path("v1/reports/figures/", views.FiguresView.as_view(), name="api_figures"),
    path("v1/courses/", views.CoursesView.as_view(), name="api_courses"),
    path("v1/members/", views.MembersView.as_view(), name="api_members"),
    path("v1/classes/", views.ClassesView.as_view(), name="api_classes"),
    path("v1/enrolments/", views.EnrolmentsView.as_view(), name="api_enrolments"),
    re_path(r"^.*$", views.NotFoundView.as_view(), name="api_not_found"),
]
