"""Laptop mode: the keyring file encrypted under a key derived from a passphrase.

A seized laptop then surrenders ciphertext only, unless its passphrase is known too. The key
is derived with Argon2id (memory-hard, so guessing costs memory as well as time) from the
passphrase and a random salt kept, with the cost parameters, in the keyring file.

Every process needs the passphrase once: from ``RECRUITWATCH_PASSPHRASE`` (scripts, tests,
services) or, when a person is at the terminal, from a prompt. The derived key, never the
passphrase, is kept in this process's memory so the keyring can be re-read (after a rotation)
without asking again.
"""

from __future__ import annotations

import getpass
import os
import secrets
import sys
import threading
from dataclasses import dataclass, field

from argon2.low_level import Type, hash_secret_raw

from recruitwatch.protection.errors import KeyringLockedError, PassphraseError

PASSPHRASE_ENV = "RECRUITWATCH_PASSPHRASE"  # noqa: S105 - a variable's name, not a secret
#: For `keys passphrase set` on a keyring that is already locked: the new passphrase.
NEW_PASSPHRASE_ENV = "RECRUITWATCH_NEW_PASSPHRASE"  # noqa: S105 - a name, not a secret
LOCKED_MESSAGE = "the keyring is locked; set RECRUITWATCH_PASSPHRASE or run interactively"

# RFC 9106 §4, the second recommended option (for machines without gigabytes to spare):
# Argon2id, t=3 passes, m=64 MiB, p=4 lanes. About 0.2 s on the reference laptop, once per
# process; every guess costs an attacker the same 64 MiB and time.
ARGON2_TIME_COST = 3
ARGON2_MEMORY_KIB = 64 * 1024
ARGON2_PARALLELISM = 4
SALT_BYTES = 16
DERIVED_KEY_BYTES = 32  # AES-256-GCM over the keyring document
# A passphrase is all that stands between a stolen laptop and the names on it. Twelve
# characters matches the account password policy; longer (four or five words) is better.
PASSPHRASE_MIN_CHARS = 12


@dataclass(frozen=True)
class KdfParams:
    """How the keyring's key is derived from the passphrase (stored beside the ciphertext)."""

    salt: bytes
    time_cost: int = ARGON2_TIME_COST
    memory_cost_kib: int = ARGON2_MEMORY_KIB
    parallelism: int = ARGON2_PARALLELISM

    def cache_key(self) -> tuple[bytes, int, int, int]:
        return (self.salt, self.time_cost, self.memory_cost_kib, self.parallelism)


@dataclass(frozen=True)
class KeyringLock:
    """A derived key and the parameters it came from: what re-writing a locked keyring needs."""

    params: KdfParams
    key: bytes = field(repr=False)


_lock = threading.Lock()
_remembered: dict[tuple[bytes, int, int, int], bytes] = {}


def passphrase_derive(passphrase: str, params: KdfParams) -> bytes:
    """Argon2id over the UTF-8 passphrase."""
    if not passphrase:
        raise PassphraseError("an empty passphrase opens nothing")
    return hash_secret_raw(
        secret=passphrase.encode("utf-8"),
        salt=params.salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_cost_kib,
        parallelism=params.parallelism,
        hash_len=DERIVED_KEY_BYTES,
        type=Type.ID,
    )


def passphrase_check_strength(passphrase: str) -> None:
    if len(passphrase) < PASSPHRASE_MIN_CHARS:
        raise PassphraseError(
            f"the passphrase is too short: use at least {PASSPHRASE_MIN_CHARS} characters "
            "(four or five random words are better)"
        )


def lock_create(passphrase: str) -> KeyringLock:
    """A new lock with a fresh salt (setting or changing the passphrase)."""
    passphrase_check_strength(passphrase)
    params = KdfParams(salt=secrets.token_bytes(SALT_BYTES))
    lock = KeyringLock(params=params, key=passphrase_derive(passphrase, params))
    lock_remember(lock)
    return lock


def lock_recall(params: KdfParams) -> KeyringLock | None:
    """The lock this process already opened with ``params``, if any."""
    with _lock:
        key = _remembered.get(params.cache_key())
    return None if key is None else KeyringLock(params=params, key=key)


def lock_remember(lock: KeyringLock) -> None:
    """Keep a derived key that has opened (or just sealed) the keyring."""
    with _lock:
        _remembered[lock.params.cache_key()] = lock.key


def lock_forget() -> None:
    """Drop every derived key held by this process (tests; after removing a passphrase)."""
    with _lock:
        _remembered.clear()


def _interactive() -> bool:
    # getpass reads /dev/tty even when stdin is a pipe; only prompt when a person is there.
    return sys.stdin is not None and sys.stdin.isatty()


def passphrase_obtain(prompt: str = "Keyring passphrase: ") -> str:
    """The passphrase from the environment, or from the person at the terminal."""
    configured = os.environ.get(PASSPHRASE_ENV, "")
    if configured:
        return configured
    if _interactive():
        return getpass.getpass(prompt)
    raise KeyringLockedError(LOCKED_MESSAGE)


def passphrase_choose(*, environment: str = PASSPHRASE_ENV, allow_prompt: bool = True) -> str:
    """A new passphrase: from ``environment`` (scripts) or typed twice at the terminal."""
    configured = os.environ.get(environment, "")
    if configured:
        passphrase_check_strength(configured)
        return configured
    if not (allow_prompt and _interactive()):
        raise PassphraseError(
            f"no passphrase given; set {environment} or run interactively to type one"
        )
    first = getpass.getpass("New keyring passphrase: ")
    passphrase_check_strength(first)
    if getpass.getpass("Repeat the passphrase: ") != first:
        raise PassphraseError("the two passphrases differ; nothing was changed")
    return first
