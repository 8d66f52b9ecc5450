"""`recruitwatch resolve [--format json|text] FILE`: each line of FILE, a place or facility
mention as written in a report, resolved to ISO codes and a facility key — the JSON array of
``shared/contracts/linking-format.md``. Needs no database and stores nothing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Final

from django.core.management.base import CommandError

from recruitwatch.cli.management.commands._base import RecruitwatchCommand
from recruitwatch.resolution.places import places_resolve

# A file of place mentions is a few kilobytes; a larger one is the wrong file.
MAX_FILE_BYTES: Final = 20 * 1024 * 1024


def mention_lines_read(path: Path) -> list[str]:
    """The non-blank lines of ``path``, each without its line end, as UTF-8 text.

    Raises CommandError naming the file for anything that is not readable UTF-8 text of a
    sane size, so a wrong file never produces a half-answer.
    """
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise CommandError(f"{path}: larger than {MAX_FILE_BYTES // (1024 * 1024)} MiB")
        raw = path.read_bytes()
    except OSError as exc:
        raise CommandError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if b"\x00" in raw:
        raise CommandError(f"{path}: binary data, expected UTF-8 text, one mention a line")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CommandError(f"{path}: not UTF-8 (byte {exc.start})") from None
    return [line.rstrip("\r") for line in text.split("\n") if line.strip()]


class Command(RecruitwatchCommand):
    help = (
        "Resolve place and facility mentions (one a line) to ISO 3166 codes and facility "
        "keys (no database needed)."
    )
    needs_database = False

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("file", type=Path, metavar="FILE")
        parser.add_argument("--format", choices=["json", "text"], default="json")

    def handle(self, *args: Any, **options: Any) -> None:
        resolutions = places_resolve(mention_lines_read(options["file"]))
        if options["format"] == "json":
            payload = [resolution.contract() for resolution in resolutions]
            self.stdout.write(json.dumps(payload, ensure_ascii=False, indent=1))
            return
        for resolution in resolutions:
            self.stdout.write(f"{resolution.text}\t{resolution.canonical or '—'}")
            for reason in resolution.why:
                self.stdout.write(f"    {reason}")
