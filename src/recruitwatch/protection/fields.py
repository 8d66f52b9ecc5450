"""Django model fields for envelope encryption: data keys, sealed values, blind indexes.

* :class:`DataKeyField` — every record's own random data key, stored wrapped by the active
  master key (``rwk1.…``), generated in ``pre_save`` on the record's first save.
* :class:`EncryptedTextField`, :class:`EncryptedJSONField` — values sealed under the record's
  data key (``rw2.…``), bound to table, column and the record identifier (the *row binding*).
  ``from_db_value`` has no row, so it only wraps the column's token in :class:`SealedValue`;
  the field's descriptor opens it on attribute access with the instance's identifier and data
  key. ``pre_save`` (which has the instance) seals.
* :class:`BlindIndexField` — the keyed HMAC of a sealed name, for exact-name lookups.

The sealed fields refuse every lookup except ``isnull`` (a filter on ciphertext can never
match, and a silently empty result would be worse than an error) and every write that does
not go through the record's ``save()`` — ``QuerySet.update()``, ``bulk_update()``, expressions
— because only ``save()`` has the row to seal against. Opening with a wrong or missing key
raises :class:`DecryptionError`; it never returns ciphertext or an empty value.

Rows written before envelope encryption hold ``rw1`` tokens sealed directly under a master
key and no data key; they still open, keep being written that way until a key rotation gives
them a data key and re-seals them (``protection.rotation``).
"""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.exceptions import FieldError
from django.db import DEFAULT_DB_ALIAS, models
from django.db.models import Lookup
from django.db.models.lookups import IsNull
from django.db.models.query_utils import DeferredAttribute

from recruitwatch.protection.blind_index import BLIND_INDEX_COLUMN_CHARS, blind_index
from recruitwatch.protection.crypto import TOKEN_PREFIX, seal, unseal
from recruitwatch.protection.envelope import (
    data_key_generate,
    data_key_unwrap,
    data_key_wrap,
    value_aad,
    value_open,
    value_seal,
    wrapped_key_aad,
    wrapped_key_master_id,
)
from recruitwatch.protection.errors import DecryptionError, ProtectionError
from recruitwatch.protection.keyring import Keyring, keyring_load
from recruitwatch.protection.passphrase import passphrase_obtain

_lock = threading.Lock()
_cached: tuple[tuple[str, int, int, int], Keyring] | None = None
#: Where an instance keeps its unwrapped data key (dropped when the instance is pickled).
DATA_KEY_CACHE = "_protection_data_key"


def active_keyring() -> Keyring:
    """The deployment's keyring, re-read when the file changes (e.g. after a key rotation).

    A locked keyring is opened with ``RECRUITWATCH_PASSPHRASE`` or a prompt, once per
    process; without either it raises :class:`KeyringLockedError`.
    """
    global _cached
    path = Path(settings.RECRUITWATCH_KEYRING_PATH)
    try:
        status = path.stat()
        # The inode too: every write replaces the file, and two writes can share an mtime.
        stamp = (str(path), status.st_mtime_ns, status.st_ino, status.st_size)
    except FileNotFoundError:
        stamp = (str(path), -1, -1, -1)
    with _lock:
        if _cached is None or _cached[0] != stamp:
            _cached = (stamp, keyring_load(path, passphrase=passphrase_obtain))
        return _cached[1]


def keyring_cache_clear() -> None:
    """Forget the keyring read last (after this process rewrote it, or in tests)."""
    global _cached
    with _lock:
        _cached = None


def keyring_unlock() -> Keyring:
    """Open the keyring now (asking for the passphrase if it is locked), e.g. before serving."""
    return active_keyring()


class SealedValue:
    """A column's token as loaded, not yet opened: it opens only through its record."""

    __slots__ = ("token",)

    def __init__(self, token: str) -> None:
        self.token = token

    def __repr__(self) -> str:
        return "<sealed value>"

    def __str__(self) -> str:
        raise DecryptionError(
            "a sealed value opens only through its record; load model instances, not values()"
        )


