"""Settings shared by every environment, read from the environment with safe defaults.

The thin modules beside this one (dev, test, production) only change what differs.
DEBUG is off unless an environment turns it on.
"""

from pathlib import Path

import environ
from csp.constants import NONE, SELF
from django.utils.translation import gettext_lazy as _
from wagtail.embeds import oembed_providers

BASE_DIR = Path(__file__).resolve().parents[3]
VAR_DIR = BASE_DIR / "var"

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env.bool("DJANGO_DEBUG", default=False)
SECRET_KEY = env("DJANGO_SECRET_KEY", default="")
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=[])
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

# Apps -----------------------------------------------------------------------

INSTALLED_APPS = [
    # Ours first, so that our templates and translations win.
    "outbox",
    "accounts",
    "safeguarding",
    "quizzes",
    "courses",
    "classrooms",
    "mentoring",
    "certificates",
    "notifications",
    "privacy",
    "reports",
    "api",
    # Wagtail and wagtail-localize (its locales app replaces wagtail.locales).
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    # Accounts: allauth with two-factor authentication.
    "allauth",
    "allauth.account",
    "allauth.mfa",
    # Jobs.
    "django_celery_beat",
    "django_countries",
    # The organisations' API, its schema, and the documentation's scripts served from here.
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    # Django.
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # A cache: pages for visitors without a session, kept without CSRF tokens, served
    # before the rest of the stack (which gave them their headers when they were kept).
    "courses.middleware.AnonymousPageCacheMiddleware",
    "config.csp.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "api.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "accounts.middleware.PrivatePagesMiddleware",
    "accounts.middleware.UserTimeZoneMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "accounts.middleware.AdminAccessMiddleware",
    "accounts.middleware.StaffTwoFactorMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "accounts.context_processors.capabilities",
            ],
        },
    },
]

# Data -----------------------------------------------------------------------

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The embedded demo database is shared by the web, worker and beat processes.
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL;",
        "transaction_mode": "IMMEDIATE",
    }
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DJANGO_CONN_MAX_AGE", default=0)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# One Redis for everything by default; the cache and the broker can each have their own
# (docker-compose gives them separate databases), so that one failing leaves the other.
REDIS_URL = env("REDIS_URL", default="")
CACHE_REDIS_URL = env("CACHE_REDIS_URL", default=REDIS_URL)
BROKER_REDIS_URL = env("CELERY_BROKER_URL", default=REDIS_URL)

if CACHE_REDIS_URL:
    CACHES = {
        "default": {
            # Answers as an empty cache while Redis is unreachable (config/cache.py).
            "BACKEND": "config.cache.ResilientRedisCache",
            "LOCATION": CACHE_REDIS_URL,
            "KEY_PREFIX": "platform",
            # A dead or unreachable Redis costs a request half a second at most.
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
else:
    # Shared by the web, worker and beat processes of `make run`, so that rate
    # limits hold across processes without a Redis server.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(VAR_DIR / "cache"),
        }
    }
