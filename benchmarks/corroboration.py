"""`make bench`: what linking adds to ingestion — fingerprinting a document into its copy
group, proposing "same incident" links for its incidents, and counting independent sources —
measured per document as the database grows.

Runs inside the benchmark process after ``django.setup()`` and ``init`` (see __main__.py).
The reports are the generated fictional ones of ``benchmarks.corpus`` (a few template
sentences about five places: a worst case for candidates, since every incident shares a
region with hundreds of others).
"""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass

from rich.console import Console

from benchmarks.corpus import generated_report

# First index of the reports used here: past those __main__ has ingested already.
_FIRST_INDEX = 100_000


@dataclass(frozen=True)
class CorroborationFigures:
    documents: int
    incidents: int
    fingerprint_ms: list[float]
    suggest_ms: list[float]  # per incident: propose links + recompute the state
    copy_groups: int
    suggestions: int


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) >= 20 else max(values)


def corroboration_measure(documents: int = 1000) -> CorroborationFigures:
    """Store ``documents`` generated reports, timing the linking steps of each."""
    from django.db import transaction

    from recruitwatch.extraction import extract
    from recruitwatch.extraction.readers.plaintext import read_plaintext
    from recruitwatch.linking.models import DocumentFingerprint, LinkSuggestion
    from recruitwatch.linking.services.copies import document_fingerprint_record
    from recruitwatch.linking.services.incidents import incident_suggestions_propose
    from recruitwatch.records.services.documents import document_create
    from recruitwatch.records.services.proposals import proposals_create
    from recruitwatch.verification.states import state_recompute

    fingerprint_ms: list[float] = []
    suggest_ms: list[float] = []
    incidents = 0
    for index in range(_FIRST_INDEX, _FIRST_INDEX + documents):
        text = generated_report(index, russian=index % 2 == 1)
        read = read_plaintext(text.encode("utf-8"), f"bench-{index}.txt")
        with transaction.atomic():
            document, _ = document_create(read=read)
            started = time.perf_counter()
            document_fingerprint_record(document=document)
            fingerprint_ms.append((time.perf_counter() - started) * 1000)
            for incident in proposals_create(result=extract(read), document=document):
                started = time.perf_counter()
                incident_suggestions_propose(incident=incident)
                state_recompute(incident=incident)
                suggest_ms.append((time.perf_counter() - started) * 1000)
                incidents += 1
    return CorroborationFigures(
        documents=documents,
        incidents=incidents,
        fingerprint_ms=fingerprint_ms,
        suggest_ms=suggest_ms,
        copy_groups=DocumentFingerprint.objects.values("copy_group").distinct().count(),
        suggestions=LinkSuggestion.objects.count(),
    )


def corroboration_bench(console: Console, documents: int = 1000) -> CorroborationFigures:
    """Measure and print one table (the call __main__ makes)."""
    from rich.table import Table

    figures = corroboration_measure(documents)
    table = Table("linking step", "count", "median ms", "p95 ms", "total s")
    for name, values in (
        ("fingerprint + copy group (per document)", figures.fingerprint_ms),
        ("incident links + state (per incident)", figures.suggest_ms),
    ):
        if values:
            table.add_row(
                name,
                str(len(values)),
                f"{statistics.median(values):.2f}",
                f"{_p95(values):.2f}",
                f"{sum(values) / 1000:.2f}",
            )
    console.print(table)
    console.print(
        f"linking: {figures.documents} generated documents, {figures.incidents} incidents, "
        f"{figures.copy_groups} copy groups, {figures.suggestions} suggestions (SQLite)"
    )
    return figures