class _OutgoingToken(str):
    """A token made by ``pre_save``: the only thing a sealed column accepts for writing."""

    __slots__ = ()


def _data_key_field(model: type[models.Model]) -> DataKeyField | None:
    """The model's data-key column; None for models that are not records (e.g. a user's
    two-factor device), whose sealed values stay ``rw1`` tokens under the master key."""
    for field in model._meta.concrete_fields:
        if isinstance(field, DataKeyField):
            return field
    return None


def record_data_key(instance: models.Model, *, create: bool = False) -> bytes | None:
    """The record's data key, unwrapped; None for a legacy row that has none yet.

    With ``create`` (first save), a record without one gets a fresh random key, wrapped under
    the active master key into its data-key column. None too for models without that column.
    """
    field = _data_key_field(type(instance))
    if field is None:
        return None
    token = getattr(instance, field.attname) or ""
    cached = instance.__dict__.get(DATA_KEY_CACHE)
    if token:
        if cached is not None and cached[0] == token:
            return bytes(cached[1])
        data_key = data_key_unwrap(active_keyring(), token, aad=field.aad_for(instance))
        instance.__dict__[DATA_KEY_CACHE] = (token, data_key)
        return data_key
    if not create:
        return None
    data_key = data_key_generate()
    token = data_key_wrap(active_keyring(), data_key, aad=field.aad_for(instance))
    instance.__dict__[field.attname] = token
    instance.__dict__[DATA_KEY_CACHE] = (token, data_key)
    return data_key


class WrappedKeyField(models.TextField):  # type: ignore[type-arg]
    """A data key wrapped by a master key, bound to this row by ``binding_field``'s value."""

    def __init__(self, *args: Any, binding_field: str = "identifier", **kwargs: Any) -> None:
        self.binding_field = binding_field
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", "")
        kwargs.setdefault("editable", False)
        super().__init__(*args, **kwargs)

    def deconstruct(self) -> Any:
        name, path, args, kwargs = super().deconstruct()
        kwargs["binding_field"] = self.binding_field
        for key, value in (("blank", True), ("default", ""), ("editable", False)):
            if kwargs.get(key) == value:
                kwargs.pop(key)
        return name, path, args, kwargs

    def aad_for(self, instance: models.Model) -> bytes:
        return self.aad_for_binding(str(getattr(instance, self.binding_field) or ""))

    def aad_for_binding(self, binding: str) -> bytes:
        if not binding:
            raise ProtectionError(
                f"{self.model._meta.label} has no {self.binding_field} yet; it must be set "
                "before the first save (records.services.identifiers allocates identifiers)"
            )
        return wrapped_key_aad(table=self.model._meta.db_table, column=self.column, binding=binding)

    def rewrap(self, instance: models.Model, keyring: Keyring) -> str | None:
        """The token re-wrapped under the active master key, or None if it already is."""
        token = instance.__dict__.get(self.attname) or ""
        if not token or wrapped_key_master_id(token) == keyring.active_key_id:
            return None
        aad = self.aad_for(instance)
        return data_key_wrap(keyring, data_key_unwrap(keyring, token, aad=aad), aad=aad)


class DataKeyField(WrappedKeyField):
    """The record's own data key; every :class:`Record` has one, named ``data_key``."""

    def pre_save(self, model_instance: models.Model, add: bool) -> Any:
        token = model_instance.__dict__.get(self.attname) or ""
        if add and not token:
            if not getattr(model_instance, self.binding_field):
                return ""  # the identifier CHECK constraint refuses this row anyway
            record_data_key(model_instance, create=True)
            return model_instance.__dict__[self.attname]
        keyring = active_keyring()
        if token and wrapped_key_master_id(token) != keyring.active_key_id:
            # An instance loaded before a rotation must not write back a data key wrapped by
            # a master key the rotation is about to remove: re-wrap it under the active one.
            data_key = record_data_key(model_instance)
            assert data_key is not None  # noqa: S101 - token is non-empty
            token = data_key_wrap(keyring, data_key, aad=self.aad_for(model_instance))
            model_instance.__dict__[self.attname] = token
            model_instance.__dict__[DATA_KEY_CACHE] = (token, data_key)
        return token


