"""`recruitwatch export --format json|csv`: the case records, redacted unless told not to."""

from __future__ import annotations

import getpass
import sys
from pathlib import Path
from typing import Any

from recruitwatch.cli.management.commands._base import RecruitwatchCommand
from recruitwatch.publish.export import TABLES, export_csv, export_json


def _actor() -> str:
    """Who exported, for the audit log: the operating-system account running the CLI."""
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):  # no account name in this environment (e.g. a container)
        return "cli"


class Command(RecruitwatchCommand):
    help = (
        "Export case records and the linking tables (copy groups, link suggestions, "
        "verification history) as JSON (all tables) or CSV (one table). Redacted by default: "
        "no real names or contacts, and no reviewer's reasons."
    )

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--format", choices=["json", "csv"], default="json")
        parser.add_argument(
            "--table",
            choices=TABLES,
            default="incidents",
            help="the table, for CSV (JSON holds them all)",
        )
        parser.add_argument("--output", "-o", type=Path, help="file to write (default: stdout)")
        parser.add_argument(
            "--unredacted",
            action="store_true",
            help=(
                "include real names and contacts of protected people, and reviewers' reasons "
                "(handle with care)"
            ),
        )

    def handle(self, *args: Any, **options: Any) -> None:
        redacted = not options["unredacted"]
        if options["format"] == "json":
            content = export_json(redacted=redacted, actor=_actor())
        else:
            content = export_csv(table=options["table"], redacted=redacted, actor=_actor())
        if not redacted:
            sys.stderr.write("warning: this export contains real names and contacts\n")
        if options["output"]:
            options["output"].write_text(content, encoding="utf-8")
            self.stderr.write(f"wrote {options['output']}")
        else:
            self.stdout.write(content, ending="" if content.endswith("\n") else "\n")
