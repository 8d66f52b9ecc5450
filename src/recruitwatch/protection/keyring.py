"""The keyring: master keys and the blind-index key, in a 0600 file, never in the database.

A seized database alone surrenders no protected value; the keyring file is the other half.

* **Master keys** wrap the per-record data keys (``protection.envelope``). Several can be
  present only while a rotation runs: the new one is active, the old ones are removed once
  nothing names them any more.
* **The blind-index key** is an HMAC key of its own, so that the exact-name index
  (``protection.blind_index``) reveals nothing about the master keys and survives rotations.
* **Laptop mode**: the whole document may be encrypted under a passphrase
  (``protection.passphrase``); the file then holds only the Argon2id parameters and
  ciphertext.

File format (JSON), plain::

    {"format": 2, "active": "k-…",
     "keys": {"k-…": {"key": "<base64 32 bytes>", "created": "2026-11-25T22:00:00+00:00"}},
     "index_key": {"id": "b-…", "key": "<base64 32 bytes>", "created": "…"}}

locked::

    {"format": 2, "kdf": {"algorithm": "argon2id", "salt": "…", "time_cost": 3,
                          "memory_cost_kib": 65536, "parallelism": 4},
     "sealed": "<base64url(nonce || AES-GCM(plain document) || tag)>"}

Format 1 (no blind-index key) is still read; `recruitwatch init` adds the missing key.
Every write goes to a temporary 0600 file that replaces the keyring atomically.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import stat
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from recruitwatch.protection.crypto import aead_decrypt, aead_encrypt, b64decode, b64encode
from recruitwatch.protection.errors import (
    DecryptionError,
    KeyringError,
    KeyringExistsError,
    KeyringLockedError,
    KeyringMissingError,
    KeyringPermissionError,
    PassphraseError,
)
from recruitwatch.protection.passphrase import (
    LOCKED_MESSAGE,
    KdfParams,
    KeyringLock,
    lock_recall,
    lock_remember,
    passphrase_derive,
)

KEYRING_FORMAT = 2
READABLE_FORMATS = (1, 2)
KEY_BYTES = 32  # AES-256 master keys; HMAC-SHA256 blind-index key
_LOCK_AAD = b"recruitwatch keyring v2|"


@dataclass(frozen=True)
class Keyring:
    """Master keys by id, the id of the one that wraps new data keys, the blind-index key."""

    active_key_id: str
    keys: dict[str, bytes] = field(repr=False)
    index_key_id: str = ""
    index_key: bytes | None = field(default=None, repr=False)
    created: dict[str, str] = field(default_factory=dict, compare=False)
    #: Set when the file is encrypted under a passphrase: re-writes stay locked.
    lock: KeyringLock | None = field(default=None, compare=False, repr=False)

    def key(self, key_id: str) -> bytes:
        try:
            return self.keys[key_id]
        except KeyError:
            raise KeyringError(f"the keyring has no key {key_id!r}") from None

    @property
    def active_key(self) -> bytes:
        return self.key(self.active_key_id)

    @property
    def retired_key_ids(self) -> list[str]:
        """Master keys kept only until a rotation has re-wrapped everything they wrapped."""
        return sorted(key_id for key_id in self.keys if key_id != self.active_key_id)

    def blind_index_key(self) -> bytes:
        if self.index_key is None:
            raise KeyringError(
                "the keyring has no blind-index key; run `recruitwatch init` to add one"
            )
        return self.index_key

    def with_new_master_key(self) -> Keyring:
        """This keyring plus a fresh master key, which becomes the active one."""
        key_id = _new_id("k-")
        return replace(
            self,
            active_key_id=key_id,
            keys={**self.keys, key_id: secrets.token_bytes(KEY_BYTES)},
            created={**self.created, key_id: _now()},
        )

    def without_retired_keys(self) -> Keyring:
        """Only the active master key: after this, the old keys open nothing anywhere."""
        return replace(
            self,
            keys={self.active_key_id: self.active_key},
            created={k: v for k, v in self.created.items() if k in (self.active_key_id,)},
        )

    def with_index_key(self) -> Keyring:
        """A blind-index key if there is none yet (keyrings of format 1)."""
        if self.index_key is not None:
            return self
        key_id = _new_id("b-")
        return replace(
            self,
            index_key_id=key_id,
            index_key=secrets.token_bytes(KEY_BYTES),
            created={**self.created, key_id: _now()},
        )

    def with_lock(self, lock: KeyringLock | None) -> Keyring:
        return replace(self, lock=lock)


def _new_id(prefix: str) -> str:
    return prefix + secrets.token_hex(6)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _plain_document(keyring: Keyring) -> dict[str, Any]:
    document: dict[str, Any] = {
        "format": KEYRING_FORMAT,
        "active": keyring.active_key_id,
        "keys": {
            key_id: {"key": _b64(key), "created": keyring.created.get(key_id, "")}
            for key_id, key in keyring.keys.items()
        },
    }
    if keyring.index_key is not None:
        document["index_key"] = {
            "id": keyring.index_key_id,
            "key": _b64(keyring.index_key),
            "created": keyring.created.get(keyring.index_key_id, ""),
        }
    return document


def _lock_aad(kdf: dict[str, Any]) -> bytes:
    # The cost parameters are bound to the ciphertext: lowering them in the file breaks it.
    return _LOCK_AAD + json.dumps(kdf, sort_keys=True).encode("ascii")


def _kdf_document(params: KdfParams) -> dict[str, Any]:
    return {
        "algorithm": "argon2id",
        "salt": _b64(params.salt),
        "time_cost": params.time_cost,
        "memory_cost_kib": params.memory_cost_kib,
        "parallelism": params.parallelism,
    }


def keyring_serialise(keyring: Keyring) -> bytes:
    """The file's bytes: plain JSON, or the sealed document when the keyring has a lock."""
    plain = json.dumps(_plain_document(keyring), indent=2).encode("utf-8")
    if keyring.lock is None:
        return plain
    kdf = _kdf_document(keyring.lock.params)
    sealed = aead_encrypt(keyring.lock.key, plain, aad=_lock_aad(kdf))
    locked = {"format": KEYRING_FORMAT, "kdf": kdf, "sealed": b64encode(sealed)}
    return json.dumps(locked, indent=2).encode("utf-8")


