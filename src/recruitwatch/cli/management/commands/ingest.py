"""`recruitwatch ingest PATH…`: read reports into the case database, with a progress bar.

Bad inputs get one line each naming the file; the rest of the batch goes on. Exit status 0
when everything was read, 1 when anything failed.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO, Any, cast

from django.core.management.base import CommandError
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from recruitwatch.cli.management.commands._base import RecruitwatchCommand
from recruitwatch.cli.management.commands._fingerprints import fingerprints_upgrade
from recruitwatch.ingest.services import paths_expand, paths_ingest
from recruitwatch.records.choices import Channel


class Command(RecruitwatchCommand):
    help = "Ingest report files and folders (.txt, .md, .html, .jsonl) into the case database."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("paths", nargs="+", type=Path, metavar="PATH")
        parser.add_argument(
            "--channel",
            choices=Channel.values,
            default=None,
            help="channel of these reports when the input does not say (default: news)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        console = Console(file=cast(IO[str], self.stdout._out), highlight=False)
        errors = Console(file=cast(IO[str], self.stderr._out), highlight=False)
        files = list(paths_expand(options["paths"]))
        if not files:
            raise CommandError("no supported files found in the paths given")
        upgraded = fingerprints_upgrade(progress_console=errors)
        if upgraded:
            console.print(
                f"{upgraded} stored copy signatures recomputed for this version",
                markup=False,
                soft_wrap=True,
            )
        with Progress(
            TextColumn("Ingesting"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            TextColumn("{task.fields[current]}"),
            console=errors,
            transient=True,
        ) as progress:
            task = progress.add_task("ingest", total=len(files), current="")
            report = paths_ingest(
                files,
                channel=options["channel"],
                on_file=lambda path: progress.update(task, advance=1, current=path.name),
            )
        for problem in report.problems:
            errors.print(f"[red]error[/red] {problem}", markup=True, soft_wrap=True)
        console.print(
            f"{report.files} files: {len(report.added)} documents added, "
            f"{len(report.already_present)} already present, {len(report.problems)} failed; "
            f"{len(report.proposed)} incidents proposed for review",
            markup=False,
            soft_wrap=True,  # one line, whatever the terminal's width: scripts read it
        )
        if report.failed:
            raise CommandError(f"{len(report.problems)} input(s) could not be ingested")
