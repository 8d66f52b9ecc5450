"""What the search page shows of each result: only the page's rows are opened, and every
excerpt and title has the names the reader may not see replaced as the reader's redactor
(``access.identity.redactor_for``) replaces them — whole, never half-cut at an excerpt's
edge (``search.snippets``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any
from urllib.parse import urlencode

from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _

from recruitwatch.access.identity import identity_visible, person_display_name, redactor_for
from recruitwatch.publish.redaction import Redactor
from recruitwatch.records.choices import Coercion
from recruitwatch.records.models import Document, Incident, Person
from recruitwatch.search.facets import FACETS, Facets, FacetValue, IncidentFilters
from recruitwatch.search.names import NameTokens, name_tokens
from recruitwatch.search.snippets import Excerpt, excerpt, opening
from recruitwatch.search.tokens import hasher, words

FACET_TITLES = {
    "review_state": _("Review"),
    "verification_state": _("Verification"),
    "region": _("Region"),
    "facility": _("Facility"),
    "coercion": _("Coercion"),
    "victim_status": _("Victims' status"),
    "nationality": _("Nationality"),
}


_PLACEHOLDER = "IDENTIFIER-PLACEHOLDER"


def record_urls(route: str) -> Callable[[str], str]:
    """identifier → the page of a record, or "" if there is no such page (the result still
    lists the identifier). Reversed once per list of rows, not once per row."""
    try:
        pattern = reverse(route, args=[_PLACEHOLDER])
    except NoReverseMatch:
        return lambda identifier: ""
    return lambda identifier: pattern.replace(_PLACEHOLDER, identifier)


class ReaderMasker:
    """The names a reader may not see, as ``search.snippets`` asks for them.

    Nothing to mask for readers who see identities. For others, a text none of whose words
    is a word of a recorded name (by token: inflected forms too) has nothing the redactor
    could replace, so the redactor is consulted — and built — only for texts that may hold
    a name.
    """

    def __init__(self, user: Any) -> None:
        self.user = user
        self.sees_identity = identity_visible(user)
        self.token_of = hasher().token  # one keyring look-up for the whole page
        self._names: NameTokens | None = None
        self._redactor: Redactor | None = None

    def _may_hold_name(self, text: str) -> bool:
        if self._names is None:
            self._names = name_tokens()
        return any(self.token_of(word.stem) in self._names.names for word in words(text))

    def spans(self, text: str) -> list[tuple[int, int, str]]:
        if self.sees_identity or not text or not self._may_hold_name(text):
            return []
        if self._redactor is None:
            # Cached per process by access.identity, keyed on the people hidden from
            # the reader, the language and the names recorded.
            self._redactor = redactor_for(user=self.user)
        redactor = self._redactor
        if redactor.pattern is None:
            return []
        return [
            (found.start(), found.end(), redactor.replacement[found.group(0).casefold()])
            for found in redactor.pattern.finditer(text)
        ]

    def redact(self, text: str) -> str:
        """A short text (a title) with its names replaced."""
        for start, end, replacement in reversed(self.spans(text)):
            text = text[:start] + replacement + text[end:]
        return text


@dataclass(frozen=True)
class IncidentRow:
    incident: Incident
    url: str
    coercion: list[str]
    excerpt: Excerpt | None


@dataclass(frozen=True)
class DocumentRow:
    document: Document
    url: str
    title: str
    excerpt: Excerpt | None


@dataclass(frozen=True)
class PersonRow:
    person: Person
    url: str
    name: str


def _text(record: Any, field: str) -> str:
    """A sealed field's text, opened when called (``_first_excerpt`` opens no more than it
    needs)."""
    return str(getattr(record, field))


def _first_excerpt(
    texts: Iterable[Callable[[], str]], tokens: Sequence[str], masker: ReaderMasker
) -> Excerpt | None:
    """The excerpt of the first text holding a query word, else the opening of the first
    text. Texts are read (decrypted) one at a time, only as far as needed."""
    first = ""
    for read in texts:
        text = read()
        if not text:
            continue
        first = first or text
        found = excerpt(text, tokens, names=masker, token_of=masker.token_of)
        if found is not None:
            return found
    return opening(first, names=masker) if first else None


def incident_rows(
    incidents: Iterable[Incident], *, tokens: Sequence[str], masker: ReaderMasker
) -> list[IncidentRow]:
    labels = dict(Coercion.choices)
    url = record_urls("incident_detail")
    return [
        IncidentRow(
            incident=incident,
            url=url(incident.identifier),
            coercion=[str(labels.get(value, value)) for value in incident.coercion or []],
            excerpt=_first_excerpt(
                [
                    partial(_text, incident, "summary"),
                    partial(_text, incident, "victim_description"),
                    partial(_text, incident, "location_as_written"),
                ],
                tokens,
                masker,
            ),
        )
        for incident in incidents
    ]


def document_rows(
    documents: Iterable[Document], *, tokens: Sequence[str], masker: ReaderMasker
) -> list[DocumentRow]:
    url = record_urls("document_detail")
    return [
        DocumentRow(
            document=document,
            url=url(document.identifier),
            title=masker.redact(str(document.title)),
            excerpt=_first_excerpt([partial(_text, document, "text")], tokens, masker),
        )
        for document in documents
    ]


def person_rows(people: Iterable[Person], *, user: Any) -> list[PersonRow]:
    url = record_urls("person_detail")
    return [
        PersonRow(
            person=person,
            url=url(person.identifier),
            name=person_display_name(user=user, person=person),
        )
        for person in people
    ]


@dataclass(frozen=True)
class FacetLink:
    value: FacetValue
    url: str


@dataclass(frozen=True)
class FacetGroup:
    name: str
    title: str
    links: list[FacetLink]


def search_url(query: str, filters: dict[str, str]) -> str:
    params = {"q": query, **filters} if query else dict(filters)
    return "?" + urlencode(params) if params else "?"


def facet_groups(facets: Facets, *, query: str, filters: IncidentFilters) -> list[FacetGroup]:
    """Each facet's values as links: choosing a value sets it, choosing it again clears it."""
    active = filters.active()
    groups = []
    for name in FACETS:
        links = []
        for value in facets.groups[name]:
            chosen = {key: v for key, v in active.items() if key != name}
            if not value.selected:
                chosen[name] = value.value
            links.append(FacetLink(value=value, url=search_url(query, chosen)))
        if links:
            groups.append(FacetGroup(name=name, title=str(FACET_TITLES[name]), links=links))
    return groups
