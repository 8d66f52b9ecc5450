"""From an analysis to the result the library returns and to the JSON contract
(``shared/contracts/extraction-format.md``)."""

from __future__ import annotations

from typing import Any

from recruitwatch.extraction.analysis import Analysis
from recruitwatch.extraction.types import (
    ExtractionResult,
    FacilityRef,
    Figure,
    IncidentProposal,
    PersonRef,
    Span,
)


def result_build(analysis: Analysis) -> ExtractionResult:
    people: dict[str, PersonRef] = {}
    source_roles = {s.value: s.detail.partition(":")[0] for s in analysis.sources}
    for person in analysis.people:
        people.setdefault(
            person.value,
            PersonRef(
                person.value,
                source_roles.get(person.value, "mentioned"),
                person.detail == "pseudonym",
            ),
        )
    facilities: dict[str, FacilityRef] = {}
    for incident in analysis.incidents:
        location = incident.location
        if location.facility:
            facilities.setdefault(
                location.facility,
                FacilityRef(
                    location.facility,
                    location.facility_as_written or location.facility,
                    location.region,
                    location.facility_type or "other",
                ),
            )
    for mention in analysis.facilities:
        facilities.setdefault(
            mention.value, FacilityRef(mention.value, mention.text, None, mention.detail)
        )
    figures = tuple(
        Figure(
            value=int(m.value) if m.value.isdigit() else m.value,
            what=m.detail,
            source="",
            span=Span(m.start, m.end, m.text),
        )
        for m in analysis.counts
        if m.kind == "figure"
    )
    return ExtractionResult(
        document=analysis.document,
        incidents=analysis.incidents,
        people=tuple(people.values()),
        organizations=tuple(dict.fromkeys(m.value for m in analysis.organizations)),
        facilities=tuple(facilities.values()),
        figures=figures,
    )


def _incident_contract(incident: IncidentProposal) -> dict[str, Any]:
    return {
        "summary": incident.summary,
        "modality": incident.modality,
        "victims": {
            "group_or_name": incident.victims.group_or_name,
            "count": incident.victims.count,
            "nationality": list(incident.victims.nationality),
            "status": incident.victims.status,
        },
        "perpetrators": list(incident.perpetrators),
        "location": {
            "facility": incident.location.facility,
            "facility_as_written": incident.location.facility_as_written,
            "region": incident.location.region,
            "country": incident.location.country,
        },
        "date": {"start": incident.date.start, "precision": incident.date.precision},
        "coercion": list(incident.coercion),
        "sources": [
            {
                "name": s.name,
                "role": s.role,
                "pseudonym": s.pseudonym,
                **({"via": s.via} if s.via else {}),
            }
            for s in incident.sources
        ],
        "evidence": [{"start": e.start, "end": e.end, "text": e.text} for e in incident.evidence],
    }


def result_contract(result: ExtractionResult) -> dict[str, Any]:
    """The contract's JSON object for one document."""
    document = result.document
    return {
        "document": {
            "title": document.title,
            "published": document.published.isoformat() if document.published else None,
            "language": document.language,
            "sha256": document.sha256,
        },
        "incidents": [_incident_contract(i) for i in result.incidents],
        "people": [
            {"name": p.name, "role": p.role, "pseudonym": p.pseudonym} for p in result.people
        ],
        "organizations": list(result.organizations),
        "facilities": [
            {"name": f.name, "as_written": f.as_written, "region": f.region, "type": f.type}
            for f in result.facilities
        ],
        "figures": [{"value": f.value, "what": f.what, "source": f.source} for f in result.figures],
    }
