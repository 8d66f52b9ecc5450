"""Copy groups: documents that are copies of one another count as one source.

Recording a document's fingerprint (``document_fingerprint_record``, called by ingestion):

1. exact — the normalised text hashes the same as a stored document's: same group;
2. near — candidates share an LSH band key with it (a SQL lookup, not a scan), and the
   detector (``resolution.copies``, through ``copy_detector``) confirms each on the two
   signatures: estimated Jaccard, containment for a truncated copy, names and numbers.

A confirmed copy joins the document to that copy group at once, and opens one "copy"
suggestion (for its strongest match) for a reviewer.

Why grouping needs no reviewer: a copy group only ever *lowers* an incident's count of
independent sources, so a wrong grouping can delay "corroborated" but never fake it, and no
record is merged or changed by it. Every grouping still gets an open "copy" suggestion, so a
reviewer sees it, and rejecting it ("not a copy") takes the newer document out of the group.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.db import transaction
from django.db.models import Q

from recruitwatch.audit.models import AuditAction
from recruitwatch.audit.services import audit_record, record_update
from recruitwatch.linking.models import (
    DocumentFingerprint,
    FingerprintBand,
    LinkSuggestion,
    SuggestionKind,
)
from recruitwatch.linking.services import copy_detector
from recruitwatch.linking.services.suggestions import suggestion_propose
from recruitwatch.records.models import Document
from recruitwatch.records.services.identifiers import record_create


def copy_group_of(document: Document) -> str:
    """The copy group of ``document``: its group's identifier, or its own identifier when it
    has no fingerprint yet (then it is a group of one)."""
    group = (
        DocumentFingerprint.objects.filter(document=document)
        .values_list("copy_group", flat=True)
        .first()
    )
    return group or document.identifier


def _group_move(*, source: str, target: str, actor: Any, why: str) -> None:
    """Every member of group ``source`` joins group ``target``, one audit entry per row."""
    for fingerprint in DocumentFingerprint.objects.filter(copy_group=source).select_related(
        "document"
    ):
        fingerprint.copy_group = target
        record_update(
            fingerprint,
            ["copy_group"],
            actor=actor,
            detail=f"{fingerprint.document.identifier}: copy group {source} joined {target}: {why}",
        )


def _first_group(groups: set[str]) -> str:
    """Of several groups, the one whose first fingerprint is oldest: groups keep the name of
    the document that started them."""
    rows = DocumentFingerprint.objects.filter(copy_group__in=groups).order_by("id")
    return str(rows.values_list("copy_group", flat=True).first())


@transaction.atomic
def copy_groups_join(*, first: Document, second: Document, actor: Any, why: str) -> str:
    """Put two documents (and their groups) in one copy group; returns its identifier."""
    first_fp = document_fingerprint_record(document=first, actor=actor)
    second_fp = document_fingerprint_record(document=second, actor=actor)
    groups = {first_fp.copy_group, second_fp.copy_group}
    target = _first_group(groups)
    for group in groups - {target}:
        _group_move(source=group, target=target, actor=actor, why=why)
    return target


@transaction.atomic
def copy_group_leave(*, document: Document, actor: Any, why: str) -> None:
    """Take ``document`` out of its copy group: it becomes a group of one again."""
    fingerprint = DocumentFingerprint.objects.select_for_update().get(document=document)
    if fingerprint.copy_group == document.identifier:
        # It started the group: the others keep a group named after the next oldest member.
        others = DocumentFingerprint.objects.filter(copy_group=document.identifier).exclude(
            pk=fingerprint.pk
        )
        heir = others.order_by("id").select_related("document").first()
        if heir is None:
            return
        _group_move(
            source=document.identifier, target=heir.document.identifier, actor=actor, why=why
        )
    fingerprint.refresh_from_db()
    fingerprint.copy_group = document.identifier
    record_update(
        fingerprint,
        ["copy_group"],
        actor=actor,
        detail=f"{document.identifier} left its copy group: {why}",
    )


def _candidates(
    *, key: str, bands: list[str], exclude: int | None
) -> dict[str, tuple[DocumentFingerprint, copy_detector.CopySignature]]:
    """Stored fingerprints of this scheme with the same text key or a shared band, with their
    signatures, by document identifier."""
    rows = (
        DocumentFingerprint.objects.filter(scheme=copy_detector.SCHEME)
        .filter(Q(text_key=key) | Q(band_rows__band__in=bands))
        .distinct()
        .select_related("document")
    )
    if exclude is not None:
        rows = rows.exclude(pk=exclude)
    found = {}
    for row in rows:
        try:
            found[row.document.identifier] = (row, copy_detector.signature_load(str(row.signature)))
        except copy_detector.CopySignatureError:
            continue  # of another version: fingerprints_rebuild recomputes it
    return found


@transaction.atomic
def document_fingerprint_record(*, document: Document, actor: Any = None) -> DocumentFingerprint:
    """Fingerprint ``document`` once, put it in its copy group, and propose "copy" links.

    Idempotent: a document fingerprinted before (under the current scheme) is returned as is.
    """
    existing = DocumentFingerprint.objects.filter(document=document).first()
    if existing is not None and existing.scheme == copy_detector.SCHEME:
        return existing
    signature = copy_detector.signature(str(document.text))
    key = copy_detector.text_key(signature)
    bands = copy_detector.band_keys(signature)
    candidates = _candidates(key=key, bands=bands, exclude=existing.pk if existing else None)
    matches = copy_detector.copies_among(
        signature, {identifier: sig for identifier, (_, sig) in candidates.items()}
    )
    joined = {candidates[match.key][0].copy_group for match in matches}
    group = _first_group(joined) if joined else document.identifier
    if existing is not None:  # a scheme switch: recompute in place
        if not joined:
            group = existing.copy_group
        existing.band_rows.all().delete()
        existing.text_key = key
        existing.signature = copy_detector.signature_dump(signature)
        existing.scheme = copy_detector.SCHEME
        existing.copy_group = group
        existing.save(update_fields=["text_key", "signature", "scheme", "copy_group", "updated_at"])
        fingerprint = existing
        action = AuditAction.UPDATE
    else:
        fingerprint = record_create(
            DocumentFingerprint,
            audit_actor=actor,
            document=document,
            text_key=key,
            signature=copy_detector.signature_dump(signature),
            scheme=copy_detector.SCHEME,
            copy_group=group,
        )
        action = AuditAction.CREATE
    FingerprintBand.objects.bulk_create(
        FingerprintBand(fingerprint=fingerprint, band=band) for band in bands
    )
    if action == AuditAction.UPDATE:
        audit_record(
            actor=actor,
            action=action,
            obj=fingerprint,
            fields=["text_key", "signature", "scheme", "copy_group"],
            detail=f"recomputed under {copy_detector.SCHEME}; copy group {group}",
        )
    for other_group in joined - {group}:
        _group_move(source=other_group, target=group, actor=actor, why=f"via {document.identifier}")
    # One suggestion, for the strongest match: the group is transitive, and a story reprinted
    # by ten sites must not open forty-five pairs for a reviewer.
    for match in matches[:1]:
        suggestion_propose(
            kind=SuggestionKind.COPY,
            left=match.key,
            right=document.identifier,
            score=1.0 if match.exact else min(1.0, max(match.jaccard, match.containment)),
            reasons=[
                match.reason,
                "grouped as copies: counted as one source unless a reviewer rejects this",
            ],
            actor=actor,
        )
    return fingerprint


def fingerprints_stale() -> int:
    """How many stored fingerprints were made by another version of the copy detector: such a
    document is found by no new copy until ``fingerprints_rebuild`` recomputes it."""
    return DocumentFingerprint.objects.exclude(scheme=copy_detector.SCHEME).count()


def fingerprints_rebuild(*, actor: Any = None, on_advance: Callable[[], None] | None = None) -> int:
    """Recompute fingerprints made under another scheme (after an upgrade changed the
    detector), oldest first, each in its copy group as ingestion would put it. Returns how
    many; ``on_advance`` is called after each (for a progress bar)."""
    stale = DocumentFingerprint.objects.exclude(scheme=copy_detector.SCHEME)
    count = 0
    for document_id in list(stale.order_by("id").values_list("document_id", flat=True)):
        document_fingerprint_record(document=Document.objects.get(pk=document_id), actor=actor)
        count += 1
        if on_advance is not None:
            on_advance()
    return count


def copy_suggestions_open() -> list[LinkSuggestion]:
    """Open "copy" suggestions, best first (for the review queue)."""
    return list(LinkSuggestion.objects.filter(kind=SuggestionKind.COPY, state="open"))
