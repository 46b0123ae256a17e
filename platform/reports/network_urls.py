from django.urls import path

from . import views

urlpatterns = [
    path("", views.network_report, name="reports_network"),
    path("figures.csv", views.network_report_csv, name="reports_network_csv"),
]
