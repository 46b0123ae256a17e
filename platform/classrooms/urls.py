from django.urls import path

from . import views

urlpatterns = [
    path("", views.teacher_dashboard, name="classrooms_dashboard"),
    path("new/", views.classroom_create, name="classrooms_create"),
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
