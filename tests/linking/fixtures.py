"""Fictional reports and helpers shared by the linking and verification tests.

Every outlet, person, colony event and text here is invented for the tests: the Lakeside
Courier, the Northbridge Herald, Open Gates and Arkady Meleshko do not exist, and nothing
described happened.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from django.contrib.auth import get_user_model

from recruitwatch.access import roles
from recruitwatch.access.services import role_assign, roles_ensure
from recruitwatch.ingest.services import paths_ingest
from recruitwatch.records.models import Document, Facility, Incident
from recruitwatch.records.services.identifiers import record_create

DISCLAIMER = (
    "A fictional report written to test RecruitWatch; all people, outlets and events are invented."
)
STORY = (
    "About 30 prisoners at penal colony IK-4 in the Tver region were ordered to sign contracts "
    "with the Wagner Group in early April and threatened with new criminal cases if they "
    "refused, the Lakeside Courier reported."
)
# The original, from the first outlet.
ORIGINAL = (
    "date 2023-04-12 Prisoners at Tver colony told to sign contracts or face new charges\n\n"
    f"{DISCLAIMER}\n\n{STORY}\n"
)
# A reprint by a second outlet: the same text under a new headline, with a boilerplate line.
REPRINT = (
    "date 2023-04-13 Inmates in Tver region pressed into Wagner contracts\n\n"
    f"{DISCLAIMER}\n\n{STORY}\n\n"
    "This article first appeared in the Lakeside Courier and is republished by the Northbridge "
    "Herald with permission.\n"
)
# A third, independent account: other words, the same colony, an overlapping date, the same
# victims, another teller.
INDEPENDENT = (
    "date 2023-04-20 Lawyer describes forced signing at IK-4\n\n"
    f"{DISCLAIMER}\n\n"
    "In early April about 30 inmates of IK-4 in the Tver region were lined up by officers and "
    "made to sign Wagner contracts under threat of new prosecutions, according to Arkady "
    "Meleshko, a lawyer with the prisoners' rights group Open Gates.\n"
)
# The same colony, the same month, but migrants and another country's citizens: not the same
# victims, so not the same incident.
OTHER_VICTIMS = (
    "date 2023-04-22 Migrants detained near Tver\n\n"
    f"{DISCLAIMER}\n\n"
    "In early April police detained 12 migrants from Tajikistan in the Tver region and took "
    "them to an enlistment office, where they were made to sign contracts under threat of "
    "deportation, the Lakeside Courier reported.\n"
)

PASSWORD = "fictional-passphrase-for-tests"


def ingest_text(tmp_path: Path, name: str, text: str, *, user: Any = None) -> Document:
    """Ingest one fictional report through the real ingestion chain; returns its document."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    report = paths_ingest([path], user=user)
    assert not report.failed, [str(problem) for problem in report.problems]
    identifier = (report.added or report.already_present)[0]
    return Document.objects.get(identifier=identifier)


def user_with_role(username: str, role: str = roles.REVIEWER) -> Any:
    """A fictional user holding one built-in role."""
    roles_ensure()
    user = get_user_model().objects.create_user(username=username, password=PASSWORD)
    role_assign(user=user, role=role)
    return get_user_model().objects.get(pk=user.pk)  # fresh: no cached permissions


def fictional_facility(
    number: int = 4, region: str = "RU-TVE", name: str | None = None
) -> Facility:
    """A penal colony record, "IK-<number>" unless named."""
    return record_create(
        Facility,
        facility_type="penal_colony",
        number=number,
        region=region,
        canonical_name=name or f"IK-{number}",
    )


def fictional_incident(**fields: Any) -> Incident:
    """An incident of 30 prisoners in April 2023 in the Tver region; ``fields`` override."""
    defaults = {
        "summary": "Fictional incident",
        "date_start": date(2023, 4, 1),
        "date_precision": "month",
        "region": "RU-TVE",
        "victim_status": "prisoner",
        "victim_count_low": 30,
        "coercion": ["forced_signing"],
    }
    return record_create(Incident, **{**defaults, **fields})