def _fsync_directory(directory: Path) -> None:
    if os.name != "posix":  # pragma: no cover
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def keyring_create(path: Path, *, lock: KeyringLock | None = None) -> Keyring:
    """Write a new keyring (one master key, one blind-index key); never overwrite a file.

    With ``lock``, the file is encrypted under the passphrase from its first byte: the plain
    keys never touch the disk.
    """
    keyring = Keyring(active_key_id="", keys={}, lock=lock).with_new_master_key()
    keyring = keyring.with_index_key()
    payload = keyring_serialise(keyring)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        # O_EXCL: two concurrent `init`s cannot both write a keyring; 0600 from the first byte.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise KeyringExistsError(f"a keyring already exists at {path}") from None
    with os.fdopen(fd, "wb") as handle:
        handle.write(payload)
        handle.flush()
        os.fsync(handle.fileno())
    return keyring


def keyring_write(path: Path, keyring: Keyring) -> None:
    """Replace the keyring file atomically: readers see the old file or the new, never half.

    The new content is written to a 0600 temporary file beside it, flushed to disk, then
    renamed over the old one, and the directory entry flushed too.
    """
    payload = keyring_serialise(keyring)
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _fsync_directory(path.parent)


def _check_permissions(path: Path) -> None:
    if os.name != "posix":  # pragma: no cover - POSIX bits mean nothing elsewhere
        return
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        raise KeyringPermissionError(
            f"the keyring {path} is accessible to other users (mode {mode:o}); "
            f"run: chmod 600 {path}"
        )


