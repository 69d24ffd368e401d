"""Settings for the NW London inclusive recruitment outreach assistant.

One module for every environment: everything that differs between a laptop and production is read from
environment variables (see the README's "Production" section for the full list).
"""

import sys
from pathlib import Path

import environ
from celery.schedules import crontab

import django.conf.locale
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()

# Tests run under pytest with no environment of their own; they get safe, local defaults.
TESTING = "pytest" in sys.modules

DEBUG = env.bool("DEBUG", default=False)

SECRET_KEY = env("SECRET_KEY", default="")
if not SECRET_KEY:
    if not (DEBUG or TESTING):
        raise ImproperlyConfigured("Set SECRET_KEY: it is required when DEBUG is off.")
    SECRET_KEY = "django-insecure-local-development-key-never-used-in-production"  # noqa: S105 (DEBUG/tests only)

ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "recruit_outreach.accounts",
    "recruit_outreach.programmes",
    "cms",
    "applications",
    "recruit_outreach.outreach",
    "recruit_outreach.privacy",
    "recruit_outreach.outbox",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "recruit_outreach.accounts.apps.UsersConfig",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "wagtailnhsukfrontend",
    "modelcluster",
    "taggit",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "django_celery_beat",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "csp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "recruit_outreach.headers.SiteCSPMiddleware",
    # After the security headers, so the 413 page has them too; before anything reads the body.
    "recruit_outreach.request_limits.RequestSizeLimitMiddleware",
    "cms.cache.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "recruit_outreach.accounts.middleware.StaffAdminGateMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "cms.routing.PageRouteMiddleware",
]

