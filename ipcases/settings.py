"""Settings for ipcases, read from the environment.

Without any variables set, the site runs with production settings (DEBUG off, HTTPS only) on an
SQLite file in the project folder, and refuses to start until SECRET_KEY is set. The demo runs
with DEBUG=1 (`make run` sets it). Production sets SECRET_KEY, ALLOWED_HOSTS and DATABASE_URL
(postgres://user:password@host:port/name).
"""

import datetime as dt
import os
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_seconds(name: str, default: float) -> float:
    value = os.environ.get(name, "").strip()
    try:
        return float(value) if value else default
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a number of seconds, not {value!r}") from None


def database_from_url(url: str, connect_timeout: float = 5, statement_timeout: float = 0) -> dict:
    """The DATABASES entry for a postgres:// or sqlite:/// URL. On PostgreSQL a connection
    attempt gives up after `connect_timeout` seconds, and a statement after
    `statement_timeout` (0: never)."""
    parts = urlsplit(url)
    if parts.scheme == "sqlite":
        name = unquote(parts.path[1:]) if parts.path not in ("", "/") else ":memory:"
        return {"ENGINE": "django.db.backends.sqlite3", "NAME": name}
    if parts.scheme in ("postgres", "postgresql"):
        options = {"connect_timeout": max(1, round(connect_timeout))}
        if statement_timeout:
            options["options"] = f"-c statement_timeout={round(statement_timeout * 1000)}"
        return {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": unquote(parts.path.lstrip("/")),
            "USER": unquote(parts.username or ""),
            "PASSWORD": unquote(parts.password or ""),
            "HOST": parts.hostname or "",
            "PORT": str(parts.port or ""),
            "CONN_MAX_AGE": 60,
            # A kept connection is tested before a request uses it: after the server restarts,
            # the first request of each worker opens a new one instead of failing.
            "CONN_HEALTH_CHECKS": True,
            "OPTIONS": options,
        }
    raise ValueError(f"DATABASE_URL scheme {parts.scheme!r} is not supported")


DEBUG = env_bool("DEBUG", False)
DEMO_SECRET_KEY = "insecure-demo-key-set-SECRET_KEY-in-production"
SECRET_KEY = os.environ.get("SECRET_KEY", DEMO_SECRET_KEY)
if not DEBUG and SECRET_KEY == DEMO_SECRET_KEY:
    # The demo key is public: sessions and admin logins signed with it could be forged.
    raise ImproperlyConfigured(
        "SECRET_KEY is not set. Set it to a long random value (for example the output of "
        "`python -c 'import secrets; print(secrets.token_urlsafe(50))'`), or set DEBUG=1 to "
        "run the demo."
    )
ALLOWED_HOSTS = [h for h in os.environ.get("ALLOWED_HOSTS", "127.0.0.1,localhost").split(",") if h]

DATABASES = {
    "default": database_from_url(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        connect_timeout=env_seconds("DATABASE_CONNECT_TIMEOUT", 5),
        # None for commands (migrations, imports, reindexing run long statements); the web
        # server's entry point (wsgi.py) sets a default for requests.
        statement_timeout=env_seconds("DATABASE_STATEMENT_TIMEOUT", 0),
    )
}


def replicas_from_urls(urls: str, connect_timeout: float, statement_timeout: float) -> dict:
    """The DATABASES entries of the read replicas in a comma-separated list of URLs, as
    replica1, replica2... Tests never create databases for them (a replica copies the
    primary's)."""
    entries = {}
    for number, url in enumerate((u.strip() for u in urls.split(",") if u.strip()), 1):
        entry = database_from_url(url, connect_timeout, statement_timeout)
        entries[f"replica{number}"] = {**entry, "TEST": {"MIRROR": "default"}}
    return entries


# Read replicas: pages read from them, writes and everything else go to the primary (see
# ipcases/replicas.py). A replica that cannot be reached within its connect timeout is skipped.
REPLICA_DATABASES = replicas_from_urls(
    os.environ.get("DATABASE_REPLICA_URLS", ""),
    connect_timeout=env_seconds("DATABASE_REPLICA_CONNECT_TIMEOUT", 2),
    statement_timeout=env_seconds("DATABASE_STATEMENT_TIMEOUT", 0),
)
DATABASES.update(REPLICA_DATABASES)
DATABASE_REPLICAS = list(REPLICA_DATABASES)
DATABASE_ROUTERS = ["ipcases.replicas.ReplicaRouter"]
# After a write (a POST), the writer's next pages read from the primary for this long, so that
# they show what was just written even where a replica has not replayed it yet.
REPLICA_PIN_SECONDS = env_seconds("REPLICA_PIN_SECONDS", 15)
# A replica that could not be reached is not tried again for this long.
REPLICA_RETRY_SECONDS = env_seconds("REPLICA_RETRY_SECONDS", 5)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_filters",
    "rest_framework",
    "rest_framework.authtoken",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "axes",
    "ipcases",
    "ipcases.demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "ipcases.health.DatabaseUnavailableMiddleware",
    "ipcases.replicas.PrimaryAfterWriteMiddleware",
    "ipcases.security.SecurityHeadersMiddleware",
    # Inside the headers: the site's 404 page in place of Django's technical one (DEBUG).
    "ipcases.not_found.FriendlyNotFoundMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into its 429 page.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# The admin login is throttled: after 5 wrong passwords for one user name from one address,
