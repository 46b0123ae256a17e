from django.urls import path

from . import views

urlpatterns = [
    path("", views.reports, name="reports"),
    path("<slug:slug>/", views.organisation_report, name="reports_organisation"),
    path("<slug:slug>/figures.csv", views.organisation_report_csv, name="reports_organisation_csv"),
]
