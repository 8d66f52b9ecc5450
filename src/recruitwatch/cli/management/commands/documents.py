"""`recruitwatch documents list`: what has been ingested."""

from __future__ import annotations

import json
from typing import IO, Any, cast

from rich.console import Console
from rich.table import Table

from recruitwatch.cli.management.commands._base import RecruitwatchCommand
from recruitwatch.records.models import Document


class Command(RecruitwatchCommand):
    help = "List ingested documents."

    def add_arguments(self, parser: Any) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        listing = sub.add_parser("list", help="list documents, newest first")
        listing.add_argument("--limit", type=int, default=100, help="at most this many (0: all)")
        listing.add_argument("--format", choices=["text", "json"], default="text")

    def handle(self, *args: Any, **options: Any) -> None:
        documents = Document.objects.defer("text").order_by("-created_at", "-id")
        if options["limit"]:
            documents = documents[: options["limit"]]
        rows = [
            {
                "identifier": d.identifier,
                "published": d.published.isoformat() if d.published else None,
                "channel": d.channel,
                "language": d.language,
                "title": d.title,
                "sha256": d.sha256,
            }
            for d in documents
        ]
        if options["format"] == "json":
            self.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2))
            return
        table = Table("Identifier", "Published", "Channel", "Lang", "Title")
        for row in rows:
            table.add_row(
                row["identifier"],
                row["published"] or "—",
                row["channel"],
                row["language"],
                row["title"],
            )
        console = Console(file=cast(IO[str], self.stdout._out), highlight=False)
        console.print(table)
        console.print(f"{len(rows)} documents")
