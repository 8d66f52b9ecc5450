"""Copy groups at ingestion: a reprint joins its original's group, an independent account
does not; a reviewer's "not a copy" takes it out again. Texts are fictional."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command
from django.db import connection

from recruitwatch.access import roles
from recruitwatch.cli.management.commands import _base as command_base
from recruitwatch.linking.models import DocumentFingerprint
from recruitwatch.linking.services import copy_detector
from recruitwatch.linking.services.copies import (
    copy_group_of,
    document_fingerprint_record,
    fingerprints_rebuild,
    fingerprints_stale,
)
from recruitwatch.linking.services.review import suggestion_accept, suggestion_reject
from recruitwatch.linking.services.suggestions import suggestion_find
from recruitwatch.records.models import Document
from tests.linking.fixtures import INDEPENDENT, ORIGINAL, REPRINT, ingest_text, user_with_role

pytestmark = pytest.mark.django_db


def test_a_reprint_joins_its_originals_copy_group_and_opens_a_copy_suggestion(tmp_path):
    original = ingest_text(tmp_path, "a.txt", ORIGINAL)
    reprint = ingest_text(tmp_path, "b.txt", REPRINT)
    independent = ingest_text(tmp_path, "c.txt", INDEPENDENT)
    assert copy_group_of(reprint) == copy_group_of(original) == original.identifier
    assert copy_group_of(independent) == independent.identifier
    suggestion = suggestion_find(kind="copy", first=original.identifier, second=reprint.identifier)
    assert suggestion is not None
    assert suggestion.state == "open"
    assert (
        suggestion_find(kind="copy", first=original.identifier, second=independent.identifier)
        is None
    )


def test_rejecting_a_copy_takes_the_newer_document_out_of_the_group(tmp_path):
    original = ingest_text(tmp_path, "a.txt", ORIGINAL)
    reprint = ingest_text(tmp_path, "b.txt", REPRINT)
    editor = user_with_role("fictional-editor", roles.EDITOR)
    suggestion = suggestion_find(kind="copy", first=original.identifier, second=reprint.identifier)
    suggestion_reject(suggestion=suggestion, user=editor, reason="different editions")
    assert copy_group_of(reprint) == reprint.identifier
    assert copy_group_of(original) == original.identifier


def test_accepting_a_copy_joins_documents_the_detector_did_not_group(tmp_path):
    original = ingest_text(tmp_path, "a.txt", ORIGINAL)
    independent = ingest_text(tmp_path, "c.txt", INDEPENDENT)
    from recruitwatch.linking.services.suggestions import suggestion_propose

    suggestion = suggestion_propose(
        kind="copy",
        left=original.identifier,
        right=independent.identifier,
        score=0.4,
        reasons=["a reviewer's own suspicion (fictional)"],
    )
    editor = user_with_role("fictional-editor", roles.EDITOR)
    suggestion_accept(suggestion=suggestion, user=editor, reason="the same wire story")
    assert copy_group_of(independent) == copy_group_of(original) == original.identifier


def test_fingerprinting_is_idempotent_and_the_signature_is_sealed(tmp_path):
    original = ingest_text(tmp_path, "a.txt", ORIGINAL)
    fingerprint = DocumentFingerprint.objects.get(document=original)
    assert document_fingerprint_record(document=original).pk == fingerprint.pk
    assert DocumentFingerprint.objects.count() == 1
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT signature FROM linking_documentfingerprint WHERE id = %s", [fingerprint.pk]
        )
        (raw,) = cursor.fetchone()
    assert raw.startswith("rw")
    assert str(fingerprint.signature) not in raw
    assert fingerprint.band_rows.count() > 0


def _made_by_an_earlier_version(document) -> None:
    """What an upgrade leaves behind: a fingerprint of another detector version."""
    DocumentFingerprint.objects.filter(document=document).update(scheme="resolution.copies-v1")


def test_fingerprints_of_an_earlier_version_are_recomputed_into_their_group(tmp_path):
    original = ingest_text(tmp_path, "a.txt", ORIGINAL)
    _made_by_an_earlier_version(original)
    assert fingerprints_stale() == 1
    advanced = []
    assert fingerprints_rebuild(on_advance=lambda: advanced.append(1)) == 1
    assert advanced == [1]
    assert fingerprints_stale() == 0
    fingerprint = DocumentFingerprint.objects.get(document=original)
    assert fingerprint.scheme == copy_detector.SCHEME
    reprint = ingest_text(tmp_path, "b.txt", REPRINT)
    assert copy_group_of(reprint) == original.identifier


@pytest.fixture
def commands_on_test_database(monkeypatch):
    # The test database is not a file in a data directory: skip only that check.
    monkeypatch.setattr(command_base, "require_initialised", lambda: None)


@pytest.mark.usefixtures("commands_on_test_database")
def test_ingest_recomputes_stale_fingerprints_before_comparing(tmp_path):
    """Otherwise a reprint of a document fingerprinted by the earlier version would be
    compared with nothing and counted as a new source."""
    original = ingest_text(tmp_path, "a.txt", ORIGINAL)
    _made_by_an_earlier_version(original)
    path = tmp_path / "b.txt"
    path.write_text(REPRINT, encoding="utf-8")
    out = io.StringIO()
    call_command("ingest", str(path), stdout=out, stderr=io.StringIO())
    assert "1 stored copy signatures recomputed" in out.getvalue()
    reprint = Document.objects.exclude(pk=original.pk).get()
    assert copy_group_of(reprint) == original.identifier


@pytest.mark.usefixtures("commands_on_test_database")
def test_fingerprints_rebuild_command_reports_the_count(tmp_path):
    original = ingest_text(tmp_path, "a.txt", ORIGINAL)
    _made_by_an_earlier_version(original)
    out = io.StringIO()
    call_command("fingerprints_rebuild", stdout=out, stderr=io.StringIO())
    assert "Copy signatures recomputed: 1." in out.getvalue()
    out = io.StringIO()
    call_command("fingerprints_rebuild", stdout=out, stderr=io.StringIO())
    assert "Copy signatures recomputed: 0." in out.getvalue()
