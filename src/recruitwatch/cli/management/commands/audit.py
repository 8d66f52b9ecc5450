"""`recruitwatch audit verify|checkpoint`: check the tamper-evident audit log, and take signed
checkpoints of it to keep elsewhere.

Exit status of `verify`: 0 when the log is intact, 1 (with one line naming the first bad entry)
otherwise, or when a checkpoint or key cannot be read.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import CommandError

from recruitwatch.audit.errors import AuditError
from recruitwatch.audit.services import audit_checkpoint, audit_verify, signing_key_path
from recruitwatch.audit.signing import public_key_path_for
from recruitwatch.cli.management.commands._base import RecruitwatchCommand


class Command(RecruitwatchCommand):
    help = "Verify the audit log's hash chain, or write a signed checkpoint of it."

    def add_arguments(self, parser: Any) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        verify = sub.add_parser("verify", help="check the chain (and a checkpoint, if given)")
        verify.add_argument(
            "--checkpoint", type=Path, help="a checkpoint file written by `audit checkpoint`"
        )
        verify.add_argument(
            "--public-key",
            type=Path,
            help="the public key to check the checkpoint with (default: audit-signing.pub in "
            "the data directory; pass your own copy if that directory may be compromised)",
        )
        checkpoint = sub.add_parser("checkpoint", help="write a signed checkpoint of the log")
        checkpoint.add_argument(
            "--output", "-o", type=Path, required=True, help="new file to write (never replaced)"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            if options["action"] == "verify":
                self._verify(options["checkpoint"], options["public_key"])
            else:
                self._checkpoint(options["output"])
        except AuditError as exc:
            raise CommandError(str(exc)) from None

    def _verify(self, checkpoint: Path | None, public_key: Path | None) -> None:
        result = audit_verify(checkpoint=checkpoint, public_key=public_key)
        if not result.ok:
            raise CommandError(f"audit log NOT intact: {result.reason}")
        against = f"; matches the checkpoint {checkpoint}" if checkpoint else ""
        self.stdout.write(
            f"audit log intact: {result.checked} entries, head {result.head_hash[:16]}…{against}"
        )

    def _checkpoint(self, output: Path) -> None:
        checkpoint = audit_checkpoint(output)
        self.stdout.write(
            f"wrote checkpoint {output}: {checkpoint.count} entries, head sequence "
            f"{checkpoint.head_sequence}. Copy it, and {public_key_path_for(signing_key_path())}, "
            "somewhere the database cannot reach."
        )
