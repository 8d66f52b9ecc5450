"""What the API answers, as schemas (they make the OpenAPI document). Names of protected
people and sources appear only as the pages show them: labels and pseudonyms unless the
token's user may see identities; free text redacted the same way."""

from __future__ import annotations

from datetime import date

from ninja import Field, Schema

# 100 records per request at most: a page of the web app is 50.
MAX_LIMIT = 100


class PageQuery(Schema):
    limit: int = Field(50, ge=1, le=MAX_LIMIT, description="records per page")
    offset: int = Field(0, ge=0, description="records to skip")


class IncidentFilterQuery(Schema):
    """The search page's facets; each takes one value (a code, an identifier, a date)."""

    region: str = Field("", description="ISO 3166-2 code, e.g. RU-VLA")
    facility: str = Field("", description="facility identifier, e.g. FAC-0003")
    coercion: str = Field("", description="coercion type, e.g. threat_of_prosecution")
    victim_status: str = Field("", description="prisoner, migrant, conscript or other")
    nationality: str = Field("", description="ISO 3166-1 alpha-2 code of the victims")
    review_state: str = Field("", description="proposed, accepted or rejected")
    verification_state: str = Field("", description="unverified, corroborated, verified…")
    date_from: str = Field("", description="incidents overlapping from this date (YYYY-MM-DD)")
    date_to: str = Field("", description="incidents starting by this date (YYYY-MM-DD)")


class FacilityRef(Schema):
    identifier: str
    name: str
    region: str | None


class SourceRef(Schema):
    identifier: str
    label: str


class IncidentOut(Schema):
    identifier: str
    summary: str
    modality: str
    date_start: date | None
    date_end: date | None
    date_precision: str
    facility: FacilityRef | None
    region: str | None
    country: str | None
    coercion: list[str]
    victim_count_low: int | None
    victim_count_high: int | None
    victim_nationalities: list[str]
    victim_status: str
    review_state: str
    verification_state: str


class ClaimOut(Schema):
    identifier: str
    document: str | None
    source: SourceRef | None
    quote: str | None = Field(description="the span of the document the claim rests on")
    reliability: str
    credibility: int


class IncidentDetail(IncidentOut):
    claims: list[ClaimOut]


class DocumentOut(Schema):
    identifier: str
    title: str
    channel: str
    published: date | None
    language: str
    source: str | None


class DocumentDetail(DocumentOut):
    text: str


class PersonOut(Schema):
    identifier: str
    name: str = Field(description="the pseudonym, unless the token's user sees identities")
    status: str


class IncidentPage(Schema):
    count: int
    items: list[IncidentOut]


class DocumentPage(Schema):
    count: int
    items: list[DocumentOut]


class PersonPage(Schema):
    count: int
    items: list[PersonOut]


class SearchOut(Schema):
    incidents: IncidentPage
    documents: DocumentPage | None = Field(
        description="null without a query or without permission to view documents"
    )
    people: PersonPage | None = Field(
        description="null without a query or without permission to view people"
    )


class ErrorOut(Schema):
    detail: str
