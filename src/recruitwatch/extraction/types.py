"""Typed values passed between extraction stages. Frozen: a stage returns new values."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Document:
    """One report as read: normalised text plus what the input said about it.

    ``text`` is Unicode NFC with ``\\n`` line ends; every character offset the library
    reports refers to it. ``sha256`` is of the raw bytes of this report as received (for a
    JSON Lines file, of that one line; for a feed entry or a Telegram message, of a canonical
    JSON of its identity and text), which makes re-ingesting the same input a no-op.
    """

    text: str
    sha256: str
    size_bytes: int
    reader: str
    origin: str
    title: str = ""
    published: date | None = None
    language: str = ""
    channel: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Span:
    """A stretch of ``Document.text``: ``text == document.text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Sentence(Span):
    paragraph: int = 0


@dataclass(frozen=True)
class Mention(Span):
    """Something found in the text: ``kind`` says what, ``value`` is its canonical form
    (a facility key such as ``IK-6``, an ISO code, a normalised name)."""

    kind: str = ""
    value: str = ""
    detail: str = ""  # e.g. facility type, a person's role, a date's precision


@dataclass(frozen=True)
class DateValue:
    """A resolved date: ``start`` is ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""

    start: str | None
    precision: str  # day | month | year | unknown


@dataclass(frozen=True)
class SourceRef:
    name: str
    role: str  # victim | relative | advocate | official | journalist | anonymous
    pseudonym: bool = False
    via: str | None = None  # who retold it (attribution chain), if second-hand


@dataclass(frozen=True)
class Location:
    facility: str | None = None
    facility_as_written: str | None = None
    facility_type: str | None = None
    region: str | None = None
    country: str | None = None


@dataclass(frozen=True)
class Victims:
    group_or_name: str
    count: int | None
    nationality: tuple[str, ...]
    status: str


@dataclass(frozen=True)
class IncidentProposal:
    summary: str
    modality: str
    victims: Victims
    perpetrators: tuple[str, ...]
    location: Location
    date: DateValue
    coercion: tuple[str, ...]
    sources: tuple[SourceRef, ...]
    evidence: tuple[Span, ...]


@dataclass(frozen=True)
class PersonRef:
    name: str
    role: str
    pseudonym: bool = False


@dataclass(frozen=True)
class FacilityRef:
    name: str
    as_written: str
    region: str | None
    type: str


@dataclass(frozen=True)
class Figure:
    value: int | str
    what: str
    source: str
    span: Span


@dataclass(frozen=True)
class ExtractionResult:
    """Everything extracted from one document; ``contract()`` gives the JSON contract shape."""

    document: Document
    incidents: tuple[IncidentProposal, ...]
    people: tuple[PersonRef, ...]
    organizations: tuple[str, ...]
    facilities: tuple[FacilityRef, ...]
    figures: tuple[Figure, ...]
