"""Django settings for RecruitWatch, read from the environment and the data directory.

Secrets live outside the repository: the Django secret key and the keyring are files in the
data directory (``RECRUITWATCH_DATA_DIR``), created by ``recruitwatch init`` with mode 0600.
"""

from __future__ import annotations

import os
import secrets
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
    "recruitwatch.records",
    "recruitwatch.audit",
    "recruitwatch.access",
    "recruitwatch.ingest",
    "recruitwatch.cli",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Deny by default: every view needs a login unless it is marked @login_not_required.
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "recruitwatch.web.middleware.PasswordChangeRequiredMiddleware",
    "recruitwatch.web.middleware.NoStoreForSignedInMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
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

# Sessions: a shared office laptop is the common case, so sessions end with the browser and
# after eight hours at most.
SESSION_COOKIE_AGE = 8 * 60 * 60
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
HTTPS = _env_flag("RECRUITWATCH_HTTPS")
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

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
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
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
