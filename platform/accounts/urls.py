from django.urls import path

from . import views

urlpatterns = [
    path("profile/", views.profile, name="accounts_profile"),
    path("data/", views.my_data, name="accounts_my_data"),
]