ROOT_URLCONF = "recruit_outreach.urls"
WSGI_APPLICATION = "recruit_outreach.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# --- Data -------------------------------------------------------------------------------------------
DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql" and not env.bool("DATABASE_JIT", default=False):
    # PostgreSQL's JIT compiler spends 1 to 2 s on each query it expects to read many rows: longer than the
    # nightly indicator queries take without it at a million residents (tests/benchmarks/README.md).
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("options", "-c jit=off")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {"default": env.cache("CACHE_URL", default="locmemcache://")}
if CACHES["default"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache":
    CACHES["default"]["BACKEND"] = "recruit_outreach.redis_cache.RedisCache"  # one client per pool: see there

# --- Accounts -----------------------------------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
# Argon2id at OWASP's minimum settings (accounts/hashers.py says why); older hashes upgrade at next sign-in.
PASSWORD_HASHERS = [
    "recruit_outreach.accounts.hashers.Argon2idHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
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
LOGIN_REDIRECT_URL = "accounts:profile"

ACCOUNT_ADAPTER = "recruit_outreach.accounts.adapters.AccountAdapter"
ACCOUNT_FORMS = {
    "login": "recruit_outreach.accounts.forms.LoginForm",
    "signup": "recruit_outreach.accounts.forms.SignupForm",
    "reset_password": "recruit_outreach.accounts.forms.ResetPasswordForm",
    "reset_password_from_key": "recruit_outreach.accounts.forms.ResetPasswordKeyForm",
    "change_password": "recruit_outreach.accounts.forms.ChangePasswordForm",
    "reauthenticate": "recruit_outreach.accounts.forms.ReauthenticateForm",
}
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = ""
# Failed logins: at most 10 a minute from one IP address, and 5 in 5 minutes for one email address from one client
# (the adapter keys them on both, so wrong passwords typed elsewhere cannot lock the owner out).
ACCOUNT_RATE_LIMITS = {
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
    "confirm_email": "1/3m/key",
}
MFA_ADAPTER = "recruit_outreach.accounts.adapters.MFAAdapter"
MFA_FORMS = {
    "authenticate": "recruit_outreach.accounts.forms.MFAAuthenticateForm",
    "reauthenticate": "recruit_outreach.accounts.forms.MFAReauthenticateForm",
    "activate_totp": "recruit_outreach.accounts.forms.ActivateTOTPForm",
}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "NW London recruitment outreach"

# --- Languages ----------------------------------------------------------------------------------------
# English plus the ten most common main languages in the eight NW London boroughs (Census 2021).
django.conf.locale.LANG_INFO.update(
    {
        "gu": {"bidi": False, "code": "gu", "name": "Gujarati", "name_local": "ગુજરાતી"},
        "so": {"bidi": False, "code": "so", "name": "Somali", "name_local": "Soomaali"},
    }
)
django.conf.locale.LANG_INFO["pa"]["name_local"] = "ਪੰਜਾਬੀ"
django.conf.locale.LANG_INFO["pl"]["name_local"] = "Polski"
django.conf.locale.LANG_INFO["ar"]["name_local"] = "العربية"

LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("ro", _("Romanian")),
    ("gu", _("Gujarati")),
    ("pa", _("Panjabi")),
    ("pl", _("Polish")),
    ("ar", _("Arabic")),
    ("ta", _("Tamil")),
    ("pt", _("Portuguese")),
    ("so", _("Somali")),
    ("ur", _("Urdu")),
    ("fa", _("Farsi")),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

# --- Static and media ---------------------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "staticfiles")
STATICFILES_DIRS = [BASE_DIR / "recruit_outreach" / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
# Residents' uploaded CVs and statements: never under MEDIA_ROOT or STATIC_ROOT, served by a view to the owner.
PRIVATE_MEDIA_ROOT = env.path("PRIVATE_MEDIA_ROOT", default=BASE_DIR / "private_media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG or TESTING
            else "recruit_outreach.storage.StaticFilesStorage"
        )
    },
}
WHITENOISE_USE_FINDERS = DEBUG or TESTING

# --- Wagtail ------------------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "NW London recruitment outreach"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No staff avatars from gravatar.com: it would tell a third party which staff email addresses use the admin
# (and the Content-Security-Policy loads images from this site only).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAIL_FRONTEND_LOGIN_URL = "account_login"

# --- Celery -------------------------------------------------------------------------------------------
# With no broker configured, tasks run in-process so `make run` needs nothing else.
CELERY_BROKER_URL = env("CELERY_BROKER_URL", default="")
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = True
if not CELERY_BROKER_URL:
    CELERY_BROKER_URL = "memory://"
CELERY_RESULT_BACKEND = env("CELERY_RESULT_BACKEND", default=None)
# A request that queues work must not wait on a broker that is down: connecting gives up after 2 seconds and
# a silent connection after 3, and the outbox (recruit_outreach/outbox) keeps the task to send later.
CELERY_BROKER_CONNECTION_TIMEOUT = 2
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "socket_connect_timeout": 2,
    "socket_timeout": 3,
    # A task a worker took but never acknowledged (the worker was killed) goes back on the queue after this
    # many seconds. It must be longer than any task's hard time limit, or a slow task would run twice.
    "visibility_timeout": env.int("CELERY_VISIBILITY_TIMEOUT", default=40 * 60),
}
CELERY_REDIS_SOCKET_CONNECT_TIMEOUT = 2
CELERY_REDIS_SOCKET_TIMEOUT = 3
# Acknowledge a task when it has finished, and put it back when the worker running it dies, so a killed
# worker loses nothing. Every task is safe to run twice (a re-run records its result once).
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
# Except a document check: a file that kills its process (by exhausting memory, say) must not be put back to
# kill the next one. The resident is offered "check again" once the check's time limit has passed.
CELERY_TASK_ANNOTATIONS = {"applications.tasks.check_upload": {"reject_on_worker_lost": False}}
# Every task also sets its own limits (tests/unit/test_task_time_limits.py); these are the fallback for one that
# sets none: at the soft limit the task is told and can record what happened; at the hard limit its process is
# killed. Both stay below the visibility timeout.
CELERY_TASK_SOFT_TIME_LIMIT = 240
CELERY_TASK_TIME_LIMIT = 300
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TIMEZONE = TIME_ZONE
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
CELERY_BEAT_SCHEDULE = {
    # Tasks queued while the broker was down (kept in the outbox table) are sent once it is back.
    "send-pending-tasks": {
        "task": "recruit_outreach.outbox.tasks.send_pending_tasks",
        "schedule": 60,
    },
    "clear-expired-sessions": {
        "task": "recruit_outreach.accounts.tasks.clear_expired_sessions",
        "schedule": 24 * 60 * 60,
    },
    "closing-date-reminders": {
        "task": "applications.tasks.send_closing_date_reminders",
        "schedule": crontab(hour=9, minute=0),
    },
    "session-reminders": {
        "task": "recruit_outreach.outreach.tasks.send_session_reminders",
        "schedule": crontab(minute=5),
    },
    "expire-waiting-list-offers": {
        "task": "recruit_outreach.outreach.tasks.expire_waiting_list_offers",
        "schedule": crontab(minute="*/10"),
    },
    "volunteer-expiry-alerts": {
        "task": "recruit_outreach.outreach.volunteering.tasks.send_expiry_alerts",
        "schedule": crontab(hour=8, minute=0),
    },
    "retention": {
        "task": "applications.tasks.apply_retention",
        "schedule": crontab(hour=3, minute=30),
    },
    "disability-confident-expiry-alerts": {
        "task": "recruit_outreach.outreach.employers.tasks.send_disability_confident_alerts",
        "schedule": crontab(hour=8, minute=10),
    },
    # The programme indicators for the current and previous quarter and month, each night.
    "compute-programme-indicators": {
        "task": "recruit_outreach.programmes.tasks.compute_indicators",
        "schedule": crontab(hour=2, minute=30),
    },
}

# --- Retention (applications/retention.py) ----------------------------------------------------------------
# Drafts untouched this many days are deleted, after an email this many days before; uploaded files are
# deleted this many days after their application's closing date unless the resident keeps them.
RETENTION_DRAFT_DAYS = env.int("RETENTION_DRAFT_DAYS", default=365)
RETENTION_DRAFT_WARNING_DAYS = env.int("RETENTION_DRAFT_WARNING_DAYS", default=30)
RETENTION_UPLOAD_DAYS_AFTER_CLOSING = env.int("RETENTION_UPLOAD_DAYS_AFTER_CLOSING", default=90)

