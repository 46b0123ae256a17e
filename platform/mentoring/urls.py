from django.urls import path

from . import views

urlpatterns = [
    path("", views.mentor_home, name="mentoring_home"),
    path("request/", views.mentor_request, name="mentoring_request"),
    path("join/", views.join, name="mentoring_join"),
    path("groups/new/", views.group_create, name="mentoring_group_create"),
    path("groups/<int:group_id>/", views.group_detail, name="mentoring_group"),
    path("groups/<int:group_id>/sessions/", views.session_log, name="mentoring_session_log"),
    path("groups/<int:group_id>/leave/", views.group_leave, name="mentoring_group_leave"),
    path(
        "groups/<int:group_id>/peers/<int:membership_id>/remove/",
        views.peer_remove,
        name="mentoring_peer_remove",
    ),
    path("groups/<int:group_id>/<slug:action>/", views.group_action, name="mentoring_group_action"),
    path("coach/", views.coach_home, name="mentoring_coach"),
    path("coach/groups/<int:group_id>/", views.coach_group, name="mentoring_coach_group"),
    path(
        "coach/mentors/<int:mentor_id>/<slug:action>/",
        views.coach_decide,
        name="mentoring_coach_decide",
    ),
]
