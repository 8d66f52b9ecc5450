"""Shared helpers of the access tests: signing in, and a small fictional case database.

Every name, pseudonym and text here is invented for the tests; none is a real person.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from django.contrib.auth import get_user_model

from recruitwatch.access import roles
from recruitwatch.access.services import case_restrict, role_assign, roles_ensure
from recruitwatch.extraction import Document as ReadDocument
from recruitwatch.records.models import (
    Case,
    Claim,
    Document,
    Evidence,
    Incident,
    Involvement,
    Person,
    Source,
)
from recruitwatch.records.services.documents import document_create
from recruitwatch.records.services.evidence import evidence_store
from recruitwatch.records.services.identifiers import record_create
from recruitwatch.records.services.people import person_create
from tests.web.helpers import sign_in as two_factor_sign_in

PASSWORD = "fictional-passphrase-for-tests"

# Fictional protected people and sources (invented for the tests).
OPEN_PERSON_NAME = "Ravshan Ergashev"
OPEN_PERSON_ALIAS = "Ravshanbek"
OPEN_PERSON_PSEUDONYM = "Migrant R."
RESTRICTED_PERSON_NAME = "Dilnoza Karimova"
RESTRICTED_PERSON_PSEUDONYM = "Witness D."
RESTRICTED_SOURCE_NAME = "Gulnora Karimova"
RESTRICTED_SOURCE_LABEL = "Relative of D."

OPEN_TEXT = (
    "Fictional report for tests. Ravshan Ergashev, also called Ravshanbek, was stopped by "
    "police and taken to an enlistment office. Dilnoza Karimova saw it happen."
)
RESTRICTED_TEXT = (
    "Fictional testimony for tests. Gulnora Karimova says Dilnoza Karimova was threatened "
    "with deportation unless she signed."
)


def sign_in(client: Any, user: Any) -> None:
    """Sign ``user`` in on the test client as a fully verified session: password and second
    factor (the two-factor work's helper gives the user a confirmed authenticator and marks
    the session verified). The one place to adapt if signing in changes."""
    two_factor_sign_in(client, user)


def user_with_role(username: str, role: str | None) -> Any:
    user = get_user_model().objects.create_user(username=username, password=PASSWORD)
    if role is not None:
        role_assign(user=user, role=role)
    return user


def _read(text: str, title: str) -> ReadDocument:
    raw = text.encode("utf-8")
    return ReadDocument(
        text=text,
        sha256=hashlib.sha256(raw).hexdigest(),
        size_bytes=len(raw),
        reader="test",
        origin="fictional.txt",
        title=title,
        language="en",
    )


@dataclass
class World:
    """One open and one restricted case, with everything that hangs off them."""

    users: dict[str, Any]  # by role name, plus "member" (a viewer in the restricted case)
    open_document: Document
    open_source: Source
    open_person: Person
    open_involvement: Involvement
    open_case: Case
    open_incident: Incident
    restricted_case: Case
    restricted_incident: Incident
    restricted_person: Person
    restricted_source: Source
    restricted_document: Document
    restricted_claim: Claim
    restricted_involvement: Involvement
    restricted_evidence: Evidence
    loose_evidence: Evidence

    def restricted_identifiers(self) -> dict[str, str]:
        """The identifier of each restricted record, by model name."""
        return {
            "case": self.restricted_case.identifier,
            "incident": self.restricted_incident.identifier,
            "person": self.restricted_person.identifier,
            "source": self.restricted_source.identifier,
            "document": self.restricted_document.identifier,
            "claim": self.restricted_claim.identifier,
            "involvement": self.restricted_involvement.identifier,
            "evidence": self.restricted_evidence.identifier,
        }


def world_build() -> World:
    """Build the fictional world through the services, with every role's user."""
    roles_ensure()
    users = {role: user_with_role(role.replace(" ", "_"), role) for role in roles.ROLES}
    users["member"] = user_with_role("member", roles.VIEWER)
    users["no role"] = user_with_role("no_role", None)

    outlet = record_create(Source, label="Fictional Outlet", kind="outlet")
    open_document, _ = document_create(read=_read(OPEN_TEXT, "Ravshan Ergashev stopped"))
    open_person = person_create(
        name=OPEN_PERSON_NAME, pseudonym=OPEN_PERSON_PSEUDONYM, aliases=[OPEN_PERSON_ALIAS]
    )
    open_incident = record_create(Incident, summary="Fictional open incident")
    record_create(
        Claim,
        incident=open_incident,
        document=open_document,
        source=outlet,
        span_start=0,
        span_end=10,
    )
    open_involvement = record_create(
        Involvement, person=open_person, incident=open_incident, role="victim"
    )
    open_case = record_create(Case, title="Fictional open case")
    open_case.persons.add(open_person)
    open_case.incidents.add(open_incident)

    restricted_person = person_create(
        name=RESTRICTED_PERSON_NAME, pseudonym=RESTRICTED_PERSON_PSEUDONYM
    )
    restricted_source = record_create(
        Source, label=RESTRICTED_SOURCE_LABEL, name=RESTRICTED_SOURCE_NAME, kind="relative"
    )
    restricted_document, _ = document_create(read=_read(RESTRICTED_TEXT, "Testimony"))
    restricted_incident = record_create(Incident, summary="Fictional restricted incident")
    restricted_claim = record_create(
        Claim,
        incident=restricted_incident,
        document=restricted_document,
        source=restricted_source,
        span_start=0,
        span_end=10,
    )
    restricted_involvement = record_create(
        Involvement, person=restricted_person, incident=restricted_incident, role="victim"
    )
    restricted_evidence, _ = evidence_store(
        data=b"fictional scan of a contract, for tests",
        media_type="text/plain",
        original_name="contract.txt",
        incident=restricted_incident,
    )
    loose_evidence, _ = evidence_store(
        data=b"fictional photo of a notice, for tests", media_type="text/plain"
    )
    restricted_case = record_create(Case, title="Fictional restricted case")
    restricted_case.persons.add(restricted_person)
    restricted_case.incidents.add(restricted_incident)
    case_restrict(case=restricted_case, members=[users["member"]])
    return World(
        users=users,
        open_document=open_document,
        open_source=outlet,
        open_person=open_person,
        open_involvement=open_involvement,
        open_case=open_case,
        open_incident=open_incident,
        restricted_case=restricted_case,
        restricted_incident=restricted_incident,
        restricted_person=restricted_person,
        restricted_source=restricted_source,
        restricted_document=restricted_document,
        restricted_claim=restricted_claim,
        restricted_involvement=restricted_involvement,
        restricted_evidence=restricted_evidence,
        loose_evidence=loose_evidence,
    )
