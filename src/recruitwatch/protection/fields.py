"""Django model fields whose values are sealed at rest with the deployment keyring.

What goes into the column is a sealed token (see ``protection.crypto``) bound to
``app_label.Model.field``; what comes out is the plain value. The fields refuse every lookup
except ``isnull``: a filter on ciphertext can never match, and a silently empty result would
be worse than an error. Exact-match search over protected names comes with a blind index.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.exceptions import FieldError
from django.db import models
from django.db.models import Lookup
from django.db.models.lookups import IsNull

from recruitwatch.protection.crypto import seal, unseal
from recruitwatch.protection.keyring import Keyring, keyring_load

_lock = threading.Lock()
_cached: tuple[tuple[str, int], Keyring] | None = None


def active_keyring() -> Keyring:
    """The deployment's keyring, re-read when the file changes (e.g. after a key rotation)."""
    global _cached
    path = Path(settings.RECRUITWATCH_KEYRING_PATH)
    try:
        stamp = (str(path), path.stat().st_mtime_ns)
    except FileNotFoundError:
        stamp = (str(path), -1)
    with _lock:
        if _cached is None or _cached[0] != stamp:
            _cached = (stamp, keyring_load(path))
        return _cached[1]


class _SealedFieldMixin:
    """Shared sealing logic; the concrete fields decide how a value becomes bytes."""

    name: str
    model: type[models.Model]

    def _aad(self) -> bytes:
        return f"{self.model._meta.label}.{self.name}".encode()

    def get_lookup(self, lookup_name: str) -> type[Lookup[Any]] | None:
        if lookup_name == "isnull":
            return IsNull
        raise FieldError(
            f"{self.model._meta.label}.{self.name} is encrypted and cannot be filtered "
            f"with '{lookup_name}'"
        )

    def _seal_text(self, text: str) -> str:
        return seal(active_keyring(), text.encode("utf-8"), aad=self._aad())

    def _unseal_text(self, token: str) -> str:
        return unseal(active_keyring(), token, aad=self._aad()).decode("utf-8")


class EncryptedTextField(_SealedFieldMixin, models.TextField):  # type: ignore[type-arg]
    """Free text (names, contacts, testimony) sealed at rest."""

    def from_db_value(self, value: str | None, expression: Any, connection: Any) -> str | None:
        if value is None:
            return None
        return self._unseal_text(value)

    def get_prep_value(self, value: Any) -> str | None:
        value = super().get_prep_value(value)
        if value is None:
            return None
        return self._seal_text(str(value))


class EncryptedJSONField(_SealedFieldMixin, models.TextField):  # type: ignore[type-arg]
    """A JSON value (e.g. a list of aliases) sealed at rest."""

    def from_db_value(self, value: str | None, expression: Any, connection: Any) -> Any:
        if value is None:
            return None
        return json.loads(self._unseal_text(value))

    def to_python(self, value: Any) -> Any:
        if isinstance(value, str):
            try:
                return json.loads(value)
            except json.JSONDecodeError:
                return value
        return value

    def get_prep_value(self, value: Any) -> str | None:
        if value is None:
            return None
        return self._seal_text(json.dumps(value, ensure_ascii=False, sort_keys=True))

    def value_to_string(self, obj: models.Model) -> str:
        return json.dumps(self.value_from_object(obj), ensure_ascii=False)

    def formfield(self, **kwargs: Any) -> Any:  # type: ignore[override]
        from django import forms

        return super().formfield(**{"form_class": forms.JSONField, **kwargs})
