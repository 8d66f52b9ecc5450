"""The document a testimony becomes: the caseworker's account under a short header, in the
account's own language.

The header says how the testimony was taken, who called (kind and relationship: never the
caller's name or contact, which stay sealed in the source record), the person concerned, the
facility and region as told, and what the caller agreed to share. It carries no date: the
day taken is the document's ``published`` date, which extraction uses to date "in February",
and a date in the text would be read as the incident's.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.db import models
from django.utils.translation import gettext_lazy as _

from recruitwatch.extraction import Document as ReadDocument
from recruitwatch.extraction.gazetteers.regions import place_by_code
from recruitwatch.extraction.languages.detect import language_detect
from recruitwatch.records.choices import Channel

#: What the reader of a testimony document is called in its record (``Document.reader``).
TESTIMONY_READER = "intake"


class TakenBy(models.TextChoices):
    PHONE = "phone", _("By phone")
    IN_PERSON = "in_person", _("In person")


class Consent(models.TextChoices):
    """What the caller agreed to: the one question asked before anything is shared."""

    SHARE_NAMED = "share_named", _("May be shared, names included")
    SHARE_ANONYMISED = "share_anonymised", _("May be shared without names")
    INTERNAL = "internal", _("Internal use only: not to be shared")
    NOT_ASKED = "not_asked", _("Not asked: do not share until asked")


# The header is written in the testimony's language, not the interface's: the document is
# evidence, read later by whoever reads that language. Languages without labels get English.
_HEADER: dict[str, dict[str, Any]] = {
    "en": {
        TakenBy.PHONE: "Testimony taken by phone.",
        TakenBy.IN_PERSON: "Testimony taken in person.",
        "title": {TakenBy.PHONE: "Testimony by phone", TakenBy.IN_PERSON: "Testimony in person"},
        "caller": "Caller",
        "person": "Person concerned",
        "facility": "Facility (as told)",
        "region": "Region",
        "consent": "Consent to share",
        "kinds": {
            "victim": "the person concerned",
            "relative": "relative",
            "advocate": "advocate",
            "journalist": "journalist",
            "official": "official",
            "anonymous": "anonymous",
            "other": "other",
        },
        "consents": {
            Consent.SHARE_NAMED: "may be shared, names included",
            Consent.SHARE_ANONYMISED: "may be shared without names",
            Consent.INTERNAL: "internal use only",
            Consent.NOT_ASKED: "not asked; do not share",
        },
    },
    "ru": {
        TakenBy.PHONE: "Показания приняты по телефону.",
        TakenBy.IN_PERSON: "Показания приняты при личной встрече.",
        "title": {
            TakenBy.PHONE: "Показания по телефону",
            TakenBy.IN_PERSON: "Показания при личной встрече",
        },
        "caller": "Кто обратился",
        "person": "О ком",
        "facility": "Учреждение (со слов)",
        "region": "Регион",
        "consent": "Согласие на передачу",
        "kinds": {
            "victim": "сам пострадавший",
            "relative": "родственник",
            "advocate": "правозащитник",
            "journalist": "журналист",
            "official": "должностное лицо",
            "anonymous": "аноним",
            "other": "другое",
        },
        "consents": {
            Consent.SHARE_NAMED: "можно передавать, с именами",
            Consent.SHARE_ANONYMISED: "можно передавать без имён",
            Consent.INTERNAL: "только для внутреннего использования",
            Consent.NOT_ASKED: "не спрашивали; не передавать",
        },
    },
}


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _text_normalise(text: str) -> str:
    """The text as the readers give it: NFC, ``\\n`` line ends, no trailing blanks."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", "\n".join(line.rstrip() for line in text.split("\n")))


@dataclass(frozen=True)
class Testimony:
    """A testimony as the caseworker took it down."""

    taken_by: str  # TakenBy
    taken_on: date
    caller_kind: str  # SourceKind (not "outlet")
    what_happened: str
    consent: str  # Consent
    caller_name: str = ""
    relationship: str = ""  # "mother", "cellmate"
    caller_contact: str = ""
    person_concerned: str = ""
    facility_as_told: str = ""
    region: str = ""  # ISO 3166-2


def testimony_header(testimony: Testimony, *, language: str) -> str:
    """The lines above the account, in ``language`` (English when it has no labels)."""
    labels = _HEADER.get(language, _HEADER["en"])
    caller = labels["kinds"].get(testimony.caller_kind, labels["kinds"]["other"])
    if testimony.relationship.strip():
        caller += f" ({_one_line(testimony.relationship)})"
    lines = [labels[testimony.taken_by], f"{labels['caller']}: {caller}."]
    if testimony.person_concerned.strip():
        lines.append(f"{labels['person']}: {_one_line(testimony.person_concerned)}.")
    if testimony.facility_as_told.strip():
        lines.append(f"{labels['facility']}: {_one_line(testimony.facility_as_told)}.")
    place = place_by_code(testimony.region) if testimony.region else None
    if place is not None:
        names = place.names_ru if language == "ru" else place.names_en
        lines.append(f"{labels['region']}: {names[0] if names else place.code}.")
    lines.append(f"{labels['consent']}: {labels['consents'][testimony.consent]}.")
    return "\n".join(lines)


def testimony_document(testimony: Testimony) -> ReadDocument:
    """The extraction ``Document`` of a testimony: header and account, in the account's
    language; ``published`` is the day it was taken, which dates "in February" for
    extraction (the header carries no date, so none is mistaken for the incident's)."""
    account = _text_normalise(testimony.what_happened).strip("\n")
    language = language_detect(account) or "en"
    text = f"{testimony_header(testimony, language=language)}\n\n{account}"
    submitted = json.dumps(
        {
            "form": "testimony",
            "taken_by": testimony.taken_by,
            "taken_on": testimony.taken_on.isoformat(),
            "caller": [testimony.caller_kind, testimony.caller_name, testimony.caller_contact],
            "relationship": testimony.relationship,
            "text": text,
        },
        ensure_ascii=False,
        sort_keys=True,
    ).encode("utf-8")
    title = _HEADER.get(language, _HEADER["en"])["title"][testimony.taken_by]
    return ReadDocument(
        text=text,
        sha256=hashlib.sha256(submitted).hexdigest(),
        size_bytes=len(submitted),
        reader=TESTIMONY_READER,
        origin=f"{TESTIMONY_READER}:{testimony.taken_on.isoformat()}",
        title=f"{title}, {testimony.taken_on.isoformat()}",
        published=testimony.taken_on,
        language=language,
        channel=Channel.TESTIMONY,
    )
