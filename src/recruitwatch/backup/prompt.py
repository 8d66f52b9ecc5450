"""Obtaining the backup passphrase: from the environment for scripts, else typed twice.

The passphrase is never echoed, logged, printed or stored; it lives only in this process.
"""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Callable, Mapping

from recruitwatch.backup.errors import PassphraseError
from recruitwatch.backup.kdf import passphrase_check

PASSPHRASE_ENV = "RECRUITWATCH_BACKUP_PASSPHRASE"  # noqa: S105 - a variable name, not a secret


def passphrase_obtain(
    *,
    confirm: bool,
    environ: Mapping[str, str] | None = None,
    interactive: bool | None = None,
    prompt: Callable[[str], str] = getpass.getpass,
) -> str:
    """The passphrase from ``$RECRUITWATCH_BACKUP_PASSPHRASE``, or prompted for (twice when
    ``confirm``, i.e. for a new backup, and then checked against the length rule)."""
    environ = os.environ if environ is None else environ
    if PASSPHRASE_ENV in environ:
        passphrase = environ[PASSPHRASE_ENV]
    else:
        if interactive is None:
            interactive = sys.stdin.isatty()
        if not interactive:
            raise PassphraseError(
                f"no backup passphrase: run interactively, or set {PASSPHRASE_ENV} for scripts"
            )
        passphrase = prompt("Backup passphrase: ")
        if confirm:
            passphrase_check(passphrase)
            if prompt("Backup passphrase (again): ") != passphrase:
                raise PassphraseError("the two passphrases differ; nothing was written")
    if confirm:
        passphrase_check(passphrase)
    elif not passphrase:
        raise PassphraseError("the backup passphrase is empty")
    return passphrase
