"""The project's URLs plus /bench/bare/, the reference view served by the same gunicorn."""

from django.urls import path

from config.urls import urlpatterns as project_urlpatterns

from .views import bare

urlpatterns = [path("bench/bare/", bare, name="bench_bare"), *project_urlpatterns]
