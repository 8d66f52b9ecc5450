"""Signed checkpoints of the audit log (Ed25519, no Django).

Why a signature: a checkpoint is meant to be copied somewhere the database's attacker cannot
reach (another machine, a printout, an e-mail to a partner organisation). The signature shows
the copy itself was not edited on the way; the copy being elsewhere is what catches a log that
was truncated, rolled back or rewritten end to end.

The private key lives in the data directory (``audit-signing.key``, mode 0600), never in the
database; the public key sits beside it (``audit-signing.pub``) and is what verification needs,
so it can be copied alongside the checkpoints.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import json
import os
import stat
import tempfile
from dataclasses import asdict
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from recruitwatch.audit.chain import Checkpoint
from recruitwatch.audit.errors import CheckpointError, SigningKeyError

SIGNING_KEY_FILENAME = "audit-signing.key"
PUBLIC_KEY_FILENAME = "audit-signing.pub"
CHECKPOINT_FORMAT = "recruitwatch-audit-checkpoint"
CHECKPOINT_VERSION = 1
_SIGNED_FIELDS = (
    "format",
    "version",
    "count",
    "head_sequence",
    "head_hash",
    "created_at",
    "key_id",
)


def public_key_path_for(key_path: Path) -> Path:
    return key_path.with_name(PUBLIC_KEY_FILENAME)


def _public_pem(public_key: Ed25519PublicKey) -> bytes:
    return public_key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def key_id(public_key: Ed25519PublicKey) -> str:
    """A short fingerprint, so a checkpoint says which key signed it."""
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def _write_new(path: Path, content: bytes) -> bool:
    """Write ``content`` to ``path`` (mode 0600) unless it exists; True if this call wrote it.

    Written under a temporary name and hard-linked into place, so a concurrent creator never
    sees half a key and two creators never overwrite each other.
    """
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".incoming-")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.link(temporary, path)
        except FileExistsError:
            return False
        return True
    finally:
        Path(temporary).unlink(missing_ok=True)


def _private_key_read(path: Path) -> Ed25519PrivateKey:
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077:
            raise SigningKeyError(
                f"the audit signing key {path} is accessible to other users (mode {mode:o}); "
                "run `chmod 600` on it"
            )
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except OSError as exc:
        raise SigningKeyError(f"cannot read the audit signing key {path}: {exc.strerror}") from None
    except (ValueError, TypeError):
        raise SigningKeyError(f"the audit signing key {path} is damaged") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise SigningKeyError(f"the audit signing key {path} is not an Ed25519 key")
    return key


def signing_key_load_or_create(path: Path) -> Ed25519PrivateKey:
    """The signing key at ``path``, created (with its public key beside it) on first use."""
    if not path.parent.is_dir():
        raise SigningKeyError(
            f"no data directory at {path.parent}; run `recruitwatch init` or set "
            "RECRUITWATCH_DATA_DIR"
        )
    if not path.exists():
        pem = Ed25519PrivateKey.generate().private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        _write_new(path, pem)  # if another process won the race, its key is the key
    key = _private_key_read(path)
    public_path = public_key_path_for(path)
    expected = _public_pem(key.public_key())
    if not _write_new(public_path, expected) and public_path.read_bytes() != expected:
        raise SigningKeyError(f"{public_path} does not belong to the signing key {path}")
    with contextlib.suppress(OSError):
        public_path.chmod(0o644)  # public by nature: meant to be copied
    return key


def public_key_load(path: Path) -> Ed25519PublicKey:
    """An Ed25519 public key from a PEM file (``audit-signing.pub`` or a copy of it)."""
    try:
        key = serialization.load_pem_public_key(path.read_bytes())
    except FileNotFoundError:
        raise SigningKeyError(
            f"no audit public key at {path}; without it a checkpoint cannot be verified"
        ) from None
    except OSError as exc:
        raise SigningKeyError(f"cannot read the audit public key {path}: {exc.strerror}") from None
    except (ValueError, TypeError):
        raise SigningKeyError(f"the audit public key {path} is damaged") from None
    if not isinstance(key, Ed25519PublicKey):
        raise SigningKeyError(f"the audit public key {path} is not an Ed25519 key")
    return key


def _signed_bytes(document: dict[str, Any]) -> bytes:
    payload = {name: document[name] for name in _SIGNED_FIELDS}
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def checkpoint_document(checkpoint: Checkpoint, private_key: Ed25519PrivateKey) -> dict[str, Any]:
    """The JSON document of a checkpoint, signed."""
    document: dict[str, Any] = {
        "format": CHECKPOINT_FORMAT,
        "version": CHECKPOINT_VERSION,
        **asdict(checkpoint),
        "key_id": key_id(private_key.public_key()),
    }
    document["signature"] = base64.b64encode(private_key.sign(_signed_bytes(document))).decode()
    return document


def checkpoint_parse(text: str, public_key: Ed25519PublicKey) -> Checkpoint:
    """Read a checkpoint document and check its signature; raises :class:`CheckpointError`."""
    try:
        document = json.loads(text)
        if not isinstance(document, dict) or document.get("format") != CHECKPOINT_FORMAT:
            raise CheckpointError("not an audit checkpoint file")
        if document.get("version") != CHECKPOINT_VERSION:
            raise CheckpointError(f"unsupported checkpoint version {document.get('version')!r}")
        signature = base64.b64decode(str(document["signature"]), validate=True)
        signed = _signed_bytes(document)
    except json.JSONDecodeError:
        raise CheckpointError("not an audit checkpoint file (not JSON)") from None
    except (KeyError, binascii.Error):
        raise CheckpointError("the checkpoint file is incomplete or damaged") from None
    if document["key_id"] != key_id(public_key):
        raise CheckpointError(
            f"the checkpoint was signed by key {document['key_id']}, not by this deployment's "
            f"audit key {key_id(public_key)}"
        )
    try:
        public_key.verify(signature, signed)
    except InvalidSignature:
        raise CheckpointError(
            "the checkpoint's signature does not verify: the file was altered"
        ) from None
    fields = (document["count"], document["head_sequence"])
    if not all(isinstance(value, int) and value >= 0 for value in fields):
        raise CheckpointError("the checkpoint's counts are not whole numbers")
    return Checkpoint(
        count=document["count"],
        head_sequence=document["head_sequence"],
        head_hash=str(document["head_hash"]),
        created_at=str(document["created_at"]),
    )
