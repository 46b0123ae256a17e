from django.urls import path

from . import views

urlpatterns = [
    path("unsubscribe/<str:token>/", views.unsubscribe, name="notifications_unsubscribe"),
    path("preferences/", views.preferences, name="notifications_preferences"),
    path("notices/<int:notice_id>/read/", views.notice_read, name="notifications_notice_read"),
]