# Sessions are read from the cache and written through to the database: a signed-in
# page costs no session query, and a cache that is emptied loses no one's session.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# Accounts -------------------------------------------------------------------

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"
ACCOUNT_LOGOUT_REDIRECT_URL = "/"

ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"
ACCOUNT_SIGNUP_FORM_CLASS = "privacy.forms.SignupForm"
ACCOUNT_FORMS = {
    "login": "accounts.allauth_forms.LoginForm",
    "signup": "accounts.allauth_forms.SignupForm",
}
# Adults sign in with their e-mail address; young learners who joined with a
# code have a username and no e-mail address, so both are accepted.
ACCOUNT_LOGIN_METHODS = {"email", "username"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
# Confirming the address from the mail signs the person in (in the browser they signed
# up in), rather than asking for the password they just chose.
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGIN_ON_PASSWORD_RESET = False
# Sign-up and password reset answer the same for known and unknown addresses; the
# mail to the address says what happened (an account exists, or none does).
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_EMAIL_SUBJECT_PREFIX = env("ACCOUNT_EMAIL_SUBJECT_PREFIX", default="")
# allauth's rate limits, kept in the shared cache, with its defaults except for failed
# sign-ins: 5 per account per client address in 5 minutes (the adapter makes the key
# address and account), and 30 per client address across accounts, enough for a school
# behind one address whose pupils mistype. See the README, "Roles and accounts".
ACCOUNT_RATE_LIMITS = {"login_failed": "30/5m/ip,5/5m/key"}

MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = env("MFA_TOTP_ISSUER", default="Awareness training platform")

# Our own: staff (anyone who may enter the Wagtail or Django admin) must set up
# an authenticator app before they reach the admin.
ACCOUNTS_STAFF_MFA_REQUIRED = env.bool("ACCOUNTS_STAFF_MFA_REQUIRED", default=True)

# E-mail ---------------------------------------------------------------------

EMAIL_CONFIG = env.email_url("EMAIL_URL", default="smtp://localhost:25")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env(
    "DJANGO_DEFAULT_FROM_EMAIL", default="Awareness training <noreply@localhost>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL
EMAIL_TIMEOUT = 10

# Internationalisation -------------------------------------------------------

LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("nl", _("Dutch")),
    ("de", _("German")),
    ("fr", _("French")),
    ("es", _("Spanish")),
    ("ar", _("Arabic")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"
# One way of writing dates per language (config/formats/<language>/formats.py); pages
# show times in the signed-in person's time zone (accounts.middleware.UserTimeZoneMiddleware).
FORMAT_MODULE_PATH = ["config.formats"]

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES

# Static and media files -----------------------------------------------------

STATIC_URL = "/static/"
STATIC_ROOT = env.path("DJANGO_STATIC_ROOT", default=BASE_DIR / "staticfiles")
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("DJANGO_MEDIA_ROOT", default=BASE_DIR / "media")
# Certificates name their learner: they live in storage of their own, outside
# MEDIA_URL, and only their owner downloads them (through certificates.views).
PRIVATE_ROOT = env.path("DJANGO_PRIVATE_ROOT", default=BASE_DIR / "private")
PRIVATE_STORAGE = {
    "BACKEND": "django.core.files.storage.FileSystemStorage",
    "OPTIONS": {"location": str(PRIVATE_ROOT), "base_url": None},
}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    "private": PRIVATE_STORAGE,
}
# Let Django serve uploads itself (the single-machine docker-compose stack does).
SERVE_MEDIA = env.bool("DJANGO_SERVE_MEDIA", default=False)

# Wagtail --------------------------------------------------------------------

WAGTAIL_SITE_NAME = _("Awareness training")
# The site's public address. Links built outside a request (mails, the certificate's
# PDF and QR code, Open Badges ids, reminders) use it: `make run` sets it from PORT,
# production will not start without it.
SITE_URL = env("SITE_URL", default="http://127.0.0.1:8000").rstrip("/")
WAGTAILADMIN_BASE_URL = SITE_URL
# Everyone signs in through allauth, so two-factor authentication applies to the admin too.
WAGTAILADMIN_LOGIN_URL = "account_login"
# No editor's e-mail hash goes to Gravatar.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# "Translate this page" makes a draft: the copy goes live when its translation is
# published, never as untranslated English under /nl/.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Classes: how often a pupil's dashboard looks for a live session that has just started
# (with JavaScript; without it, the pupil reloads the page).
CLASSROOMS_DASHBOARD_REFRESH_SECONDS = env.int("CLASSROOMS_DASHBOARD_REFRESH_SECONDS", default=10)

# Courses: video embeds only from these hosts (they must have an oEmbed finder).
COURSES_VIDEO_PROVIDERS = {"youtube.com", "youtu.be", "m.youtube.com", "vimeo.com"}
WAGTAILEMBEDS_FINDERS = [
    {
        "class": "wagtail.embeds.finders.oembed",
        "providers": [
            oembed_providers.youtube,
            oembed_providers.vimeo,
        ],
    }
]

# API ------------------------------------------------------------------------

# The organisations' API (api/): organisation tokens only, JSON only, every answer and
# refusal logged; api.views.ApiView sets all of that on its own views, because Wagtail's
# admin and wagtail-localize's translation editor have REST framework views of their
# own that need its defaults (sessions). Rates are per token, and per client address
# for calls without a valid token.
REST_FRAMEWORK = {
    "DEFAULT_THROTTLE_RATES": {
        "token": env("API_RATE_PER_TOKEN", default="300/minute"),
        "address": env("API_RATE_PER_ADDRESS", default="30/minute"),
    },
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
}
# Learning record stores (api/xapi.py) are reached over https only, unless this is on.
API_LRS_ALLOW_HTTP = env.bool("API_LRS_ALLOW_HTTP", default=False)
SPECTACULAR_SETTINGS = {
    "TITLE": "Awareness platform API",
    "DESCRIPTION": (
        "An organisation's figures, courses, members, classes and enrolments, for its "
        "own systems. Every call needs a token that an organisation admin creates on "
        "the organisation's API page; a token reads and writes its own organisation only."
    ),
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SERVE_AUTHENTICATION": [],
    "SERVE_PERMISSIONS": ["rest_framework.permissions.AllowAny"],
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "PREPROCESSING_HOOKS": ["api.schema.only_our_api"],
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
}

# Security -------------------------------------------------------------------

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        # The Wagtail admin sets inline styles from its scripts.
        "style-src": [SELF, "'unsafe-inline'"],
        # data: for the TOTP set-up QR code that allauth renders inline.
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [
            SELF,
            "https://www.youtube.com",
            "https://www.youtube-nocookie.com",
            "https://player.vimeo.com",
        ],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}

# Celery ---------------------------------------------------------------------

if BROKER_REDIS_URL:
    CELERY_BROKER_URL = BROKER_REDIS_URL
    CELERY_RESULT_BACKEND = BROKER_REDIS_URL
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        # A task whose worker died (kill -9) is handed to another worker after this many
        # seconds, not after Redis's default hour. Longer than any task may run (the time
        # limit below), so a running task is never handed out twice.
        "visibility_timeout": env.int("CELERY_VISIBILITY_TIMEOUT", default=150),
        "socket_connect_timeout": 2,
        "socket_timeout": 5,
    }
