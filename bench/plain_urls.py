"""The plain reference's only address: the same 2 KB page as the platform's bare view."""

from django.urls import path

from .views import bare

urlpatterns = [path("bench/bare/", bare)]
