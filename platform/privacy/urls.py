"""Privacy pages, mounted in config.urls under their own prefixes (the account's pages
under accounts/, the parent's under consent/, the teacher's under classes/)."""

from django.urls import path

from . import views

account_urlpatterns = [
    path("data/", views.my_data, name="accounts_my_data"),
    path("delete/", views.delete_account, name="privacy_delete_account"),
    path("consent/", views.consent_status, name="privacy_consent_status"),
]

consent_urlpatterns = [
    path("manage/<str:token>/", views.consent_manage, name="privacy_consent_manage"),
    path(
        "manage/<str:token>/delete/",
        views.consent_manage_delete,
        name="privacy_consent_manage_delete",
    ),
    path("<str:token>/", views.consent_link, name="privacy_consent"),
]

class_urlpatterns = [
    path(
        "<int:classroom_id>/pupils/<int:pupil_id>/data/",
        views.pupil_data,
        name="privacy_pupil_data",
    ),
    path(
        "<int:classroom_id>/pupils/<int:pupil_id>/delete/",
        views.pupil_delete,
        name="privacy_pupil_delete",
    ),
]

request_urlpatterns = [
    path("ask/", views.data_request_new, name="privacy_request_new"),
]

organisation_urlpatterns = [
    path("<slug:slug>/requests/", views.data_request_queue, name="privacy_requests"),
    path(
        "<slug:slug>/requests/<int:request_id>/",
        views.data_request_handle,
        name="privacy_request_handle",
    ),
]