else:
    # kombu's filesystem transport needs no server: good enough for `make run`.
    _celery_queue_dir = VAR_DIR / "celery"
    CELERY_BROKER_URL = "filesystem://"
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(_celery_queue_dir),
        "data_folder_out": str(_celery_queue_dir),
        "control_folder": str(_celery_queue_dir / "control"),
    }
    CELERY_RESULT_BACKEND = None
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
# Tasks are idempotent, so a task lost with its worker is run again rather than dropped.
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_IGNORE_RESULT = True
CELERY_RESULT_EXPIRES = 60 * 60
CELERY_TASK_TIME_LIMIT = env.int("CELERY_TASK_TIME_LIMIT", default=120)
CELERY_TASK_SOFT_TIME_LIMIT = env.int("CELERY_TASK_SOFT_TIME_LIMIT", default=100)
# With the broker down, sending a task gives up within about a second: the row that
# asked for it is in the database, and a sweep sends it once the broker is back.
CELERY_TASK_PUBLISH_RETRY_POLICY = {
    "max_retries": 2,
    "interval_start": 0,
    "interval_step": 0.2,
    "interval_max": 0.5,
}
CELERY_TIMEZONE = TIME_ZONE
CELERY_WORKER_HIJACK_ROOT_LOGGER = False
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
# Safeguarding notifications have a queue of their own, so that they never wait
# behind bulk work; every worker command names it (Makefile, docker-compose.yml).
SAFEGUARDING_QUEUE = env("SAFEGUARDING_QUEUE", default="urgent")
# One broker can serve several platforms (or a test run) when each has its own queue.
CELERY_TASK_DEFAULT_QUEUE = env("CELERY_TASK_DEFAULT_QUEUE", default="celery")
CELERY_TASK_ROUTES = {"safeguarding.tasks.*": {"queue": SAFEGUARDING_QUEUE}}
# Periodic tasks live in django-celery-beat's tables, created by the migration
# notifications/0002_schedules, and are edited in the Django admin. (A schedule set
# here would be written back over the admin's changes at every start of beat.)
CELERY_BEAT_SCHEDULE: dict = {}

# /healthz gives up on a service after this many seconds.
HEALTHZ_TIMEOUT = env.float("HEALTHZ_TIMEOUT", default=2.0)

# Logging --------------------------------------------------------------------

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env("DJANGO_LOG_LEVEL", default="INFO")},
    # WeasyPrint and fontTools narrate every step of every certificate at INFO.
    "loggers": {
        "weasyprint": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
        # Wagtail's search and reference-index tasks log every run at INFO (hundreds of
        # lines while the demo is seeded).
        "django_tasks": {"level": "WARNING"},
    },
}
