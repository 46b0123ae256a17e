from django.urls import path

from . import views

urlpatterns = [
    path("verify/<str:code>/", views.verify, name="certificates_verify"),
    path("<str:code>/certificate.pdf", views.download_pdf, name="certificates_pdf"),
    path("<str:code>/badge.json", views.download_badge, name="certificates_badge"),
    path("<str:code>/revoke/", views.revoke, name="certificates_revoke"),
]
