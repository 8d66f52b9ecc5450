"""Fictional incidents for the review tests, made the way real ones are: fictional reports
ingested through the real chain (``tests.linking.fixtures.ingest_text``), so each proposed
incident has its document, claims and "same incident" suggestions as in production.

Every report, outlet, colony event and person here is invented (see tests/linking/fixtures.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.contrib.auth import get_user_model

from recruitwatch.access import roles
from recruitwatch.records.models import Claim, Incident
from tests.linking.fixtures import (
    INDEPENDENT,
    ORIGINAL,
    OTHER_VICTIMS,
    PASSWORD,
    fictional_incident,
    ingest_text,
)
from tests.linking.fixtures import user_with_role as _user_with_role

# A fictional report that names a fictional person, to test redaction on the review page.
NAMED = (
    "date 2023-05-03 Detained migrant pressed to enlist\n\n"
    "A fictional report written to test RecruitWatch; all people, outlets and events are "
    "invented.\n\n"
    "In early May police in the Tver region detained Farrukh Tojiev, a migrant from "
    "Tajikistan, and told him he would be deported unless he signed a contract, the "
    "Lakeside Courier reported.\n"
)


def user_with_role(username: str, role: str | None = roles.REVIEWER) -> Any:
    """A fictional user holding ``role`` (None: signed in, but no role at all)."""
    if role is None:
        return get_user_model().objects.create_user(username=username, password=PASSWORD)
    return _user_with_role(username, role)


def incident_make(**fields: Any) -> Incident:
    """A fictional proposed incident through the records service (no document behind it)."""
    return fictional_incident(**{"summary": "Fictional incident for the review tests", **fields})


def proposed_incidents(tmp_path: Path, *texts: str) -> list[Incident]:
    """Ingest each fictional text; the incidents proposed, in the order ingested."""
    found: list[Incident] = []
    for number, text in enumerate(texts or (ORIGINAL, INDEPENDENT, OTHER_VICTIMS)):
        document = ingest_text(tmp_path, f"report-{number}.txt", text)
        incident_ids = Claim.objects.filter(document=document).values_list("incident_id", flat=True)
        found.extend(Incident.objects.filter(pk__in=incident_ids).order_by("pk"))
    assert found, "extraction proposed nothing from the fictional reports"
    return found
