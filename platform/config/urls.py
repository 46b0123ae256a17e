from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.views.generic import RedirectView
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from accounts import views as accounts_views
from classrooms import views as classrooms_views
from courses import translation_guards
from courses import views as courses_views
from courses.delivery import routing as page_routing
from privacy import urls as privacy_urls

from . import views

# Everyone signs in through allauth (e-mail verification, rate limits, two-factor
# authentication), so the admins' own login pages send people there.
login_redirect = RedirectView.as_view(pattern_name="account_login", query_string=True)

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("healthz/live", views.healthz_live, name="healthz_live"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("i18n/setlang/", views.set_language, name="set_language"),
    path("admin/login/", login_redirect),
    # wagtail-localize's own views, for those who may change what they translate.
    path(
        "admin/localize/submit/page/<int:page_id>/",
        translation_guards.submit_page_translation,
    ),
    path(
        "admin/localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
        translation_guards.submit_snippet_translation,
    ),
    path(
        "admin/localize/update/<int:translation_source_id>/",
        translation_guards.update_translations,
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("django-admin/login/", login_redirect),
    path("django-admin/", admin.site.urls),
    path("documents/", include(wagtaildocs_urls)),
    path("api/", include("api.urls")),
]

if settings.DEBUG or settings.SERVE_MEDIA:
    # Uploaded images and documents from local storage. A larger deployment puts them
    # on object storage (S3-compatible) or behind the proxy and leaves this off.
    from django.urls import re_path
    from django.views.static import serve

    media_prefix = settings.MEDIA_URL.lstrip("/")
    urlpatterns += [
        re_path(rf"^{media_prefix}(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT})
    ]

urlpatterns += i18n_patterns(
    path("help/", include("safeguarding.urls")),
    path("accounts/", include("accounts.urls")),
    path("accounts/", include(privacy_urls.account_urlpatterns)),
    path("consent/", include(privacy_urls.consent_urlpatterns)),
    path("privacy/", accounts_views.privacy_notice, name="privacy"),
    path("privacy/", include(privacy_urls.request_urlpatterns)),
    path("accessibility/", accounts_views.accessibility_statement, name="accessibility"),
    path("organisation/", include("accounts.organisation_urls")),
    path("organisation/", include(privacy_urls.organisation_urlpatterns)),
    path("organisation/", include("api.token_urls")),
    path("reports/", include("reports.urls")),
    path("feedback/", include("reports.feedback_urls")),
    path("network/", include("reports.network_urls")),
    path("learn/", include("courses.urls")),
    path("dashboard/", courses_views.dashboard, name="courses_dashboard"),
    path("join/", classrooms_views.join, name="classrooms_join"),
    path("classes/", include(privacy_urls.class_urlpatterns)),
    path("classes/", include("classrooms.urls")),
    path("mentoring/", include("mentoring.urls")),
    path("certificates/", include("certificates.urls")),
    path("notifications/", include("notifications.urls")),
    path("accounts/", include("allauth.urls")),
    # Wagtail's page tree serves everything else, the home page included, routed from
    # a map in each process where it can be (courses.delivery.routing holds Wagtail's URLs).
    path("", include(page_routing.urlpatterns)),
    prefix_default_language=True,
)