class EncryptedFieldDescriptor(DeferredAttribute):
    """Opens the column's token on first access, with the instance's identifier and key.

    A data descriptor (it has ``__set__``), unlike its parent: Python then calls ``__get__``
    even when the instance's ``__dict__`` holds the value, which is where the token waits.
    """

    def __set__(self, instance: Any, value: Any) -> None:
        instance.__dict__[self.field.attname] = value

    def __get__(self, instance: Any, cls: Any = None) -> Any:
        if instance is None:
            return self
        field: Any = self.field  # a _SealedFieldMixin
        data = instance.__dict__
        name = field.attname
        if name not in data:
            data[name] = field.raw_load(instance)
        value = data[name]
        if isinstance(value, SealedValue):
            value = field.open_token(instance, value.token)
            data[name] = value
        return value


class _SealedFieldMixin:
    """Shared sealing logic; the concrete fields decide how a value becomes bytes."""

    name: str
    attname: str
    column: str
    model: type[models.Model]
    descriptor_class = EncryptedFieldDescriptor

    def _label(self) -> str:
        return f"{self.model._meta.label}.{self.name}"

    def _legacy_aad(self) -> bytes:
        return self._label().encode()

    def _value_aad(self, instance: models.Model) -> bytes:
        identifier = str(getattr(instance, "identifier", "") or "")
        if not identifier:
            raise ProtectionError(
                f"{self._label()}: the record has no identifier yet; identifiers are allocated "
                "before the first save (records.services.identifiers)"
            )
        return value_aad(table=self.model._meta.db_table, column=self.column, identifier=identifier)

    def _encode(self, value: Any) -> bytes:
        raise NotImplementedError

    def _decode(self, plaintext: bytes) -> Any:
        raise NotImplementedError

    def get_lookup(self, lookup_name: str) -> type[Lookup[Any]] | None:
        if lookup_name == "isnull":
            return IsNull
        raise FieldError(
            f"{self._label()} is encrypted and cannot be filtered with '{lookup_name}'"
        )

    def from_db_value(self, value: str | None, expression: Any, connection: Any) -> Any:
        return None if value is None else SealedValue(value)

    def get_prep_value(self, value: Any) -> str | None:
        if value is None:
            return None
        if isinstance(value, _OutgoingToken):
            return str(value)
        raise ProtectionError(
            f"{self._label()} is encrypted: write it by saving the record (QuerySet.update(), "
            "bulk_update() and fixtures cannot seal it against its row)"
        )

    def get_placeholder(self, value: Any, compiler: Any, connection: Any) -> str:
        if hasattr(value, "as_sql"):
            raise ProtectionError(
                f"{self._label()} is encrypted and cannot be set by an expression"
            )
        return "%s"

    def raw_load(self, instance: models.Model) -> SealedValue | None:
        """The column's token for a deferred field, loaded without opening anything."""
        manager = type(instance)._base_manager.using(instance._state.db or DEFAULT_DB_ALIAS)
        value: SealedValue | None = (
            manager.filter(pk=instance.pk).values_list(self.attname, flat=True).get()
        )
        return value

    def open_token(self, instance: models.Model, token: str) -> Any:
        """The plain value of ``token``, which was loaded from ``instance``'s row."""
        key_field = _data_key_field(type(instance))
        has_data_key = key_field is not None and bool(getattr(instance, key_field.attname))
        if token.startswith(TOKEN_PREFIX + "."):
            if has_data_key:
                # A record with a data key has only rw2 values (rotation re-seals legacy ones
                # in the same transaction that gives the key): an rw1 token here was put there.
                raise DecryptionError(f"{self._label()}: a legacy value in a re-keyed record")
            return self._decode(unseal(active_keyring(), token, aad=self._legacy_aad()))
        data_key = record_data_key(instance)
        if data_key is None:
            raise DecryptionError(f"{self._label()}: the record has no data key to open it")
        return self._decode(value_open(data_key, token, aad=self._value_aad(instance)))

    def seal_for(self, instance: models.Model, value: Any, *, add: bool) -> _OutgoingToken:
        """``value`` sealed for ``instance``'s row (a legacy row without data key: as rw1)."""
        plaintext = self._encode(value)
        data_key = record_data_key(instance, create=add)
        if data_key is None:
            return _OutgoingToken(seal(active_keyring(), plaintext, aad=self._legacy_aad()))
        return _OutgoingToken(value_seal(data_key, plaintext, aad=self._value_aad(instance)))

    def pre_save(self, model_instance: models.Model, add: bool) -> Any:
        raw = model_instance.__dict__.get(self.attname)
        if isinstance(raw, SealedValue):
            return _OutgoingToken(raw.token)  # never opened, so unchanged: written back as is
        value = getattr(model_instance, self.attname)
        if value is None:
            return None
        if hasattr(value, "resolve_expression"):
            raise ProtectionError(
                f"{self._label()} is encrypted and cannot be set by an expression"
            )
        return self.seal_for(model_instance, value, add=add)


