"""Case-database models, one module per entity. Import from here."""

from recruitwatch.records.models.base import IdentifierCounter, Record
from recruitwatch.records.models.case import Case
from recruitwatch.records.models.claim import Claim
from recruitwatch.records.models.document import Document
from recruitwatch.records.models.evidence import Evidence
from recruitwatch.records.models.facility import Facility
from recruitwatch.records.models.incident import Incident
from recruitwatch.records.models.involvement import Involvement
from recruitwatch.records.models.organization import Organization
from recruitwatch.records.models.person import Person
from recruitwatch.records.models.source import Source

__all__ = [
    "Case",
    "Claim",
    "Document",
    "Evidence",
    "Facility",
    "IdentifierCounter",
    "Incident",
    "Involvement",
    "Organization",
    "Person",
    "Record",
    "Source",
]
