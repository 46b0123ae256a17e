from django.urls import path

from . import views

urlpatterns = [
    path("", views.teacher_dashboard, name="classrooms_dashboard"),
    path("new/", views.classroom_create, name="classrooms_create"),
    path("mine/", views.my_classes_part, name="classrooms_my_classes_part"),
    path("<int:classroom_id>/", views.classroom_detail, name="classrooms_detail"),
    path("<int:classroom_id>/progress.csv", views.classroom_csv, name="classrooms_csv"),
    path("<int:classroom_id>/leave/", views.membership_leave, name="classrooms_leave"),
    path(
        "<int:classroom_id>/pupils/<int:membership_id>/remove/",
        views.membership_remove,
        name="classrooms_remove_pupil",
    ),
    path("<int:classroom_id>/<slug:action>/", views.classroom_action, name="classrooms_action"),
]

urlpatterns = [
    path("<int:classroom_id>/sessions/", views.session_create, name="classrooms_session_create"),
    path(
        "<int:classroom_id>/sessions/<int:session_id>/",
        views.session_follow,
        name="classrooms_follow",
    ),
    path(
        "<int:classroom_id>/sessions/<int:session_id>/here/",
        views.session_attend,
        name="classrooms_attend",
    ),
    path(
        "<int:classroom_id>/sessions/<int:session_id>/state.json",
        views.session_state_json,
        name="classrooms_session_state",
    ),
    path(
        "<int:classroom_id>/sessions/<int:session_id>/present/",
        views.session_present,
        name="classrooms_present",
    ),
    path(
        "<int:classroom_id>/sessions/<int:session_id>/live.json",
        views.session_live_json,
        name="classrooms_live",
    ),
    path(
        "<int:classroom_id>/sessions/<int:session_id>/<slug:action>/",
        views.session_control,
        name="classrooms_session_control",
    ),
    *urlpatterns,
]
