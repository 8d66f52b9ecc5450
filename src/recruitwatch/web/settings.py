"""Django settings for RecruitWatch, read from the environment and the data directory.

Secrets live outside the repository: the Django secret key and the keyring are files in the
data directory (``RECRUITWATCH_DATA_DIR``), created by ``recruitwatch init`` with mode 0600.
"""

from __future__ import annotations

import os
import secrets
from datetime import timedelta
from pathlib import Path
from typing import Any

import dj_database_url

from recruitwatch import config

BASE_DIR = Path(__file__).resolve().parent
DATA_DIR = config.data_dir()


def _env_flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in {"1", "true", "yes", "on"}


def _secret_key() -> str:
    configured = os.environ.get("RECRUITWATCH_SECRET_KEY", "").strip()
    if configured:
        return configured
    path = config.secret_key_path()
    if path.exists():
        return path.read_text(encoding="utf-8").strip()
    # Not initialised yet (e.g. while `recruitwatch init` runs): a throwaway key, so nothing
    # signed with it outlives this process.
    return secrets.token_urlsafe(50)


SECRET_KEY = _secret_key()
DEBUG = _env_flag("RECRUITWATCH_DEBUG")
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"] + [
    host.strip() for host in os.environ.get("RECRUITWATCH_ALLOWED_HOSTS", "").split(",") if host
]

INSTALLED_APPS = [
    # First, so its registration/ templates win over the admin's.
    "recruitwatch.web",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "axes",
    "csp",
    "recruitwatch.records",
    "recruitwatch.audit",
    "recruitwatch.access",
    "recruitwatch.linking",
    "recruitwatch.ingest",
    "recruitwatch.review",
    "recruitwatch.search",
    "recruitwatch.dashboard",
    "recruitwatch.api",
    "recruitwatch.cli",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Before the session rules, so that an ended session can say why on the login page.
    "django.contrib.messages.middleware.MessageMiddleware",
    # Inactivity and absolute timeouts: an ended session is logged out before anything else.
    "recruitwatch.web.middleware.SessionTimeoutMiddleware",
    # Deny by default: every view needs a login unless it is marked @login_not_required.
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    # Before the rules that redirect, so every answer to a signed-in user is no-store.
    "recruitwatch.web.middleware.NoStoreForSignedInMiddleware",
    "recruitwatch.web.middleware.PasswordChangeRequiredMiddleware",
    "recruitwatch.web.middleware.TwoFactorRequiredMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes asks: it turns a lockout flagged during the view into its page.
    "axes.middleware.AxesMiddleware",
]

# django-axes first: it refuses a locked-out username and address before any password is
# checked (and so before any password hash is computed for an attacker).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "recruitwatch.web.urls"
WSGI_APPLICATION = "recruitwatch.web.wsgi.application"
AUTH_USER_MODEL = "web.User"
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "documents"
LOGOUT_REDIRECT_URL = "login"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]


def _databases() -> dict[str, Any]:
    url = config.database_url()
    if url:
        return {"default": dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)}
    return {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(config.sqlite_path()),
            "OPTIONS": {
                # WAL: readers never block the writer; IMMEDIATE: a writing transaction takes
                # the lock at BEGIN, so two writers queue (timeout, seconds) instead of failing
                # half-way. Django turns foreign keys on for every SQLite connection.
                "init_command": "PRAGMA journal_mode=WAL;",
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
            },
        }
    }


DATABASES = _databases()
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Login throttling (django-axes). The lock is on the pair (username, address): someone guessing
# from elsewhere locks only themselves out, never the caseworker at her own desk. Five failures
# lock the pair for fifteen minutes, counted from the fifth failure; further tries during the
# lock do not extend it, so a lockout always ends. A successful login clears the count.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_RESET_ON_SUCCESS = True
# Our page (status 429) instead of axes' plain-text one.
AXES_LOCKOUT_CALLABLE = "recruitwatch.web.views.lockout_view"
# Masked in axes' stored request data and in its log lines. axes always masks "password";
# usernames and addresses are personal data too, and so are the other form fields that ever
# reach a login-related request.
AXES_SENSITIVE_PARAMETERS = [
    "username",
    "ip_address",
    "password",
    "old_password",
    "new_password1",
    "new_password2",
    "code",
    "csrfmiddlewaretoken",
]

