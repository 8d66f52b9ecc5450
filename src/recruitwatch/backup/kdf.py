"""The backup passphrase: the rule it must meet, and the key derived from it with Argon2id.

Argon2id is memory-hard, so every guess at a stolen archive's passphrase costs the attacker
``memory_cost`` KiB of memory and ``time_cost`` passes over it. The parameters travel in the
archive header (authenticated), so an archive made with stronger settings still opens.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from argon2.low_level import ARGON2_VERSION, Type, hash_secret_raw

from recruitwatch.backup.errors import ArchiveFormatError, PassphraseError

# 12 characters: the same floor as account passwords (web/settings.py). A passphrase of four
# or five random words is far stronger and easier to type; the docs say so.
PASSPHRASE_MIN_CHARS = 12

# Production defaults: RFC 9106's second recommended option (64 MiB, 3 passes, 4 lanes);
# about a third of a second per derivation on the reference machine. Derivation happens once
# per backup or restore, so the cost is paid once, by design.
DEFAULT_TIME_COST = 3
DEFAULT_MEMORY_COST_KIB = 64 * 1024
DEFAULT_PARALLELISM = 4

# Bounds on parameters read from a header: a damaged or hostile header must not make restore
# allocate many gigabytes or run for hours before the passphrase check can fail.
MAX_TIME_COST = 64
MAX_MEMORY_COST_KIB = 2 * 1024 * 1024  # 2 GiB
MAX_PARALLELISM = 64

KEY_BYTES = 32  # AES-256
SALT_BYTES = 16


@dataclass(frozen=True)
class KdfParameters:
    """Argon2id parameters; ``memory_cost_kib`` in KiB, as argon2 counts it."""

    time_cost: int = DEFAULT_TIME_COST
    memory_cost_kib: int = DEFAULT_MEMORY_COST_KIB
    parallelism: int = DEFAULT_PARALLELISM

    def check(self) -> None:
        """Refuse parameters argon2 rejects or that exceed the bounds restore accepts."""
        if not 1 <= self.time_cost <= MAX_TIME_COST:
            raise ArchiveFormatError(f"Argon2 time cost {self.time_cost} is out of range")
        if not 1 <= self.parallelism <= MAX_PARALLELISM:
            raise ArchiveFormatError(f"Argon2 parallelism {self.parallelism} is out of range")
        if not 8 * self.parallelism <= self.memory_cost_kib <= MAX_MEMORY_COST_KIB:
            raise ArchiveFormatError(f"Argon2 memory cost {self.memory_cost_kib} is out of range")


def passphrase_normalise(passphrase: str) -> bytes:
    """NFC, then UTF-8: the same passphrase typed on macOS (which may send decomposed
    accents) and on Linux derives the same key."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def passphrase_check(passphrase: str) -> None:
    """Refuse an empty or short passphrase for a new backup."""
    if not passphrase:
        raise PassphraseError("the backup passphrase is empty")
    if len(unicodedata.normalize("NFC", passphrase)) < PASSPHRASE_MIN_CHARS:
        raise PassphraseError(
            f"the backup passphrase is too short: use at least {PASSPHRASE_MIN_CHARS} "
            "characters (four or five random words are best)"
        )


def key_derive(passphrase: str, *, salt: bytes, parameters: KdfParameters) -> bytes:
    """The 32-byte archive key for ``passphrase`` and ``salt`` under ``parameters``."""
    if not passphrase:
        raise PassphraseError("the backup passphrase is empty")
    parameters.check()
    return hash_secret_raw(
        secret=passphrase_normalise(passphrase),
        salt=salt,
        time_cost=parameters.time_cost,
        memory_cost=parameters.memory_cost_kib,
        parallelism=parameters.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
        version=ARGON2_VERSION,
    )
