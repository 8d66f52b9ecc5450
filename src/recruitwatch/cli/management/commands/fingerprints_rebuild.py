"""`recruitwatch fingerprints_rebuild`: recompute the copy signatures that an earlier version
of the copy detector made, with a progress bar. Until then such documents are found by no new
copy. `recruitwatch ingest` does this by itself before ingesting; this command is for doing it
at a time of one's choosing (it reads every such document's text)."""

from __future__ import annotations

from typing import IO, Any, cast

from rich.console import Console

from recruitwatch.cli.management.commands._base import RecruitwatchCommand
from recruitwatch.cli.management.commands._fingerprints import fingerprints_upgrade


class Command(RecruitwatchCommand):
    help = "Recompute copy signatures made by an earlier version of the copy detector."

    def handle(self, *args: Any, **options: Any) -> None:
        console = Console(file=cast(IO[str], self.stdout._out), highlight=False)
        errors = Console(file=cast(IO[str], self.stderr._out), highlight=False)
        count = fingerprints_upgrade(progress_console=errors)
        console.print(f"Copy signatures recomputed: {count}.", markup=False, soft_wrap=True)
