from django.urls import path

from . import views

urlpatterns = [
    path("easy-read/", views.easy_read_toggle, name="courses_easy_read"),
    path(
        "reflections/<int:module_id>/<str:block_id>/",
        views.reflection_submit,
        name="courses_reflection",
    ),
]
