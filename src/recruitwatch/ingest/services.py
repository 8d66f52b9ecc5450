"""Ingesting files and folders into the case database.

The chain for one file, in order: read (extraction readers) → store the document
(``document_create``) → fingerprint it into its copy group (``document_fingerprint_record``)
→ extract → store proposed incidents with their claims, facility (through the place resolver)
and named victim (``proposals_create``) → for each new incident, propose attaching it to an
incident already recorded (``incident_suggestions_propose``), count its independent sources
(``state_recompute``) and propose linking its named victim to people already recorded
(``person_suggestions_propose``) → index the document, its incidents and their people for
search (``search.services``).
Each document and everything derived from it are stored in one transaction, so a crash or a
bad file loses nothing already ingested and leaves nothing half-written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.db import transaction

from recruitwatch.extraction import Document as ReadDocument
from recruitwatch.extraction import (
    ExtractionError,
    ReadError,
    extract,
    read_bytes,
    read_path,
    supported_suffixes,
)
from recruitwatch.extraction.readers import MAX_INPUT_BYTES, ReadResult
from recruitwatch.linking.services.copies import document_fingerprint_record
from recruitwatch.linking.services.incidents import incident_suggestions_propose
from recruitwatch.linking.services.people import person_suggestions_propose
from recruitwatch.records.models import Claim, Document
from recruitwatch.records.services.documents import document_create
from recruitwatch.records.services.proposals import proposals_create
from recruitwatch.search.services import (
    search_index_document,
    search_index_incident,
    search_index_person,
)
from recruitwatch.verification.states import state_recompute

# Files a folder walk passes over: notes about the folder, not reports. Named explicitly on
# the command line, they are read like any other file.
FOLDER_NOTES = frozenset({"readme.md", "readme.txt", "readme"})
# In a folder walk, a .json file is read only under the name Telegram Desktop gives its
# exports: other JSON (annotations, settings) is not a report.
TELEGRAM_EXPORT_NAME = "result.json"


@dataclass
class IngestProblem:
    """One input (or part of one) that could not be ingested, with a one-line reason."""

    origin: str
    message: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


@dataclass
class IngestReport:
    files: int = 0
    added: list[str] = field(default_factory=list)  # identifiers of new documents
    already_present: list[str] = field(default_factory=list)
    proposed: list[str] = field(default_factory=list)  # identifiers of proposed incidents
    problems: list[IngestProblem] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return bool(self.problems)


def paths_expand(paths: Iterable[Path]) -> Iterator[Path]:
    """Files named, and the supported files inside folders named (recursively, sorted)."""
    suffixes = set(supported_suffixes())
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                hidden = any(part.startswith(".") for part in child.relative_to(path).parts)
                if (
                    child.is_file()
                    and not hidden
                    and child.suffix.lower() in suffixes
                    and child.name.lower() not in FOLDER_NOTES
                    and (
                        child.suffix.lower() != ".json"
                        or child.name.lower() == TELEGRAM_EXPORT_NAME
                    )
                ):
                    yield child
        else:
            yield path


def file_ingest(
    path: Path, *, report: IngestReport, channel: str | None = None, user: Any = None
) -> None:
    """Read one file and store what it holds, recording the outcome in ``report``."""
    report.files += 1
    if not path.exists():
        report.problems.append(IngestProblem(str(path), "no such file"))
        return
    try:
        result = read_path(path)
    except ReadError as exc:
        report.problems.append(IngestProblem(str(path), str(exc)))
        return
    _result_ingest(result, origin=str(path), report=report, channel=channel, user=user)


def upload_ingest(
    *, name: str, data: bytes, channel: str | None = None, user: Any = None
) -> IngestReport:
    """Ingest one uploaded file (the web app's "Add a report"), read by the reader of its
    name's suffix, exactly as ``recruitwatch ingest`` would read it from disk."""
    report = IngestReport(files=1)
    origin = Path(name).name or "upload"
    try:
        if len(data) > MAX_INPUT_BYTES:
            raise ReadError(f"file is {len(data):,} bytes; the limit is {MAX_INPUT_BYTES:,}")
        result = read_bytes(data, origin=origin, suffix=Path(origin).suffix)
    except ReadError as exc:
        report.problems.append(IngestProblem(origin, str(exc)))
        return report
    _result_ingest(result, origin=origin, report=report, channel=channel, user=user)
    return report


def _result_ingest(
    result: ReadResult, *, origin: str, report: IngestReport, channel: str | None, user: Any
) -> None:
    """Store what one input yielded (``origin`` names it in problems), each document in its
    own transaction."""
    report.problems.extend(IngestProblem(origin, str(error)) for error in result.errors)
    for read in result.documents:
        try:
            document, created, proposed = document_ingest(read=read, channel=channel, user=user)
        except ExtractionError as exc:
            # The document is worth keeping even when no incident can be proposed from it.
            with transaction.atomic():
                document, created = document_create(read=read, channel=channel, ingested_by=user)
                document_fingerprint_record(document=document, actor=user)
                search_index_document(document=document)
            report.problems.append(IngestProblem(f"{origin} ({document.identifier})", str(exc)))
            proposed = []
        (report.added if created else report.already_present).append(document.identifier)
        report.proposed.extend(proposed)


@transaction.atomic
def document_ingest(
    *, read: ReadDocument, channel: str | None = None, user: Any = None
) -> tuple[Document, bool, list[str]]:
    """Store one read document, its copy group, its proposed incidents and the links proposed
    for them, all or nothing."""
    document, created = document_create(read=read, channel=channel, ingested_by=user)
    # Before the early return: a document stored before copy detection existed gets its
    # fingerprint the next time it is ingested (idempotent otherwise).
    document_fingerprint_record(document=document, actor=user)
    if Claim.objects.filter(document=document).exists():
        return document, created, []  # proposed before: extraction is not run again
    incidents = proposals_create(result=extract(read), document=document, created_by=user)
    search_index_document(document=document)
    for incident in incidents:
        incident_suggestions_propose(incident=incident, actor=user)
        state_recompute(incident=incident, actor=user)
        search_index_incident(incident=incident)
        for involvement in incident.involvements.select_related("person"):
            person_suggestions_propose(person=involvement.person, actor=user)
            search_index_person(person=involvement.person)
    return document, created, [incident.identifier for incident in incidents]


def paths_ingest(
    paths: Iterable[Path],
    *,
    channel: str | None = None,
    user: Any = None,
    on_file: Callable[[Path], None] | None = None,
) -> IngestReport:
    """Ingest every file under ``paths``; ``on_file`` is called after each (progress bars)."""
    report = IngestReport()
    for path in paths:
        file_ingest(path, report=report, channel=channel, user=user)
        if on_file is not None:
            on_file(path)
    return report
