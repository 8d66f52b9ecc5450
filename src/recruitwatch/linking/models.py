"""The linking app's tables: document fingerprints (copy groups), link suggestions awaiting a
reviewer, and the history of every incident's verification state.

Nothing here is a column on a record: records/ stays as it is, and these tables point at
records by foreign key where the row belongs to one record (a document's fingerprint, an
incident's history) and by identifier where a row pairs two records of any kind (a
suggestion), so one table serves people, facilities, incidents and copies alike.

Free text a person may write a name into — the reasons of a suggestion ("surname Тожиев ~
Tojiev"), a reviewer's reason — is sealed like every other protected value: both tables are
records with their own identifier and data key.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

from recruitwatch.protection.fields import EncryptedJSONField, EncryptedTextField
from recruitwatch.records.choices import VerificationState
from recruitwatch.records.models.base import Record, identifier_required


class SuggestionKind(models.TextChoices):
    PERSON = "person", "Same person"
    FACILITY = "facility", "Same facility"
    INCIDENT = "incident", "Same incident"
    COPY = "copy", "Copy of the same document"


class SuggestionState(models.TextChoices):
    OPEN = "open", "Open"
    ACCEPTED = "accepted", "Accepted"
    REJECTED = "rejected", "Rejected (not the same)"
    # A merge retired one of the pair; the link was carried over to the record kept.
    SUPERSEDED = "superseded", "Superseded by a merge"


class DocumentFingerprint(Record):
    """A document's copy-detection fingerprint and the copy group it belongs to.

    ``copy_group`` is the identifier of the group's first document: documents that are copies
    of one another (a reprint under a new headline, with a boilerplate line, truncated) share
    it, and their claims count as one source. ``signature`` is the detector's signature, sealed
    (it is derived from the text); ``text_key`` and the band rows are keyed hashes for lookups
    (see ``linking.services.copy_detector``); ``scheme`` names the detector, so signatures of
    two schemes are never compared.
    """

    IDENTIFIER_PREFIX = "FPR"

    document = models.OneToOneField(
        "records.Document", on_delete=models.PROTECT, related_name="fingerprint"
    )
    text_key = models.CharField(max_length=32, db_index=True)
    signature = EncryptedTextField()
    scheme = models.CharField(max_length=40)
    copy_group = models.CharField(max_length=24, db_index=True)

    class Meta:
        ordering = ["id"]
        constraints = [identifier_required("documentfingerprint")]


class FingerprintBand(models.Model):
    """One LSH band of a fingerprint: documents sharing a band are copy candidates."""

    fingerprint = models.ForeignKey(
        DocumentFingerprint, on_delete=models.CASCADE, related_name="band_rows"
    )
    band = models.CharField(max_length=40, help_text="band number and a hash of its values")

    class Meta:
        indexes = [models.Index(fields=["band"])]

    def __str__(self) -> str:
        return f"band {self.band} of fingerprint #{self.fingerprint_id}"


class PersonKey(models.Model):
    """One blocking key of a person's name, keyed: people sharing one are compared.

    The keys are the resolver's phonetic blocking keys (surname skeleton with the first
    initial, and so on), HMAC'd under the blind-index key like the copy bands: without the
    keyring they tell only that two people's names sound alike, which the suggestions show
    anyway, never what the names are.
    """

    person = models.ForeignKey("records.Person", on_delete=models.CASCADE, related_name="+")
    key = models.CharField(max_length=24, help_text="keyed hash of a blocking key")

    class Meta:
        indexes = [models.Index(fields=["key"])]
        constraints = [
            models.UniqueConstraint(fields=["person", "key"], name="personkey_unique"),
        ]

    def __str__(self) -> str:
        return f"blocking key of person #{self.person_id}"


class LinkSuggestion(Record):
    """A proposed link between two records, waiting for (or carrying) a reviewer's decision.

    The pair is stored in a canonical order (``left`` < ``right`` in Python's code-point
    order, set by the service: a database check would follow the database's collation, which
    differs between SQLite and PostgreSQL) and is unique per kind, so
    a decided pair — above all a rejected one, "not the same" — is never proposed again.
    ``left`` and ``right`` are record identifiers (PER-0001, INC-2026-0003, DOC-2026-0002),
    not foreign keys: a suggestion may pair records of protected tables, and its history must
    survive whatever happens to them.
    """

    IDENTIFIER_PREFIX = "LNK"

    kind = models.CharField(max_length=12, choices=SuggestionKind.choices)
    left = models.CharField(max_length=24)
    right = models.CharField(max_length=24)
    score = models.FloatField()
    reasons = EncryptedJSONField(default=list, blank=True)
    state = models.CharField(
        max_length=12, choices=SuggestionState.choices, default=SuggestionState.OPEN
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    reason = EncryptedTextField(blank=True, default="", help_text="the reviewer's reason")

    class Meta:
        ordering = ["-score", "id"]
        constraints = [
            identifier_required("linksuggestion"),
            models.UniqueConstraint(fields=["kind", "left", "right"], name="linksuggestion_pair"),
            models.CheckConstraint(
                condition=models.Q(score__gte=0) & models.Q(score__lte=1),
                name="linksuggestion_score_0_to_1",
            ),
        ]
        indexes = [models.Index(fields=["state", "kind"])]


class IncidentVerification(Record):
    """One change of an incident's verification state: from, to, who, why, and the count of
    independent sources at that moment. The incident's current state is on the incident."""

    IDENTIFIER_PREFIX = "VER"

    incident = models.ForeignKey(
        "records.Incident", on_delete=models.CASCADE, related_name="verification_history"
    )
    from_state = models.CharField(max_length=12, choices=VerificationState.choices)
    to_state = models.CharField(max_length=12, choices=VerificationState.choices)
    independent_sources = models.PositiveIntegerField()
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reason = EncryptedTextField()
    # The conflicts found when the change was made by conflict detection on a merge
    # (verification.conflicts): [{"field": "dates", "reason": "dates 2023-04 vs 2023-07 do not
    # overlap"}], else empty. Not sealed: a conflict names only identifiers, ISO codes,
    # facility names and dates (never a person or a document's words), and ``why`` shows it.
    conflicts = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["incident", "id"]
        constraints = [identifier_required("incidentverification")]
