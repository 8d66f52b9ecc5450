"""`recruitwatch link [--format json|text] FILE`: person mentions (JSON Lines, the contract
of ``shared/contracts/linking-format.md``) grouped into persons, with a score and reasons for
every link. Needs no database and stores nothing; it proposes, a reviewer decides."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import CommandError

from recruitwatch.cli.management.commands._base import RecruitwatchCommand
from recruitwatch.resolution.people import (
    PeopleInputError,
    link_result_contract,
    mentions_read_jsonl,
    people_link,
)

# Far above any realistic batch of mentions; a larger file is refused, not half-read.
MAX_FILE_BYTES = 200 * 1024 * 1024


class Command(RecruitwatchCommand):
    help = "Group person mentions (JSON Lines) into persons, with reasons (no database needed)."
    needs_database = False

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("file", type=Path, metavar="FILE")
        parser.add_argument("--format", choices=["json", "text"], default="json")

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["file"]
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                raise CommandError(f"{path}: larger than {MAX_FILE_BYTES // 2**20} MiB")
            text = path.read_bytes().decode("utf-8-sig")
        except OSError as exc:
            raise CommandError(f"{path}: cannot read ({exc.strerror})") from None
        except UnicodeDecodeError:
            raise CommandError(f"{path}: not UTF-8 text") from None
        try:
            mentions = mentions_read_jsonl(text.splitlines())
        except PeopleInputError as exc:
            raise CommandError(f"{path}: {exc}") from None
        result = link_result_contract(people_link(mentions))
        if options["format"] == "json":
            self.stdout.write(json.dumps(result, ensure_ascii=False, indent=1))
            return
        names = {m.id: m.name for m in mentions}
        for number, cluster in enumerate(result["clusters"], start=1):
            self.stdout.write(
                f"person {number}: " + ", ".join(f"{i} ({names[i]})" for i in cluster)
            )
        for link in result["links"]:
            mark = "linked" if link["linked"] else "candidate"
            self.stdout.write(
                f"  {mark} {link['a']} ~ {link['b']} {link['score']:.2f}: " + "; ".join(link["why"])
            )
