"""`recruitwatch eval CORPUS_DIR`: score extraction against ``NN.expected.json`` annotations,
the same way as the team's scorer. Prints per-document lines and the summary last."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import CommandError

from recruitwatch.cli.management.commands._base import RecruitwatchCommand
from recruitwatch.extraction import extract, read_path, result_contract
from recruitwatch.extraction.evaluation import corpus_score


def _extract_file(path: Path) -> dict[str, Any]:
    documents = read_path(path).documents
    return result_contract(extract(documents[0])) if documents else {}


class Command(RecruitwatchCommand):
    help = "Score extraction against an annotated corpus (NN.txt + NN.expected.json)."
    needs_database = False

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("corpus", type=Path, metavar="CORPUS_DIR")

    def handle(self, *args: Any, **options: Any) -> None:
        corpus: Path = options["corpus"]
        if not corpus.is_dir():
            raise CommandError(f"{corpus}: not a folder")
        score = corpus_score(corpus, _extract_file)
        if not score.documents:
            raise CommandError(f"{corpus}: no *.expected.json annotations")
        for document in score.documents:
            self.stdout.write(
                f"{document.name}: matched {document.matched}/{document.expected} expected, "
                f"{document.predicted} predicted; missed {document.missed}"
            )
        for key, value in score.field_means.items():
            self.stdout.write(f"  field {key:12s} {value:.2f}")
        self.stdout.write(score.summary())