# Two-factor (TOTP): five wrong codes block the second step for fifteen minutes (per user, so
# that a stolen password cannot be followed by a search through the million codes).
RECRUITWATCH_TWO_FACTOR_FAILURE_LIMIT = 5
RECRUITWATCH_TWO_FACTOR_COOLOFF = timedelta(minutes=15)

# Sessions: a shared office laptop is the common case. A session ends with the browser, after
# thirty minutes without a request (the cookie age, renewed on every request), and eight hours
# after login whatever happens (SessionTimeoutMiddleware, which also enforces the inactivity
# limit itself so that it does not depend on the session backend's clean-up).
SESSION_COOKIE_AGE = 30 * 60
SESSION_SAVE_EVERY_REQUEST = True
RECRUITWATCH_SESSION_IDLE_TIMEOUT = timedelta(minutes=30)
RECRUITWATCH_SESSION_ABSOLUTE_TIMEOUT = timedelta(hours=8)
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Behind HTTPS (RECRUITWATCH_HTTPS=1): cookies only over HTTPS, plain HTTP redirected, and
# browsers told (HSTS) to use nothing but HTTPS for a year. The app is then expected behind a
# TLS-terminating proxy that sets X-Forwarded-Proto (and strips it from clients); without that
# header every request would look like plain HTTP and be redirected forever.
HTTPS = _env_flag("RECRUITWATCH_HTTPS")
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_SSL_REDIRECT = HTTPS
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if HTTPS else None
SECURE_HSTS_SECONDS = 365 * 24 * 60 * 60 if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
# The directive alone changes nothing: a domain enters browsers' preload lists only when its
# owner submits it (hstspreload.org). It is sent so that `check --deploy` is clean and owners
# who want preloading need no code change.
SECURE_HSTS_PRELOAD = HTTPS

# Content-Security-Policy (django-csp 4): only this site's own files run or style a page; no
# inline script or style (tests/web/test_templates.py keeps the templates free of them).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
    },
}

LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("ru", "Русский")]
LOCALE_PATHS = [BASE_DIR.parent / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
WHITENOISE_USE_FINDERS = True  # serve app static files without a collectstatic step

# Owned by the deployment, in its data directory.
RECRUITWATCH_KEYRING_PATH = config.keyring_path()
RECRUITWATCH_EVIDENCE_DIR = config.evidence_dir()
RECRUITWATCH_LOG_DIR = config.log_dir()

# Application logs name records by identifier only; request bodies, form values and query
# strings are never logged. Django's request logger would print URLs of failed requests, which
# carry no names (URLs use identifiers), so it is kept.
LOGGING: dict[str, object] = {
    "version": 1,
    "disable_existing_loggers": False,
    # Tracebacks keep their frames and the exception's type; the message is withheld.
    "formatters": {
        "plain": {
            "()": "recruitwatch.web.logformat.ExceptionMessageWithheldFormatter",
            "format": "%(asctime)s %(levelname)s %(name)s %(message)s",
        }
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "loggers": {
        "recruitwatch": {"handlers": ["console"], "level": "INFO"},
        "django": {"handlers": ["console"], "level": "WARNING"},
    },
}
if RECRUITWATCH_LOG_DIR.is_dir():
    LOGGING["handlers"]["file"] = {  # type: ignore[index]
        "class": "logging.handlers.RotatingFileHandler",
        "filename": str(RECRUITWATCH_LOG_DIR / "recruitwatch.log"),
        "maxBytes": 5 * 1024 * 1024,
        "backupCount": 5,
        "formatter": "plain",
        "encoding": "utf-8",
    }
    for logger in ("recruitwatch", "django"):
        LOGGING["loggers"][logger]["handlers"].append("file")  # type: ignore[index]