class EncryptedTextField(_SealedFieldMixin, models.TextField):  # type: ignore[type-arg]
    """Free text (names, contacts, testimony) sealed at rest."""

    def _encode(self, value: Any) -> bytes:
        return str(value).encode("utf-8")

    def _decode(self, plaintext: bytes) -> Any:
        return plaintext.decode("utf-8")


class EncryptedJSONField(_SealedFieldMixin, models.TextField):  # type: ignore[type-arg]
    """A JSON value (e.g. a list of aliases) sealed at rest."""

    def _encode(self, value: Any) -> bytes:
        return json.dumps(value, ensure_ascii=False, sort_keys=True).encode("utf-8")

    def _decode(self, plaintext: bytes) -> Any:
        return json.loads(plaintext.decode("utf-8"))

    def to_python(self, value: Any) -> Any:
        if isinstance(value, str):
            try:
                return json.loads(value)
            except json.JSONDecodeError:
                return value
        return value

    def value_to_string(self, obj: models.Model) -> str:
        return json.dumps(self.value_from_object(obj), ensure_ascii=False)

    def formfield(self, **kwargs: Any) -> Any:  # type: ignore[override]
        from django import forms

        return super().formfield(**{"form_class": forms.JSONField, **kwargs})


class BlindIndexField(models.CharField):  # type: ignore[type-arg]
    """The blind index of a sealed sibling field (``source``), recomputed when it changes.

    A derived column, like ``auto_now``: whoever sets the name (the people service) never
    has to remember it, and a name that was not touched keeps its index without opening it.
    """

    def __init__(self, *args: Any, source: str = "name", **kwargs: Any) -> None:
        self.source = source
        kwargs.setdefault("max_length", BLIND_INDEX_COLUMN_CHARS)
        kwargs.setdefault("db_index", True)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", "")
        kwargs.setdefault("editable", False)
        super().__init__(*args, **kwargs)

    def deconstruct(self) -> Any:
        name, path, args, kwargs = super().deconstruct()
        kwargs["source"] = self.source
        for key, value in (
            ("max_length", BLIND_INDEX_COLUMN_CHARS),
            ("db_index", True),
            ("blank", True),
            ("default", ""),
            ("editable", False),
        ):
            if kwargs.get(key) == value:
                kwargs.pop(key)
        return name, path, args, kwargs

    @property
    def domain(self) -> str:
        return f"{self.model._meta.label}.{self.source}"

    def index_of(self, name: str) -> str:
        return blind_index(active_keyring(), name, domain=self.domain)

    def pre_save(self, model_instance: models.Model, add: bool) -> Any:
        raw = model_instance.__dict__.get(self.source)
        current = model_instance.__dict__.get(self.attname) or ""
        if isinstance(raw, SealedValue) and current:
            return current
        name = getattr(model_instance, self.source)
        index = self.index_of(str(name or ""))
        model_instance.__dict__[self.attname] = index
        return index