# that pair is locked out for 15 minutes (locking by address alone would lock out everyone
# behind the same proxy).
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = dt.timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "locked_out.html"

ROOT_URLCONF = "ipcases.urls"
WSGI_APPLICATION = "ipcases.wsgi.application"

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
            ],
        },
    },
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "UTC"
USE_I18N = False
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"

# Expensive pages (analytics) are kept in Django's cache (the alias "pages"), keyed by their
# normalised query and the catalogue's data version, which every write changes
# (ipcases/pages/cache.py): files in CACHE_DIR by default (ipcases/filecache.py), shared by
# every worker on the machine; REDIS_URL for several machines (needs the redis package);
# CACHE_DIR= (empty) for none. The default cache (the API's throttling counts) stays per
# process.
CACHE_DIR = os.environ.get("CACHE_DIR", str(BASE_DIR / "cache"))
if os.environ.get("REDIS_URL"):
    PAGE_CACHE = {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": os.environ["REDIS_URL"],
    }
elif CACHE_DIR:
    PAGE_CACHE = {
        "BACKEND": "ipcases.filecache.FileCache",
        "LOCATION": CACHE_DIR,
        "TIMEOUT": 24 * 3600,
        "OPTIONS": {"MAX_ENTRIES": 10_000},
    }
else:
    PAGE_CACHE = {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "pages": PAGE_CACHE,
}
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}

# Production hardening, active whenever DEBUG is off.
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
SECURE_HSTS_SECONDS = 0 if DEBUG else int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
# Joining the browsers' preload list is hard to undo (it outlives the header by months), so it
# is asked for, not assumed.
SECURE_HSTS_PRELOAD = not DEBUG and env_bool("SECURE_HSTS_PRELOAD", False)
SILENCED_SYSTEM_CHECKS = [] if SECURE_HSTS_PRELOAD else ["security.W021"]
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# Load balancers probe the health check over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"

# The API (ipcases/api/): read-only JSON, anonymous requests throttled per address, requests
# with a token (Authorization: Token <key>; an editor creates tokens in the admin) per user.
# Rates are "N/second", "N/minute", "N/hour" or "N/day". The counts are kept in Django's
# cache: per process unless CACHES names a shared one.
API_ANON_RATE = os.environ.get("API_ANON_RATE", "60/minute")
API_TOKEN_RATE = os.environ.get("API_TOKEN_RATE", "600/minute")
REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": [
        "rest_framework.parsers.JSONParser",
        "rest_framework.parsers.FormParser",
    ],
    "DEFAULT_AUTHENTICATION_CLASSES": ["rest_framework.authentication.TokenAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "DEFAULT_THROTTLE_CLASSES": [
        "ipcases.api.throttling.AnonymousRate",
        "ipcases.api.throttling.TokenRate",
    ],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "ipcases API",
    "DESCRIPTION": "Read-only access to the catalogue of IP rulings: the same searches, "
    "filters and figures as the site. See docs/api.md.",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "COMPONENT_SPLIT_REQUEST": True,
    "ENUM_NAME_OVERRIDES": {
        "BasisEnum": "ipcases.models.Basis",
        "RulingKindEnum": "ipcases.models.Ruling.Kind",
        "CourtKindEnum": "ipcases.models.Court.Kind",
        "RightKindEnum": "ipcases.models.IPRight.Kind",
        "TextTreatmentEnum": "ipcases.models.Citation.Treatment",
        "RowTreatmentEnum": "ipcases.api.serializers.TREATMENT_CHOICES",
    },
}

# The most rulings one export file holds (the file and the list page say so).
EXPORT_MAX_ROWS = int(os.environ.get("EXPORT_MAX_ROWS", "50000"))

# Alerts (ipcases/alerts, `manage.py send_alerts`). Emails go through Django's email backend
# (EMAIL_HOST and friends; the console with DEBUG on); links in them start with SITE_URL.
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "alerts@localhost")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
if DEBUG and "EMAIL_HOST" not in os.environ:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# A ruling added this long before a search last ran is still sent if it has come to match
# since (its citations and statutes are read after it is imported); never twice.
ALERT_LOOKBACK = dt.timedelta(days=int(os.environ.get("ALERT_LOOKBACK_DAYS", "14")))
ALERT_MAX_RULINGS = 500  # a delivery at most; the others wait for the next run
ALERT_WEBHOOK_ATTEMPTS = 4
ALERT_WEBHOOK_BACKOFF = env_seconds("ALERT_WEBHOOK_BACKOFF", 2)  # then 4, 8 seconds
ALERT_WEBHOOK_TIMEOUT = 10
# Webhooks to loopback, private or link-local addresses: refused unless turned on (a receiver
# on the server's own network).
ALERT_WEBHOOK_PRIVATE = env_bool("ALERT_WEBHOOK_PRIVATE", False)
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "saved_searches"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
