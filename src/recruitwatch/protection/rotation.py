"""Master-key rotation: a new master key re-wraps every data key, then the old key goes.

The order, each step safe to interrupt (re-running ``keys rotate`` finishes the job):

1. add a new master key to the keyring and make it active (atomic write), so everything
   written from now on — by this process or a running server — is wrapped by it;
2. re-seal legacy files (sealed directly under a master key) under data keys of their own;
3. per model, in one transaction: re-wrap every data key not wrapped by the new key; give
   legacy rows (``rw1`` values, no data key) a data key and re-seal their values under it;
   re-seal the ``rw1`` values of models that have no data key (e.g. two-factor devices);
4. count what still names an old key; if anything does (a concurrent writer), repeat 2–3
   once; if it still does, stop with the old key kept;
5. rewrite the keyring without the old master keys. From then on they open nothing.

The protected values themselves are not re-encrypted (only their ``rw1`` leftovers are); a
rotation costs one small AES-GCM operation per record.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from django.apps import apps
from django.db import connection, models, transaction

from recruitwatch.protection.crypto import TOKEN_PREFIX, seal, unseal
from recruitwatch.protection.envelope import (
    WRAPPED_PREFIX,
    data_key_generate,
    data_key_wrap,
    value_seal,
)
from recruitwatch.protection.errors import RotationError
from recruitwatch.protection.fields import (
    DATA_KEY_CACHE,
    DataKeyField,
    SealedValue,
    WrappedKeyField,
    _OutgoingToken,
    _SealedFieldMixin,
    keyring_cache_clear,
)
from recruitwatch.protection.keyring import Keyring, keyring_load, keyring_write
from recruitwatch.protection.passphrase import passphrase_obtain

#: Called with a step's name and its number of items, then once per item done.
StepStart = Callable[[str, int], None]
Advance = Callable[[], None]


class SealedFileStore(Protocol):
    """Files sealed outside the database (evidence), as rotation needs to see them."""

    label: str

    def legacy_count(self) -> int: ...

    def legacy_reseal(self, *, on_file: Advance | None = None) -> int: ...


@dataclass
class RotationReport:
    new_key_id: str
    retired_key_ids: list[str]
    rewrapped: dict[str, int] = field(default_factory=dict)
    resealed: dict[str, int] = field(default_factory=dict)


def _wrapped_fields(model: type[models.Model]) -> list[WrappedKeyField]:
    return [f for f in model._meta.concrete_fields if isinstance(f, WrappedKeyField)]


def _sealed_fields(model: type[models.Model]) -> list[Any]:
    return [f for f in model._meta.concrete_fields if isinstance(f, _SealedFieldMixin)]


def _data_key_field(model: type[models.Model]) -> DataKeyField | None:
    return next((f for f in _wrapped_fields(model) if isinstance(f, DataKeyField)), None)


def protected_models() -> list[type[models.Model]]:
    """Every installed model with a wrapped key or a sealed value, in a stable order."""
    found = [
        model
        for model in apps.get_models()
        if not model._meta.proxy and (_wrapped_fields(model) or _sealed_fields(model))
    ]
    return sorted(found, key=lambda model: model._meta.label)


def _rw1_key_id(token: str) -> str:
    return token.split(".", 2)[1] if token.count(".") >= 2 else ""


def _raw_token(record: models.Model, sealed: Any) -> str | None:
    value = record.__dict__.get(sealed.attname)
    if value is None:
        return None
    if not isinstance(value, SealedValue):  # pragma: no cover - rows come from the database
        raise RotationError(f"{sealed._label()}: expected a sealed value from the database")
    return value.token


def _row_updates(record: models.Model, keyring: Keyring) -> tuple[dict[str, str], int]:
    """The columns of ``record`` to rewrite, and how many values were re-sealed."""
    model = type(record)
    updates: dict[str, str] = {}
    for wrapped in _wrapped_fields(model):
        token = wrapped.rewrap(record, keyring)
        if token is not None:
            updates[wrapped.attname] = token
    key_field = _data_key_field(model)
    legacy = {
        sealed: token
        for sealed in _sealed_fields(model)
        if (token := _raw_token(record, sealed)) is not None and token.startswith(TOKEN_PREFIX)
    }
    if key_field is None:
        # Not a record: its values stay rw1, re-sealed under the active master key.
        for sealed, token in legacy.items():
            if _rw1_key_id(token) != keyring.active_key_id:
                plain = unseal(keyring, token, aad=sealed._legacy_aad())
                updates[sealed.attname] = _OutgoingToken(
                    seal(keyring, plain, aad=sealed._legacy_aad())
                )
        return updates, len(updates)
    if record.__dict__.get(key_field.attname):
        if legacy:
            raise RotationError(
                f"{model._meta.label} {getattr(record, 'identifier', record.pk)}: a legacy value "
                "in a record that has a data key (moved or tampered); nothing was rotated"
            )
        return updates, 0
    if not getattr(record, key_field.binding_field, ""):
        raise RotationError(f"{model._meta.label} row {record.pk} has no identifier")
    # A legacy row: its first data key, and every value re-sealed under it, in one write.
    data_key = data_key_generate()
    token = data_key_wrap(keyring, data_key, aad=key_field.aad_for(record))
    updates[key_field.attname] = token
    record.__dict__[key_field.attname] = token
    record.__dict__[DATA_KEY_CACHE] = (token, data_key)
    for sealed in _sealed_fields(model):
        raw = _raw_token(record, sealed)
        if raw is None:
            continue
        if sealed not in legacy:
            raise RotationError(
                f"{model._meta.label} {getattr(record, 'identifier', record.pk)}: a value sealed "
                "under a data key the record does not have; nothing was rotated"
            )
        plain = unseal(keyring, raw, aad=sealed._legacy_aad())
        updates[sealed.attname] = _OutgoingToken(
            value_seal(data_key, plain, aad=sealed._value_aad(record))
        )
    return updates, len(legacy)


def model_rotate(
    model: type[models.Model], *, keyring: Keyring, on_row: Advance | None = None
) -> tuple[int, int]:
    """Re-wrap and re-seal one model's rows in one transaction: (rows rewritten, values
    re-sealed). Rows are locked as they are read (PostgreSQL), so a concurrent save cannot
    write back a data key between our read and our write."""
    rewritten = resealed = 0
    manager = model._base_manager
    with transaction.atomic():
        rows = manager.order_by("pk")
        if connection.features.has_select_for_update:
            rows = rows.select_for_update()
        for record in rows.iterator(chunk_size=500):
            updates, values = _row_updates(record, keyring)
            if updates:
                manager.filter(pk=record.pk).update(**updates)
                rewritten += 1
                resealed += values
            if on_row is not None:
                on_row()
    return rewritten, resealed


def outstanding_references(keyring: Keyring) -> dict[str, int]:
    """What still needs a master key other than the active one, by model (0s left out)."""
    active_prefix = f"{WRAPPED_PREFIX}.{keyring.active_key_id}."
    outstanding: dict[str, int] = {}
    for model in protected_models():
        count = 0
        condition = models.Q()
        for wrapped in _wrapped_fields(model):
            condition |= ~models.Q(**{wrapped.attname: ""}) & ~models.Q(
                **{f"{wrapped.attname}__startswith": active_prefix}
            )
        key_field = _data_key_field(model)
        if key_field is not None:
            condition |= models.Q(**{key_field.attname: ""})
        if condition:
            count += model._base_manager.filter(condition).count()
        if key_field is None:
            for sealed in _sealed_fields(model):
                tokens = model._base_manager.values_list(sealed.attname, flat=True)
                count += sum(
                    1
                    for value in tokens
                    if isinstance(value, SealedValue)
                    and value.token.startswith(TOKEN_PREFIX)
                    and _rw1_key_id(value.token) != keyring.active_key_id
                )
        if count:
            outstanding[model._meta.label] = count
    return outstanding


def key_usage(keyring: Keyring) -> dict[str, dict[str, int]]:
    """Per model: rows by the master key their data key names, and legacy rows ("none")."""
    usage: dict[str, dict[str, int]] = {}
    for model in protected_models():
        key_field = _data_key_field(model)
        if key_field is None:
            continue
        rows = model._base_manager.all()
        counts = {"rows": rows.count(), "none": rows.filter(**{key_field.attname: ""}).count()}
        for key_id in sorted(keyring.keys):
            counts[key_id] = rows.filter(
                **{f"{key_field.attname}__startswith": f"{WRAPPED_PREFIX}.{key_id}."}
            ).count()
        usage[model._meta.label] = counts
    return usage


@contextmanager
def _rotation_lock(keyring_path: Path) -> Iterator[None]:
    """One rotation at a time (released by the OS if the process dies)."""
    lock_path = keyring_path.with_name(keyring_path.name + ".lock")
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise RotationError("another key rotation is running on this data directory") from None
        yield
    finally:
        os.close(fd)


def _pass(
    keyring: Keyring,
    report: RotationReport,
    file_stores: tuple[SealedFileStore, ...],
    on_step: StepStart | None,
    on_advance: Advance | None,
) -> None:
    for store in file_stores:
        if on_step is not None:
            on_step(f"re-sealing legacy {store.label}", store.legacy_count())
        count = store.legacy_reseal(on_file=on_advance)
        report.resealed[store.label] = report.resealed.get(store.label, 0) + count
    for model in protected_models():
        if on_step is not None:
            on_step(f"re-wrapping {model._meta.label}", model._base_manager.count())
        rewritten, resealed = model_rotate(model, keyring=keyring, on_row=on_advance)
        label = model._meta.label
        report.rewrapped[label] = report.rewrapped.get(label, 0) + rewritten
        report.resealed[label] = report.resealed.get(label, 0) + resealed


def keyring_rotate(
    keyring_path: Path,
    *,
    file_stores: tuple[SealedFileStore, ...] = (),
    on_step: StepStart | None = None,
    on_advance: Advance | None = None,
) -> RotationReport:
    """Rotate the master key (see the module docstring); raises RotationError, keeping every
    key, if anything still needs an old one at the end."""
    if connection.in_atomic_block:
        # Each model's transaction must really commit, and re-sealed files are renamed into
        # place only after their new keys committed: inside a transaction neither holds.
        raise RotationError("a key rotation cannot run inside a database transaction")
    with _rotation_lock(keyring_path):
        current = keyring_load(keyring_path, passphrase=passphrase_obtain)
        rotated = current.with_index_key().with_new_master_key()
        keyring_write(keyring_path, rotated)
        keyring_cache_clear()
        report = RotationReport(new_key_id=rotated.active_key_id, retired_key_ids=[])
        for _ in range(2):
            _pass(rotated, report, file_stores, on_step, on_advance)
            left = dict(outstanding_references(rotated))
            for store in file_stores:
                if count := store.legacy_count():
                    left[store.label] = count
            if not left:
                break
        else:
            summary = ", ".join(f"{label}: {count}" for label, count in sorted(left.items()))
            raise RotationError(
                f"still sealed under an old master key after two passes ({summary}); the old "
                "key stays in the keyring. Stop other writers and run the rotation again."
            )
        report.retired_key_ids = rotated.retired_key_ids
        keyring_write(keyring_path, rotated.without_retired_keys())
        keyring_cache_clear()
        return report