def keyring_is_locked(path: Path) -> bool:
    """Whether the keyring file at ``path`` is encrypted under a passphrase."""
    return "sealed" in _read_document(path)


def _read_document(path: Path) -> dict[str, Any]:
    if not path.exists():
        raise KeyringMissingError(
            f"no keyring at {path}; run `recruitwatch init` or set RECRUITWATCH_DATA_DIR"
        )
    try:
        _check_permissions(path)
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise KeyringError(f"cannot read the keyring {path}: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise KeyringError(f"the keyring {path} is damaged: not UTF-8 text") from None
    try:
        document = json.loads(text)
    except ValueError:
        raise KeyringError(f"the keyring {path} is damaged: not JSON") from None
    if not isinstance(document, dict):
        raise KeyringError(f"the keyring {path} is damaged: not a JSON object")
    return document


def _unlock(
    path: Path, document: dict[str, Any], passphrase: Callable[[], str] | None
) -> tuple[dict[str, Any], KeyringLock]:
    try:
        kdf = document["kdf"]
        if kdf["algorithm"] != "argon2id":
            raise KeyringError(f"the keyring {path} uses an unknown key derivation")
        params = KdfParams(
            salt=base64.b64decode(kdf["salt"], validate=True),
            time_cost=int(kdf["time_cost"]),
            memory_cost_kib=int(kdf["memory_cost_kib"]),
            parallelism=int(kdf["parallelism"]),
        )
        sealed = b64decode(str(document["sealed"]))
    except (ValueError, KeyError, TypeError, DecryptionError):
        raise KeyringError(f"the keyring {path} is damaged: bad locked document") from None
    lock = lock_recall(params)
    if lock is None:
        if passphrase is None:
            raise KeyringLockedError(LOCKED_MESSAGE)
        lock = KeyringLock(params=params, key=passphrase_derive(passphrase(), params))
    try:
        plain = aead_decrypt(lock.key, sealed, aad=_lock_aad(kdf))
    except DecryptionError:
        raise PassphraseError("the passphrase does not open the keyring") from None
    lock_remember(lock)
    try:
        inner = json.loads(plain)
    except ValueError:
        raise KeyringError(f"the keyring {path} is damaged: bad locked content") from None
    if not isinstance(inner, dict) or "sealed" in inner:
        raise KeyringError(f"the keyring {path} is damaged: bad locked content")
    return inner, lock


def keyring_load(path: Path, *, passphrase: Callable[[], str] | None = None) -> Keyring:
    """Read and validate the keyring file.

    ``passphrase`` is asked only when the file is locked and this process has not opened it
    before; without it a locked keyring raises :class:`KeyringLockedError`.
    """
    document = _read_document(path)
    lock: KeyringLock | None = None
    if "sealed" in document:
        document, lock = _unlock(path, document, passphrase)
    try:
        version = document.get("format")
        if version not in READABLE_FORMATS or isinstance(version, bool):
            raise KeyringError(f"the keyring {path} has an unknown format")
        keys = {
            key_id: base64.b64decode(entry["key"], validate=True)
            for key_id, entry in document["keys"].items()
        }
        created = {
            key_id: str(entry.get("created", "")) for key_id, entry in document["keys"].items()
        }
        active = str(document["active"])
        index_key_id, index_key = "", None
        if version >= 2:
            entry = document["index_key"]
            index_key_id = str(entry["id"])
            index_key = base64.b64decode(entry["key"], validate=True)
            created[index_key_id] = str(entry.get("created", ""))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise KeyringError(f"the keyring {path} is damaged: {exc.__class__.__name__}") from None
    if (
        active not in keys
        or any(len(key) != KEY_BYTES for key in keys.values())
        or (index_key is not None and (len(index_key) != KEY_BYTES or not index_key_id))
    ):
        raise KeyringError(f"the keyring {path} is damaged: bad key entries")
    return Keyring(
        active_key_id=active,
        keys=keys,
        index_key_id=index_key_id,
        index_key=index_key,
        created=created,
        lock=lock,
    )
