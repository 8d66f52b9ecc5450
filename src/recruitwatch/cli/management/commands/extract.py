"""`recruitwatch extract [--format json|text] FILE…`: proposed incidents for each document,
in the JSON contract of ``shared/contracts/extraction-format.md``. Needs no database."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import CommandError

from recruitwatch.cli.management.commands._base import RecruitwatchCommand
from recruitwatch.extraction import (
    ExtractionError,
    ReadError,
    extract,
    read_path,
    result_contract,
)


class Command(RecruitwatchCommand):
    help = "Extract proposed incidents from report files (no database needed)."
    needs_database = False

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("files", nargs="+", type=Path, metavar="FILE")
        parser.add_argument("--format", choices=["json", "text"], default="json")

    def handle(self, *args: Any, **options: Any) -> None:
        failed = 0
        outputs: list[dict[str, Any]] = []
        for path in options["files"]:
            try:
                result = read_path(path)
            except ReadError as exc:
                self.stderr.write(f"{path}: {exc}")
                failed += 1
                continue
            for error in result.errors:
                self.stderr.write(f"{path}: {error}")
                failed += 1
            for document in result.documents:
                try:
                    outputs.append(result_contract(extract(document)))
                except ExtractionError as exc:
                    self.stderr.write(f"{path}: {exc}")
                    failed += 1
        if options["format"] == "json":
            if len(outputs) == 1:
                self.stdout.write(json.dumps(outputs[0], ensure_ascii=False, indent=2))
            else:
                for output in outputs:
                    self.stdout.write(json.dumps(output, ensure_ascii=False))
        else:
            for output in outputs:
                self._print_text(output)
        if failed:
            raise CommandError(f"{failed} input(s) could not be read or extracted")

    def _print_text(self, output: dict[str, Any]) -> None:
        document = output["document"]
        self.stdout.write(
            f"== {document['title']} ({document['published']}, {document['language']})"
        )
        for number, incident in enumerate(output["incidents"], start=1):
            location = incident["location"]
            where = (
                ", ".join(filter(None, [location["facility"], location["region"]]))
                or "place unknown"
            )
            when = incident["date"]["start"] or "date unknown"
            how = ", ".join(incident["coercion"]) or "no coercion stated"
            self.stdout.write(f"{number}. [{incident['modality']}] {where}; {when}; {how}")
            for source in incident["sources"]:
                self.stdout.write(f"   source: {source['name']} ({source['role']})")
            for span in incident["evidence"]:
                self.stdout.write(f"   [{span['start']}:{span['end']}] {span['text']}")
