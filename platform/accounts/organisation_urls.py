"""The organisation page, where an organisation admin manages members and roles."""

from django.urls import path

from . import views

urlpatterns = [
    path("", views.organisations, name="accounts_organisations"),
    path("<slug:slug>/", views.organisation_detail, name="accounts_organisation"),
    path("<slug:slug>/changes/", views.organisation_audit, name="accounts_organisation_audit"),
    path(
        "<slug:slug>/settings/", views.organisation_settings, name="accounts_organisation_settings"
    ),
    path(
        "<slug:slug>/members/<int:user_id>/<slug:action>/",
        views.organisation_member,
        name="accounts_organisation_member",
    ),
]
