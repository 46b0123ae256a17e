from django.urls import path

from . import views

urlpatterns = [
    path("easy-read/", views.easy_read_toggle, name="courses_easy_read"),
    path(
        "reflections/<int:module_id>/<str:block_id>/",
        views.reflection_submit,
        name="courses_reflection",
    ),
    path("courses/<int:course_id>/enrol/", views.enrol, name="courses_enrol"),
    path("modules/<int:module_id>/done/", views.module_done, name="courses_module_done"),
    path("modules/<int:module_id>/seen/", views.module_seen, name="courses_module_seen"),
    path(
        "modules/<int:module_id>/quizzes/<int:quiz_id>/",
        views.quiz_take,
        name="courses_quiz",
    ),
    path("attempts/<int:attempt_id>/", views.attempt_result, name="courses_attempt"),
]