# --- Outreach -----------------------------------------------------------------------------------------
# A place freed on a full session is held this long for the first person on the waiting list.
OUTREACH_OFFER_HOLD_HOURS = env.int("OUTREACH_OFFER_HOLD_HOURS", default=24)
# Text message reminders go through GOV.UK Notify when a key is set; otherwise they are printed to the log.
NOTIFY_API_KEY = env("NOTIFY_API_KEY", default="")
NOTIFY_SMS_TEMPLATE_ID = env("NOTIFY_SMS_TEMPLATE_ID", default="")
NOTIFY_BASE_URL = env("NOTIFY_BASE_URL", default="https://api.notifications.service.gov.uk")
# The key for pseudonyms in the hospital-support export for analysts. Kept out of the database and the export.
PSEUDONYM_KEY = env("PSEUDONYM_KEY", default="")

# --- Email --------------------------------------------------------------------------------------------
EMAIL_CONFIG = env.email("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="NW London recruitment outreach <noreply@localhost>")
SERVER_EMAIL = env("SERVER_EMAIL", default=DEFAULT_FROM_EMAIL)

# --- Security -----------------------------------------------------------------------------------------
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = env.bool("SECURE_COOKIES", default=not DEBUG and not TESTING)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=not DEBUG and not TESTING)
# A load balancer probes /healthz/ over plain HTTP inside the network.
SECURE_REDIRECT_EXEMPT = [r"^healthz/$"]
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=0 if DEBUG or TESTING else 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=not DEBUG)
if env.bool("BEHIND_TLS_PROXY", default=False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    # Sign-in limits count per client, so take the client's address from the proxy's X-Forwarded-For.
    ALLAUTH_TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=1)
SECURE_CONTENT_TYPE_NOSNIFF = True
# Request bodies: a larger Content-Length is refused with 413 before the body is read (request_limits.py).
# Residents upload files of up to 5 MB; staff upload images in the Wagtail admin. Keep the proxy's own limit
# (nginx client_max_body_size) at or above ADMIN_REQUEST_MAX_BYTES: see the README.
REQUEST_MAX_BYTES = env.int("REQUEST_MAX_BYTES", default=6 * 1024 * 1024)
ADMIN_REQUEST_MAX_BYTES = env.int("ADMIN_REQUEST_MAX_BYTES", default=20 * 1024 * 1024)
# Form fields other than files (a pasted advert is at most 100,000 characters); files past 1 MB go to disk.
DATA_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 1024 * 1024
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"  # Wagtail marks its own preview views SAMEORIGIN

# Content-Security-Policy (django-csp, enforced). No page has an inline script, inline style, style=""
# attribute or on*= handler: scripts and styles are files under /static/, and words a script shows come
# from data- attributes in the page. NHS.UK frontend's CSS loads the Frutiger font from assets.nhs.uk; the
# two-step sign-in set-up page shows its QR code as a data: image. The one inline <style> is the 500 page's,
# allowed by its hash (tests/unit/test_security_headers.py checks the hash still matches the template).
_ERROR_PAGE_STYLE = "'sha256-Gh7m2MhmncQ4A82oRyaXc/ZyvfEY25MtOfsh95dQ5KU='"
_SITE_DIRECTIVES = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'", _ERROR_PAGE_STYLE],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'", "https://assets.nhs.uk"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}
CONTENT_SECURITY_POLICY = {"DIRECTIVES": _SITE_DIRECTIVES}
# The Wagtail admin (/admin/, recruit_outreach/headers.py) needs two allowances the site does not, and gets
# them on /admin/ only: 'unsafe-inline' for scripts and styles, because Wagtail 8's editor writes inline
# <script> elements whose contents change with each page (panel and block definitions) and its bundled
# vendor.js adds inline <script> and <style> elements as it runs, with no way to give them a nonce (Wagtail's
# open "CSP compatibility" work: wagtail/wagtail#1288, wagtail/roadmap#92; the editor browser tests show 40+
# distinct inline scripts across page types); and frame-ancestors 'self' for the editor's live preview frame.
# Every other directive is the site's, so the admin still loads nothing from elsewhere, posts forms only to
# this site and cannot be framed by another. The admin is open only to staff signed in with two-step sign-in.
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **_SITE_DIRECTIVES,
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "frame-ancestors": ["'self'"],
    }
}

# Permissions-Policy (django-permissions-policy): the site uses none of these browser features, so no page,
# and nothing embedded in one, may ask for them. (Two-step sign-in is an authenticator app and recovery codes,
# not passkeys: allowing passkeys would mean removing "publickey-credentials-get".)
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "ambient-light-sensor",
        "autoplay",
        "bluetooth",
        "browsing-topics",
        "camera",
        "display-capture",
        "encrypted-media",
        "geolocation",
        "gyroscope",
        "hid",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "publickey-credentials-get",
        "screen-wake-lock",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
}
SILENCED_SYSTEM_CHECKS = env.list("SILENCED_SYSTEM_CHECKS", default=[])

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    # Wagtail logs every page action and background task at INFO; keep the console for what matters.
    "loggers": {name: {"level": "WARNING"} for name in ("wagtail", "django_tasks", "modelsearch")},
}
