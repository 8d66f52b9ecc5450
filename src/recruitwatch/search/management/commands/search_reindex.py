"""`recruitwatch search_reindex`: rebuild the search index from the records, with a progress
bar. Needed after upgrading to a version that indexes differently, or after restoring a
database from before search existed; never after a key rotation (the blind-index key that
keys the tokens survives it). Searching keeps working while it runs."""

from __future__ import annotations

from typing import IO, Any, cast

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn

from recruitwatch.cli.management.commands._base import RecruitwatchCommand
from recruitwatch.search.services import search_reindex


class Command(RecruitwatchCommand):
    help = "Rebuild the search index of documents, incidents and people."

    def handle(self, *args: Any, **options: Any) -> None:
        console = Console(file=cast(IO[str], self.stdout._out), highlight=False)
        errors = Console(file=cast(IO[str], self.stderr._out), highlight=False)
        with Progress(
            TextColumn("Indexing {task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            console=errors,
            transient=True,
        ) as progress:
            current: list[TaskID] = []

            def on_step(name: str, total: int) -> None:
                current.append(progress.add_task(name, total=total))

            def on_advance() -> None:
                progress.advance(current[-1])

            counts = search_reindex(on_step=on_step, on_advance=on_advance)
        console.print(
            "Search index rebuilt: "
            + ", ".join(f"{count} {name}" for name, count in counts.items())
            + ".",
            markup=False,
            soft_wrap=True,
        )
