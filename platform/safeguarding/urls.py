from django.urls import path

from . import views

urlpatterns = [
    path("", views.help_page, name="help"),
    path("worried/", views.concern_new, name="safeguarding_concern_new"),
    path("worried/sent/", views.concern_sent, name="safeguarding_concern_sent"),
    path("concerns/", views.concern_list, name="safeguarding_concerns"),
    path("concerns/<int:concern_id>/", views.concern_detail, name="safeguarding_concern"),
    path(
        "concerns/<int:concern_id>/audit/", views.concern_audit, name="safeguarding_concern_audit"
    ),
    path("concerns/<int:concern_id>/notes/", views.concern_note, name="safeguarding_concern_note"),
    path(
        "concerns/<int:concern_id>/status/",
        views.concern_status,
        name="safeguarding_concern_status",
    ),
]
