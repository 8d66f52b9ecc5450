"""Recomputing stale copy signatures with a progress bar: shared by `ingest` (which does it
first, so that a new report is compared with every stored one) and `fingerprints_rebuild`."""

from __future__ import annotations

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from recruitwatch.linking.services.copies import fingerprints_rebuild, fingerprints_stale


def fingerprints_upgrade(*, progress_console: Console) -> int:
    """Recompute the copy signatures of an earlier detector version; how many there were."""
    stale = fingerprints_stale()
    if not stale:
        return 0
    with Progress(
        TextColumn("Recomputing copy signatures of an earlier version"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=progress_console,
        transient=True,
    ) as progress:
        task = progress.add_task("fingerprints", total=stale)
        return fingerprints_rebuild(on_advance=lambda: progress.advance(task))
