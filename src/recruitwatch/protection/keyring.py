"""The keyring: master keys kept in a 0600 file in the data directory, never in the database.

A seized database alone surrenders no protected value; the keyring file is the other half.
The file holds a list of keys so that a later rotation can add a key and still open values
sealed under the older one until they are re-sealed.

File format (JSON)::

    {"format": 1, "active": "k-…", "keys": {"k-…": {"key": "<base64 32 bytes>",
                                                  "created": "2026-11-25T22:00:00+00:00"}}}
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import stat
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from recruitwatch.protection.errors import (
    KeyringError,
    KeyringExistsError,
    KeyringMissingError,
    KeyringPermissionError,
)

KEYRING_FORMAT = 1
KEY_BYTES = 32  # AES-256-GCM


@dataclass(frozen=True)
class Keyring:
    """Master keys by id, and the id of the key that seals new values."""

    active_key_id: str
    keys: dict[str, bytes]

    def key(self, key_id: str) -> bytes:
        try:
            return self.keys[key_id]
        except KeyError:
            raise KeyringError(f"the keyring has no key {key_id!r}") from None

    @property
    def active_key(self) -> bytes:
        return self.key(self.active_key_id)


def _new_key_id() -> str:
    return "k-" + secrets.token_hex(6)


def keyring_create(path: Path) -> Keyring:
    """Write a new keyring with one random key; refuse to overwrite an existing file."""
    key_id = _new_key_id()
    key = secrets.token_bytes(KEY_BYTES)
    document = {
        "format": KEYRING_FORMAT,
        "active": key_id,
        "keys": {
            key_id: {
                "key": base64.b64encode(key).decode("ascii"),
                "created": datetime.now(UTC).isoformat(timespec="seconds"),
            }
        },
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        # O_EXCL: two concurrent `init`s cannot both write a keyring; 0600 from the first byte.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise KeyringExistsError(f"a keyring already exists at {path}") from None
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(document, handle, indent=2)
        handle.flush()
        os.fsync(handle.fileno())
    return Keyring(active_key_id=key_id, keys={key_id: key})


def _check_permissions(path: Path) -> None:
    if os.name != "posix":  # pragma: no cover - POSIX bits mean nothing elsewhere
        return
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        raise KeyringPermissionError(
            f"the keyring {path} is accessible to other users (mode {mode:o}); "
            f"run: chmod 600 {path}"
        )


def keyring_load(path: Path) -> Keyring:
    """Read and validate the keyring file."""
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
        if document.get("format") != KEYRING_FORMAT:
            raise KeyringError(f"the keyring {path} has an unknown format")
        keys = {
            key_id: base64.b64decode(entry["key"], validate=True)
            for key_id, entry in document["keys"].items()
        }
        active = str(document["active"])
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise KeyringError(f"the keyring {path} is damaged: {exc.__class__.__name__}") from None
    if active not in keys or any(len(key) != KEY_BYTES for key in keys.values()):
        raise KeyringError(f"the keyring {path} is damaged: bad key entries")
    return Keyring(active_key_id=active, keys=keys)
